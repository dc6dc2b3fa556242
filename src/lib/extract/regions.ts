/** Where the statistical tables sit in a report's normalised text (markers of METRICS.md §1). */
import { compact } from './normalize.ts';

export interface Regions {
  t2?: [number, number];
  t3?: [number, number];
  t4?: [number, number];
  pre?: [number, number];
}

/** Find the first match of `re` in the whitespace-free text at or after `from` (text offsets). */
function find(
  c: { text: string; toText: Int32Array },
  re: RegExp,
  from = 0,
): { start: number; end: number } | null {
  const compactFrom = lowerBound(c.toText, from);
  const flags = re.flags.includes('g') ? re.flags : re.flags + 'g';
  const g = new RegExp(re.source, flags);
  g.lastIndex = compactFrom;
  const m = g.exec(c.text);
  if (!m) return null;
  return { start: c.toText[m.index]!, end: c.toText[m.index + m[0].length - 1]! + 1 };
}

function lowerBound(map: Int32Array, value: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const T2_START = /第二十条第\(一\)项|第二十条第一项/;
const T3_START = /本列数据的[勾钩]稽关系|申请人情况/;
const T3_HEADING = /收到和处理政府信息公开申请情况/;
const T3_LAST_ROW = /结转下年度继续办理/;
const T4_START = /行政复议/;
const T4_HEADING = /政府信息公开行政法?复议[、,与和及]?行政诉讼情况/;
const PRE_START = /统计指标|指标名称/;
const PRE_FALLBACK = /政府信息公开情况统计表|统计表|附表/;

/** The last match of `re` (an attachment heading comes after the intro that announces it). */
function findLast(
  c: { text: string; toText: Int32Array },
  re: RegExp,
): { start: number; end: number } | null {
  let last: { start: number; end: number } | null = null;
  for (let from = 0; ;) {
    const m = find(c, re, from);
    if (!m) return last;
    last = m;
    from = m.end;
  }
}

/**
 * Locate the tables of a report. `startsInside`: the text begins inside table 三 or the 统计表
 * (tableAtStart.ts), which then runs from the start of the text.
 */
export function findRegions(text: string, startsInside: 'T3' | 'P' | null = null): Regions {
  const c = compact(text);
  const regions: Regions = {};
  if (startsInside === 'P') return { pre: [0, text.length] };
  const t2 = startsInside ? null : find(c, T2_START);
  const t3 =
    startsInside === 'T3'
      ? { start: 0, end: 0 }
      : (find(c, T3_START, t2?.end ?? 0) ?? find(c, T3_HEADING, t2?.end ?? 0));
  if (t2 || t3) {
    const lastRow = find(c, T3_LAST_ROW, t3?.end ?? t2?.end ?? 0);
    const heading = find(c, T4_HEADING, t3?.end ?? t2?.end ?? 0);
    let t4 = lastRow ? find(c, T4_START, lastRow.end) : null;
    if (!t4 && heading) t4 = heading;
    if (heading && t4 && heading.start < t4.start && (!lastRow || heading.start > lastRow.end))
      t4 = heading;
    const t3End = t4?.start ?? text.length;
    if (t2) regions.t2 = [t2.start, t3?.start ?? t3End];
    if (t3) regions.t3 = [t3.start, t3End];
    if (t4) regions.t4 = [t4.start, text.length];
    return regions;
  }
  const pre = find(c, PRE_START) ?? findLast(c, PRE_FALLBACK);
  if (pre) regions.pre = [pre.start, text.length];
  return regions;
}
