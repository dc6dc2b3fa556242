/**
 * Figures stated in the report's prose (METRICS.md §6 X): applications received, the 信息处理费,
 * the narrative twins of table totals, staffing and funding. Each is kept as its own fact with
 * source = text. The wordings are data (grammar/narrative.ts); this file only runs them.
 */
import { canonicalUnit } from './catalogue.ts';
import { chineseNumber } from './chineseNumber.ts';
import { HINT_PATTERNS, NARRATIVE_PATTERNS, type NarrativePattern } from './grammar/narrative.ts';

export interface NarrativeFigure {
  metric: string;
  value: number;
  /** The number as printed (`23`, `二十三`, or the sentence for a stated zero). */
  raw: string;
  unitRaw: string;
  /** Span in the normalised text of the number (or of the sentence when a zero is stated in words). */
  start: number;
  end: number;
  /** How the printed figure became the value (a unit converted), else empty. */
  note: string;
}

/**
 * A clause about earlier years (历年累计, 截至…, …以来, a bare 累计): its figures are not the year's.
 * 全年累计, 2022年累计 and 本年累计 are the year's own total.
 */
const EARLIER_YEARS = /历年|截至|截止|至今|以来|(?<!全年|本年|年度|今年|年内|\d年)累计/;
/** An approximate figure (约5万元, 7700余条) is not the figure. */
const APPROXIMATE_BEFORE = /(?:约|近|大约|超过|逾)\s*$/;
const APPROXIMATE_AFTER = /^\s*(?:余|多)/;

const SENTENCE_END = /[。；;!?！？\n]/;
const CLAUSE_END = /[。；;，,!?！？\n（(]/;

/** Start of the clause (or sentence) holding offset `at`. */
function startOf(text: string, at: number, end: RegExp): number {
  let i = at;
  while (i > 0 && !end.test(text[i - 1]!)) i--;
  return i;
}

function sentenceAround(text: string, at: number): string {
  const start = startOf(text, at, SENTENCE_END);
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** Whether a match passes its pattern's guards. */
function accepted(pattern: NarrativePattern, m: RegExpMatchArray, text: string): boolean {
  const at = m.index!;
  const after = at + m[0].length;
  if (pattern.mustHave && !pattern.mustHave.test(m[0])) return false;
  if (pattern.mustNotHave && pattern.mustNotHave.test(m[0])) return false;
  if (pattern.notAfter && pattern.notAfter.test(text.slice(after, after + 12))) return false;
  if (pattern.near && !pattern.near.test(text.slice(Math.max(0, at - 500), after))) return false;
  if (pattern.sentenceHas || pattern.sentenceNot) {
    const sentence = sentenceAround(text, at);
    if (pattern.sentenceHas && !pattern.sentenceHas.test(sentence)) return false;
    if (pattern.sentenceNot && pattern.sentenceNot.test(sentence)) return false;
  }
  if (pattern.group !== undefined) {
    if (EARLIER_YEARS.test(text.slice(startOf(text, at, CLAUSE_END), at + m[0].length)))
      return false;
    const number = m[pattern.group]!;
    const numberAt = at + m[0].lastIndexOf(number);
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, numberAt - 3), numberAt))) return false;
    if (APPROXIMATE_AFTER.test(text.slice(numberAt + number.length, numberAt + number.length + 2)))
      return false;
  }
  return true;
}

/** Find narrative figures in the text outside `exclude` spans (the tables): the first stated one per metric. */
export function findNarrative(
  text: string,
  exclude: readonly [number, number][] = [],
  hints = false,
): NarrativeFigure[] {
  const out = new Map<string, NarrativeFigure>();
  const inside = (at: number) => exclude.some(([s, e]) => at >= s && at < e);
  for (const pattern of hints ? HINT_PATTERNS : NARRATIVE_PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      if (inside(m.index) || !accepted(pattern, m, text)) continue;
      const figure = toFigure(pattern, m);
      if (!figure) continue;
      const seen = out.get(pattern.metric);
      if (!seen || figure.start < seen.start) out.set(pattern.metric, figure);
      break;
    }
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Money printed in 元 or 万元, in the metric's own unit. */
function inMetricUnit(metric: string, value: number, printed: string): [number, string] {
  const unit = canonicalUnit(metric);
  if (!printed || !unit || printed === unit) return [value, ''];
  if (printed === '万元' && unit === '元')
    return [Math.round(value * 10000 * 100) / 100, `printed ${value}万元, stored in 元`];
  if (printed === '元' && unit === '万元')
    return [value / 10000, `printed ${value}元, stored in 万元 (÷10000)`];
  return [value, ''];
}

function toFigure(pattern: NarrativePattern, m: RegExpMatchArray): NarrativeFigure | null {
  const at = m.index!;
  if (pattern.group === undefined) {
    return {
      metric: pattern.metric,
      value: 0,
      raw: m[0],
      unitRaw: '',
      start: at,
      end: at + m[0].length,
      note: '',
    };
  }
  const printed = m[pattern.group]!;
  const number = chineseNumber(printed);
  if (number === null) return null;
  const start = at + m[0].lastIndexOf(printed);
  const unitRaw = pattern.unitGroup !== undefined ? (m[pattern.unitGroup] ?? '') : '';
  const [value, note] = inMetricUnit(pattern.metric, number, unitRaw);
  return {
    metric: pattern.metric,
    value,
    raw: printed,
    unitRaw,
    start,
    end: start + printed.length,
    note,
  };
}
