/** The source line around a value, at most 80 characters, for `facts.csv` `context`. */
export function sourceContext(raw: string, start: number, end: number, max = 80): string {
  let lineStart = raw.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = raw.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = raw.length;
  // One-cell-per-line layouts: widen to the neighbouring lines so the label shows.
  while (
    raw.slice(lineStart, lineEnd).trim().length < 24 &&
    lineStart > 0 &&
    start - lineStart < max / 2
  ) {
    const previous = raw.lastIndexOf('\n', lineStart - 2) + 1;
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
