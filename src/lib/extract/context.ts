/** The source line around a value, at most 80 characters, for `facts.csv` `context`. */
export function sourceContext(raw: string, start: number, end: number, max = 80): string {
  const lines = breaksOf(raw);
  let lineStart = lines.last(start - 1) + 1;
  let lineEnd = lines.next(end);
  if (lineEnd < 0) lineEnd = raw.length;
  // One-cell-per-line layouts: widen to the neighbouring lines so the label shows.
  while (
    raw.slice(lineStart, lineEnd).trim().length < 24 &&
    lineStart > 0 &&
    start - lineStart < max / 2
  ) {
    const previous = lines.last(lineStart - 2) + 1;
    if (previous >= lineStart) break;
    lineStart = previous;
  }
  if (lineEnd - lineStart > max) {
    const before = Math.floor((max - (end - start)) * 0.7);
    lineStart = Math.max(lineStart, start - before);
    lineEnd = Math.min(lineEnd, lineStart + max);
  }
  return raw.slice(lineStart, lineEnd).replace(/\s+/g, ' ').trim();
}

interface Breaks {
  /** `raw.lastIndexOf('\n', at)`. */
  last(at: number): number;
  /** `raw.indexOf('\n', at)`. */
  next(at: number): number;
}

// The line breaks of the last text asked about: every fact of a report asks about the same one,
// and a crawled report is often one long line, which `lastIndexOf` would scan back each time.
let cached: { raw: string; breaks: Breaks } | null = null;

function breaksOf(raw: string): Breaks {
  if (cached?.raw === raw) return cached.breaks;
  const at: number[] = [];
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) at.push(i);
  /** Index of the first break at or after `from`. */
  const firstFrom = (from: number) => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const breaks: Breaks = {
    last: (from) => {
      const k = firstFrom(Math.max(from, 0) + 1) - 1;
      return k >= 0 ? at[k]! : -1;
    },
    next: (from) => {
      const k = firstFrom(Math.max(from, 0));
      return k < at.length ? at[k]! : -1;
    },
  };
  cached = { raw, breaks };
  return breaks;
}
