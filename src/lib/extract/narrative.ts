/**
 * Figures stated in the report's prose (METRICS.md §6 X): applications received, the 信息处理费,
 * and the narrative twins of table totals. Each is kept as its own fact with source = text.
 */
import { chineseNumber } from './chineseNumber.ts';

export interface NarrativeFigure {
  metric: string;
  value: number;
  /** The number as printed (`23`, `二十三`, or the sentence for a stated zero). */
  raw: string;
  unitRaw: string;
  /** Span in the normalised text of the number (or of the sentence when a zero is stated in words). */
  start: number;
  end: number;
}

const NUM = String.raw`(\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千两]+)`;
const GAP = String.raw`[^。；;，,!?\n]`;

interface Pattern {
  metric: string;
  re: RegExp;
  /** Group holding the number; absent = a stated zero. */
  group?: number;
  /** The match must contain one of these (guards against figures about something else). */
  mustHave?: RegExp;
  mustNotHave?: RegExp;
  /** The 12 characters after the match must not contain this (`未收到…申请的行政复议`). */
  notAfter?: RegExp;
  /** The 500 characters before the match must contain this (the section is about applications). */
  near?: RegExp;
  /** Multiply the number by this when the printed unit (group unitGroup) is 万元. */
  unitGroup?: number;
}

const ABOUT_DISCLOSURE = /信息公开|依申请/;
const ABOUT_REVIEW = /复议|诉讼|举报|投诉|咨询/;

const PATTERNS: Pattern[] = [
  // Applications received: 共受理/收到/接收/接到 … 申请 (共计) N 件.
  {
    metric: 'text_app_received',
    re: new RegExp(
      String.raw`(?:受理|收到|接收|接到)(${GAP}{0,30}?)(?:申请|依申请${GAP}{0,8}?)(?:数量|总数)?(?:共计|合计|总计|共|为)?\s*${NUM}\s*(件|条|份|宗|个)`,
      'g',
    ),
    group: 2,
    mustHave: ABOUT_DISCLOSURE,
    mustNotHave: ABOUT_REVIEW,
  },
  // 共收到 N 件申请, inside the part of the report about applications.
  {
    metric: 'text_app_received',
    re: new RegExp(
      String.raw`(?:受理|收到|接收|接到)(?:各类)?\s*${NUM}\s*(?:件|份|宗)(?:政府信息公开|信息公开)?申请`,
      'g',
    ),
    group: 1,
    near: /依申请|信息公开申请|申请公开|政府信息公开申请/,
    mustNotHave: ABOUT_REVIEW,
  },
  {
    metric: 'text_app_received',
    re: new RegExp(String.raw`(?:未|没有|无)(?:收到|接到|受理)(${GAP}{0,20}?)申请`, 'g'),
    mustHave: ABOUT_DISCLOSURE,
    mustNotHave: ABOUT_REVIEW,
    notAfter: /^[^。；;，,]{0,6}(?:复议|诉讼)/,
  },
  // 信息处理费 collected.
  {
    metric: 'info_processing_fee',
    re: new RegExp(
      String.raw`收取(?:${GAP}{0,12}?)(?:信息处理费|费用)(?:共计|合计|总计|共|为)?\s*${NUM}\s*(万元|元)`,
      'g',
    ),
    group: 1,
    unitGroup: 2,
  },
  {
    metric: 'info_processing_fee',
    re: new RegExp(
      String.raw`(?:未|没有|无|不|暂不)(?:收取|发生|产生)${GAP}{0,16}?(?:信息处理费|收费|费用)|暂不收费|(?:信息处理费|收费)[^。；;，,\d]{0,6}?(?:为)?\s*(?<!\d)0\s*元`,
      'g',
    ),
  },
  // 主动公开 … N 条.
  {
    metric: 'text_pro_info_total',
    re: new RegExp(
      String.raw`(?<!累计)(?<!累计共)(?<!应)(?:新增|共)?主动公开(?:政府)?信息(?:达|共|总数|数量|数)?(?:为)?\s*${NUM}\s*条`,
      'g',
    ),
    group: 1,
  },
  // 行政复议 / 行政诉讼 N 件.
  {
    metric: 'text_review_total',
    re: new RegExp(String.raw`行政复议(?:案件|申请)?(?:共计|共)?\s*${NUM}\s*(?:件|起|宗)`, 'g'),
    group: 1,
  },
  {
    metric: 'text_litig_total',
    re: new RegExp(String.raw`行政诉讼(?:案件)?(?:共计|共)?\s*${NUM}\s*(?:件|起|宗)`, 'g'),
    group: 1,
  },
];

/** Internal hints (not output as facts): prose figures that can single out a split reading. */
const HINT_PATTERNS: Pattern[] = [
  {
    metric: 't2_ndoc_valid',
    re: new RegExp(String.raw`现行有效(?:的)?(?:行政)?规范性文件(?:共)?\s*${NUM}\s*件`, 'g'),
    group: 1,
  },
  {
    metric: 't2_ndoc_made',
    re: new RegExp(String.raw`制发(?:的)?(?:行政)?规范性文件(?:共)?\s*${NUM}\s*件`, 'g'),
    group: 1,
  },
];

/** Find narrative figures in the text outside `exclude` spans (the tables): the first stated one per metric. */
export function findNarrative(
  text: string,
  exclude: readonly [number, number][] = [],
  hints = false,
): NarrativeFigure[] {
  const out = new Map<string, NarrativeFigure>();
  const inside = (at: number) => exclude.some(([s, e]) => at >= s && at < e);
  for (const pattern of hints ? HINT_PATTERNS : PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      if (inside(m.index)) continue;
      if (pattern.mustHave && !pattern.mustHave.test(m[0])) continue;
      if (pattern.mustNotHave && pattern.mustNotHave.test(m[0])) continue;
      if (
        pattern.notAfter &&
        pattern.notAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      )
        continue;
      if (pattern.near && !pattern.near.test(text.slice(Math.max(0, m.index - 500), m.index)))
        continue;
      const figure = toFigure(pattern, m);
      if (!figure) continue;
      const seen = out.get(pattern.metric);
      if (!seen || figure.start < seen.start) out.set(pattern.metric, figure);
      break;
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

function toFigure(pattern: Pattern, m: RegExpMatchArray): NarrativeFigure | null {
  const at = m.index!;
  if (pattern.group === undefined) {
    return {
      metric: pattern.metric,
      value: 0,
      raw: m[0],
      unitRaw: '',
      start: at,
      end: at + m[0].length,
    };
  }
  const printed = m[pattern.group]!;
  let value = chineseNumber(printed);
  if (value === null) return null;
  const start = at + m[0].lastIndexOf(printed);
  let unitRaw = '';
  if (pattern.unitGroup !== undefined) {
    unitRaw = m[pattern.unitGroup] ?? '';
    if (unitRaw === '万元') value = Math.round(value * 10000 * 100) / 100;
  }
  return {
    metric: pattern.metric,
    value,
    raw: printed,
    unitRaw,
    start,
    end: start + printed.length,
  };
}
