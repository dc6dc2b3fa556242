/**
 * The sentences of a report's prose, drawn for one body and year: bank sentences with their
 * slots filled, combinable work sentences, the body's own documents, problems and plans. Real
 * reports share their boilerplate and little else (pairwise MinHash similarity averages about
 * 0.06 in the labelled corpus); these draws aim at the same.
 */
import type { Rng } from '../random.ts';
import type { Body } from '../types.ts';
import * as P from './phrases.ts';

export class Sentences {
  private readonly topics: string[];
  /** The body's place (its county, city or province): not swapped in a copied report. */
  readonly place: string;

  constructor(
    private readonly rng: Rng,
    private readonly body: Body,
    private readonly year: number,
  ) {
    this.topics = rng.sample(P.TOPICS, 6);
    this.place = body.district || body.city || body.province;
  }

  fill(s: string): string {
    const { rng, body, year } = this;
    return s
      .replace(/\{Y\}/g, String(year))
      .replace(/\{prevY\}/g, String(year - 1))
      .replace(/\{self\}/g, body.self)
      .replace(/\{name\}/g, body.name)
      .replace(/\{short\}/g, this.place)
      .replace(/\{topic\}/g, () => rng.pick(this.topics.slice(0, 3)))
      .replace(/\{topic2\}/g, () => rng.pick(this.topics.slice(3)))
      .replace(/\{n\}/g, () => String(rng.int(2, 30)))
      .replace(/\{m\}/g, () => String(rng.int(5, 80)));
  }

  /** A work sentence (opener, action, object, detail, ending): thousands of combinations. */
  work(): string {
    const { rng } = this;
    const w = P.WORK;
    const detail = rng.chance(0.7) ? `，${rng.pick(w.details)}` : '';
    return this.fill(
      rng.pick(w.openers) +
        rng.pick(w.actions) +
        rng.pick(w.objects) +
        detail +
        // Set phrases are what reports share: most sentences end plainly.
        (rng.chance(0.2) ? rng.pick(w.endings) : '。'),
    );
  }

  /** A sentence of officialese words: adverb, verb, object, then a second clause or a result. */
  officialese(): string {
    const { rng } = this;
    const w = P.WORDS;
    const clause = () => rng.pick(w.adverbs) + rng.pick(w.verbs) + rng.pick(w.objects);
    const second = rng.chance(0.5)
      ? rng.pick(w.ties) + clause()
      : `，${rng.pick(w.whos)}${rng.pick(w.whats)}${rng.pick(['不断', '明显', '稳步', '进一步'])}${rng.pick(w.raises)}`;
    return this.fill(rng.pick(w.openers) + clause() + second + '。');
  }

  /** A document of the body's own (《二道区关于推进优化营商环境工作的实施意见》). */
  doc(): string {
    const { rng } = this;
    const d = P.DOCS;
    const title = `《${this.place}${rng.pick(d.prefixes)}${rng.pick(this.topics)}${rng.pick(d.kinds)}》`;
    return this.fill(
      `${rng.pick(['{Y}年', '年内', '同时'])}，${rng.pick(d.verbs)}${title}，${rng.pick(d.effects)}。`,
    );
  }

  /** `min`–`max` sentences of a bank, each followed now and then by a work or document sentence. */
  bank(bank: readonly string[], min: number, max: number): string {
    const { rng } = this;
    return rng
      .sample(bank, rng.int(min, max))
      .map((s) => this.fill(s) + (rng.chance(0.6) ? this.filler(1) : ''))
      .join('');
  }

  /** Officialese, document and (now and then) work sentences, `n` of them. */
  filler(n: number): string {
    const { rng } = this;
    return Array.from({ length: n }, () =>
      rng.chance(0.2) ? this.doc() : rng.chance(0.08) ? this.work() : this.officialese(),
    ).join('');
  }

  /** 一是…；二是…；(三是…。) */
  problems(): string {
    const { rng } = this;
    const list = ['一是', '二是', '三是'].slice(0, rng.int(2, 3));
    return (
      list
        .map((n) =>
          this.fill(`${n}${rng.pick(P.PROBLEM_PARTS.areas)}${rng.pick(P.PROBLEM_PARTS.faults)}`),
        )
        .join('；') + '。'
    );
  }

  /** The opening paragraphs: legal basis, who compiled it, the period, where to read it, whom to ask. */
  intro(template: string, office: string): string[] {
    const { rng, body, year } = this;
    const basis =
      template === 't2021'
        ? rng.pick([
            '和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）',
            '和国家政府信息公开工作年度报告格式',
            '',
          ])
        : template === 't2019'
          ? rng.pick([
              '和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）',
              '',
            ])
          : '';
    const law = rng.pick([
      `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）${basis}要求，`,
      `依据《中华人民共和国政府信息公开条例》${basis}规定，`,
      `按照《条例》${basis}和上级有关要求，`,
    ]);
    const scope =
      body.scope === 'aggregate'
        ? `本报告由${office}汇总${this.place}各有关单位政府信息公开工作情况编制而成。`
        : rng.pick([
            `本报告由${body.name}编制，反映本机关${year}年度政府信息公开工作情况。`,
            `${body.name}编制了本机关${year}年度政府信息公开工作年度报告。`,
          ]);
    const period = rng.pick([
      `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      `报告所列数据统计时限为${year}年1月1日至${year}年12月31日。`,
      '',
    ]);
    const online = rng.chance(0.6)
      ? rng.pick([
          `本报告电子版可在“${body.name}”门户网站（${body.site.split('/')[0]}）查阅或下载。`,
          `本报告可在${body.site.split('/')[0]}的政府信息公开专栏查阅。`,
        ])
      : '';
    const out = [law + scope + period + online];
    if (rng.chance(0.6))
      out.push(
        `如对本报告有任何疑问，请与${office}联系（地址：${this.place}${rng.pick(P.STREETS)}${rng.int(1, 999)}号；` +
          `邮编：${rng.int(100000, 850000)}；电话：0${rng.int(10, 999)}-${rng.int(2000000, 89999999)}）。`,
      );
    return out;
  }
}
