/**
 * The prose of a report: an introduction and the sections around the tables, picked from the
 * sentence banks with the body's names, and the narrative figures it states (收到申请N件,
 * 行政复议N件, 主动公开政府信息N条, 信息处理费), each at most once and marked where it is printed.
 */
import type { Rng } from '../random.ts';
import type { Body, DocBlock, FigureMark, TemplateId, TextFigure } from '../types.ts';
import * as P from './phrases.ts';
import { Sentences } from './sentences.ts';

export type SectionKey =
  'intro' | 'overview' | 'proactive' | 'requests' | 'fees' | 'reviews' | 'problems' | 'other';

export interface NarrativeInput {
  rng: Rng;
  /** The body named in the prose (the copying body for a copied report). */
  body: Body;
  year: number;
  template: TemplateId;
  /** Figures the prose may state, by text metric (the table's figure, or a narrative-only one). */
  figures: Partial<Record<string, number>>;
  /** Text metrics that must be stated. */
  mustState?: readonly string[];
}

export interface Narrative {
  sections: Record<SectionKey, DocBlock[]>;
  /** Section headings of an older report (the 2019/2021 ones are the template's). */
  headings: Record<'overview' | 'proactive' | 'requests' | 'fees' | 'reviews' | 'problems', string>;
  figures: TextFigure[];
}

type Para = Extract<DocBlock, { kind: 'para' }>;

class ParaBuilder {
  text = '';
  marks: FigureMark[] = [];
  add(s: string): this {
    this.text += s;
    return this;
  }
  figure(metric: string, printed: string): this {
    this.marks.push({ metric, start: this.text.length, end: this.text.length + printed.length });
    this.text += printed;
    return this;
  }
  done(): Para {
    return { kind: 'para', text: this.text, marks: this.marks };
  }
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 23 -> 二十三 (numbers below 100). */
function chinese(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${n % 10 ? CN[n % 10] : ''}`;
}

export function narrative(input: NarrativeInput): Narrative {
  const { rng, body, year } = input;
  const modern = input.template === 't2019' || input.template === 't2021';
  const say = new Sentences(rng, body, year);
  const pick = (bank: readonly string[], min: number, max: number) => say.bank(bank, min, max);
  const para = (text: string): Para => ({ kind: 'para', text, marks: [] });
  const stated: TextFigure[] = [];
  const must = new Set(input.mustState ?? []);
  const wants = (metric: string, p: number) =>
    input.figures[metric] !== undefined && (must.has(metric) || rng.chance(p));
  const number = (metric: string, value: number) => {
    stated.push({ metric, value });
    return value > 0 && value < 100 && rng.chance(0.1) ? chinese(value) : String(value);
  };

  // Introduction.
  const office = `${body.name}${rng.pick(P.OFFICES)}`;
  const intro = say.intro(input.template, office).map(para);

  // Application count, reviews and lawsuits, proactive items: the narrative figures.
  const requests: Para[] = [];
  if (wants('text_app_received', 0.75)) {
    const v = input.figures.text_app_received!;
    const b = new ParaBuilder();
    if (v === 0 && rng.chance(0.75)) {
      const s = rng.pick([
        `${year}年，${body.self}未收到政府信息公开申请。`,
        `本年度，${body.self}没有收到政府信息公开申请。`,
      ]);
      stated.push({ metric: 'text_app_received', value: 0 });
      const at = s.search(/未收到|没有收到/);
      b.add(s.slice(0, at)).figure('text_app_received', s.slice(at, s.indexOf('申请') + 2));
      b.add(s.slice(s.indexOf('申请') + 2));
    } else {
      const [head, tail] = rng.pick([
        [`${year}年，${body.self}共收到政府信息公开申请`, '件'],
        ['全年共受理政府信息公开申请', '件，均在法定期限内予以答复'],
        [`${body.self}全年共接收政府信息公开申请`, '件'],
        ['本年度共收到政府信息公开申请', '件，已全部按时办结'],
      ] as const);
      b.add(head).figure('text_app_received', number('text_app_received', v)).add(`${tail}。`);
    }
    b.add(pick(P.ON_REQUEST, 1, 2) + say.filler(rng.int(2, 4)));
    requests.push(b.done());
  } else requests.push(para(pick(P.ON_REQUEST, 1, 2) + say.filler(rng.int(2, 4))));

  const reviews: Para[] = [];
  const rev = wants('text_review_total', 0.4);
  const lit = wants('text_litig_total', 0.35);
  if (rev || lit) {
    const b = new ParaBuilder().add(
      rng.pick([`${year}年，因政府信息公开工作`, '本年度，', `${year}年，${body.self}`]),
    );
    if (rev)
      b.add('被申请行政复议')
        .figure('text_review_total', number('text_review_total', input.figures.text_review_total!))
        .add('件');
    if (rev && lit) b.add('、');
    if (lit)
      b.add('被提起行政诉讼')
        .figure('text_litig_total', number('text_litig_total', input.figures.text_litig_total!))
        .add('件');
    reviews.push(b.add('。').done());
  } else if (!modern) {
    reviews.push(
      para(
        // A sentence that states no figure: zeros in words ("未发生…行政复议") are read by the
        // extractor, and the truth here does not model them yet.
        rng.pick([
          `${year}年，${body.self}因政府信息公开申请提起行政复议、行政诉讼的情况见下表。`,
          '本年度因政府信息公开工作引起的行政复议和行政诉讼情况详见统计表。',
        ]),
      ),
    );
  }

  const proactive: Para[] = [];
  {
    const b = new ParaBuilder();
    if (wants('text_pro_info_total', modern ? 0.35 : 0.6)) {
      const head = rng.pick([
        `${year}年，${body.self}共主动公开政府信息`,
        '全年主动公开政府信息',
        '本年度新增主动公开信息',
      ]);
      b.add(head)
        .figure(
          'text_pro_info_total',
          number('text_pro_info_total', input.figures.text_pro_info_total!),
        )
        .add('条。');
    }
    b.add(pick(modern ? P.PROACTIVE : P.OLD_PROACTIVE, 1, 2) + say.filler(rng.int(3, 6)));
    proactive.push(b.done());
  }

  // Fees: the 信息处理费 of t2021 section 六, the 收费 section of older reports.
  const fees: Para[] = [];
  const fee = input.figures.info_processing_fee;
  if (fee !== undefined && (must.has('info_processing_fee') || rng.chance(modern ? 0.75 : 0.85))) {
    stated.push({ metric: 'info_processing_fee', value: fee });
    const b = new ParaBuilder();
    if (fee > 0)
      b.add(`${year}年，${body.self}收取信息处理费共计`)
        .figure('info_processing_fee', String(fee))
        .add('元。');
    else {
      const s = modern
        ? rng.pick([`${year}年，${body.self}未收取信息处理费。`, '本年度未收取信息处理费。'])
        : rng.pick([
            `${year}年，${body.self}在政府信息公开工作中未收取任何费用。`,
            '本年度依申请公开政府信息未收取任何费用。',
          ]);
      const at = s.indexOf('未收取');
      b.add(s.slice(0, at)).figure('info_processing_fee', s.slice(at, -1)).add('。');
    }
    fees.push(b.done());
  }

  const overview = [
    para(pick(P.OVERVIEW, 0, 1) + say.filler(rng.int(2, 4))),
    para(say.filler(rng.int(4, 8))),
  ];
  const problems = modern
    ? [para(say.problems()), para(pick(P.PLANS, 0, 1) + say.filler(rng.int(2, 4)))]
    : [para(say.fill(rng.pick(P.OLD_PROBLEMS)) + (rng.chance(0.5) ? say.problems() : ''))];
  const other = modern ? [para(pick(P.OTHER_MATTERS, 1, 2))] : [];
  const sections: Record<SectionKey, DocBlock[]> = {
    intro,
    overview,
    proactive,
    requests,
    fees,
    reviews,
    problems,
    other,
  };
  if (modern) {
    // 一、总体情况 of the 2021 format has five parts; the later sections repeat nothing.
    sections.overview = [
      ...overview,
      { kind: 'heading', text: '（一）主动公开' },
      ...proactive,
      { kind: 'heading', text: '（二）依申请公开' },
      ...requests,
      ...reviews,
      { kind: 'heading', text: '（三）政府信息管理' },
      para(pick(P.MANAGEMENT, 0, 1) + say.filler(rng.int(2, 4))),
      { kind: 'heading', text: '（四）平台建设' },
      para(pick(P.PLATFORMS, 0, 1) + say.filler(rng.int(2, 4))),
      { kind: 'heading', text: '（五）监督保障' },
      para(pick(P.OVERSIGHT, 0, 1) + say.filler(rng.int(2, 4))),
    ];
  }
  const headings = {
    overview: rng.pick(['概述', '总体情况', '基本情况', '政府信息公开工作概述']),
    proactive: rng.pick(['主动公开政府信息情况', '主动公开政府信息的情况', '政府信息主动公开情况']),
    requests: rng.pick([
      '依申请公开政府信息情况',
      '依申请公开政府信息办理情况',
      '政府信息依申请公开工作情况',
    ]),
    fees: rng.pick([
      '政府信息公开的收费及减免情况',
      '收费及减免情况',
      '政府信息公开收费及减免情况',
    ]),
    reviews: rng.pick([
      '因政府信息公开申请提起行政复议、行政诉讼的情况',
      '行政复议和行政诉讼情况',
      '因政府信息公开申请提起行政复议和诉讼的情况',
    ]),
    problems: rng.pick([
      '存在的主要问题和改进措施',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的问题和改进措施',
    ]),
  };
  return { sections, headings, figures: stated };
}
