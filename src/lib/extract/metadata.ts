/**
 * Report metadata from its text: a crawler header (标题/发布时间/发布机构/原文链接) when present,
 * else the title line; the 统计年度; the issuing body and its level; own vs aggregate scope.
 */
import { chineseNumber } from './chineseNumber.ts';
import { startsWithPlace } from './region.ts';
import type { BodyLevel, Scope } from './types.ts';

export interface Metadata {
  title: string;
  sourceUrl: string;
  publishDate: string;
  issuingBody: string;
  bodyKey: string;
  bodyLevel: BodyLevel | '';
  scope: Scope | '';
  reportYear: number | null;
  /** Where the report body starts (after a crawler header). */
  bodyStart: number;
  log: string[];
}

const HEADER_END = /^=+\s*正文\s*=+\s*$/m;
const BODY_SUFFIX =
  /(人民政府|政府|管委会|管理委员会|委员会|办公室|办公厅|局|委|办|厅|院|中心|署|室|所|站|处|队|片区|实验区)$/;

/** Read the header fields of a crawler page text (`key: value` lines before `=== 正文 ===`). */
function crawlerHeader(text: string): { fields: Map<string, string>; end: number } {
  const fields = new Map<string, string>();
  const m = HEADER_END.exec(text.slice(0, 3000));
  if (!m) return { fields, end: 0 };
  for (const line of text.slice(0, m.index).split('\n')) {
    const kv = /^\s*([^:\s]{2,6})\s*:\s*(.*)$/.exec(line);
    if (kv) fields.set(kv[1]!, kv[2]!.trim());
  }
  return { fields, end: m.index + m[0].length };
}

/** The title: the first line about the annual report (joined with its continuation line). */
function titleLine(text: string, from: number): string {
  const lines = text
    .slice(from, from + 3000)
    .split('\n')
    .map((l) => l.replace(/^[#\s*]+|[#\s*]+$/g, ''));
  const nonEmpty = lines.filter((l) => l.trim()).slice(0, 15);
  for (let i = 0; i < nonEmpty.length; i++) {
    const line = nonEmpty[i]!;
    if (line.length > 80) continue;
    const next = nonEmpty[i + 1] ?? '';
    if (/(?:政府)?信息公开|政务公开/.test(line) && /报告/.test(line)) {
      // `洪泽区人民政府` on the line above `2023年政府信息公开工作年度报告`.
      const before = nonEmpty[i - 1] ?? '';
      const bare = !bodyFromTitle(squeeze(line));
      if (bare && before.length <= 30 && BODY_SUFFIX.test(squeeze(before)))
        return squeeze(before + line);
      return squeeze(line);
    }
    if (
      /(?:政府)?信息公开(?:工作)?$/.test(line.trim()) &&
      /^\s*(?:工作)?(?:年度)?(?:工作)?报告/.test(next)
    )
      return squeeze(line + next);
  }
  return '';
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, '').trim();
}

/** 统计年度 from the title, the statistics period, or a `（2017年度）` table header. */
function reportYear(title: string, text: string): number | null {
  const fromTitle = /(\d{4})\s*年/.exec(title) ?? /([一二三四五六七八九〇零○]{4})年/.exec(title);
  const year = (s: string) =>
    /^\d{4}$/.test(s)
      ? Number(s)
      : Number([...s].map((ch) => chineseNumber(ch.replace('○', '〇')) ?? 0).join(''));
  if (fromTitle) return year(fromTitle[1]!);
  const period =
    /统计(?:期限|周期|时限)[^。]{0,6}?(\d{4})\s*年/.exec(text) ??
    /\((\d{4})年度\)/.exec(text) ??
    /(\d{4})年度?政府信息公开/.exec(text);
  return period ? Number(period[1]) : null;
}

/** The body named in a title: before the year (`X2023年度…`) or between the year and 政府信息公开. */
function bodyFromTitle(title: string): string {
  const t = squeeze(title).replace(/[(（][^)）]*[)）]/g, '');
  const before = /^(.*?)(?:\d{4}|[一二三四五六七八九〇零○]{4})年/
    .exec(t)?.[1]
    ?.replace(/关于(报送)?$/, '');
  if (before) return before;
  return /^(?:\d{4})年度?(.*?)(?:政府信息公开|信息公开|政务公开)/.exec(t)?.[1] ?? '';
}

/**
 * A title that abbreviates its body (`财金局`) is expanded when the report names it in full at its
 * start or in its signature (`平潭综合实验区财政金融局`): the longer name whose characters include the
 * short one's in order and that starts with a place.
 */
function fullName(name: string, body: string): string {
  // Only a name without any place in it (`财金局`, not `平潭县交通局` or `上海市科委`) is expanded.
  if (name.length > 6 || startsWithPlace(name) || /[省市县区]/.test(name)) return name;
  const suffix = BODY_SUFFIX.exec(name)?.[1];
  if (!suffix) return name;
  const ends = `${body.slice(0, 600)}\n${body.slice(-400)}`;
  const inOrder = (long: string) => {
    let k = 0;
    for (const ch of long) if (ch === name[k]) k++;
    return k === name.length;
  };
  for (const m of ends.matchAll(new RegExp(`[\\u4e00-\\u9fff]{2,30}${suffix}`, 'g'))) {
    const run = m[0];
    for (let start = 0; start + name.length < run.length; start++) {
      const candidate = run.slice(start);
      // The full name starts with a place (a division or a zone), so it is not cut mid-word.
      if (candidate.length <= 24 && startsWithPlace(candidate) && inOrder(candidate))
        return candidate;
    }
  }
  return name;
}

/** Stable key of a body across years: office and committee suffixes of the same government dropped. */
export function bodyKey(body: string): string {
  return squeeze(body)
    .replace(/(管委会|管理委员会|人民政府|政府)(办公室|办公厅)$/, '$1')
    .replace(/(管委会|管理委员会|人民政府)$/, '');
}

function bodyLevel(body: string): BodyLevel | '' {
  if (!body) return '';
  if (/(省|自治区)(人民)?政府(办公厅)?$/.test(body)) return 'province';
  if (/(乡|镇|街道)(人民政府|办事处)?$/.test(body)) return 'township';
  if (/(区|县|旗)(人民)?政府(办公室)?$/.test(body)) return 'district_county';
  if (/^(北京|天津|上海|重庆)市(人民)?政府(办公厅)?$/.test(body)) return 'province';
  if (/市(人民)?政府(办公室|办公厅)?$/.test(body)) return 'city';
  if (/(管委会|管理委员会)$/.test(body) || /实验区$/.test(body)) return 'other';
  if (/(局|委员会|委|办公室|办|厅|中心|署|所|站|处|队)$/.test(body)) return 'department';
  return 'other';
}

function scope(text: string): Scope | '' {
  const opening = text.slice(0, 3000);
  if (
    /汇总|各有关单位[^。]{0,30}编制|全(?:市|区|县|省)(?:各级)?(?:行政机关|政府信息公开工作情况)|(?:各乡镇|各部门)[^。]{0,40}年度报告编制/.test(
      opening,
    )
  )
    return 'aggregate';
  if (/本级|本机关|本部门|本单位|我局|本局|我委|本委|我办|我中心/.test(opening)) return 'own';
  return '';
}

/** Metadata of a report from its normalised text. */
export function readMetadata(text: string): Metadata {
  const log: string[] = [];
  const { fields, end } = crawlerHeader(text);
  const title = squeeze(fields.get('标题') ?? '') || titleLine(text, end);
  const sourceUrl =
    fields.get('原文链接') ??
    /(?:原文链接|原文地址|来源网址)\s*[:：]\s*(https?:\/\/\S+)/.exec(text.slice(0, 2000))?.[1] ??
    '';
  const published = /(\d{4})-(\d{2})-(\d{2})/.exec(fields.get('发布时间') ?? '');
  const publishDate = published ? `${published[1]}-${published[2]}-${published[3]}` : '';

  let issuingBody = '';
  const field = squeeze(fields.get('发布机构') ?? '');
  if (field && field.length >= 4 && BODY_SUFFIX.test(field) && !/^\d/.test(field))
    issuingBody = field;
  const fromTitle = bodyFromTitle(title);
  if (fromTitle && fromTitle.length >= 2) {
    // The title names the body more reliably than a crawler field (which can be a parent office).
    if (!issuingBody || (fromTitle.length >= 4 && !issuingBody.startsWith(fromTitle)))
      issuingBody = fromTitle;
  }
  if (issuingBody) issuingBody = fullName(issuingBody, text.slice(end));
  if (!issuingBody) log.push('issuing body not found in the text');

  const reportYearValue = reportYear(title, text.slice(end, end + 5000));
  if (reportYearValue === null) log.push('report year not found in the text');
  return {
    title,
    sourceUrl,
    publishDate,
    issuingBody,
    bodyKey: bodyKey(issuingBody),
    bodyLevel: bodyLevel(
      issuingBody.replace(/(管委会|管理委员会|人民政府|政府)(办公室|办公厅)$/, '$1'),
    ),
    scope: scope(text.slice(end)),
    reportYear: reportYearValue,
    bodyStart: end,
    log,
  };
}
