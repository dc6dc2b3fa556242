/** Map a piece of a row's joined label back to its span in the normalised text. */
import type { RawRow } from './rows.ts';

/** Span of the last `piece.length` characters of the row's joined label. */
export function labelSpan(row: RawRow, piece: string): [number, number] {
  const joined = row.labels.map((t) => t.text).join('');
  const from = Math.max(0, joined.lastIndexOf(piece));
  const to = from + piece.length;
  let offset = 0;
  let start = row.labels[0]?.start ?? 0;
  let end = row.labels.at(-1)?.end ?? start;
  for (const token of row.labels) {
    const next = offset + token.text.length;
    if (from >= offset && from < next) start = token.start + (from - offset);
    if (to > offset && to <= next) end = token.start + (to - offset);
    offset = next;
  }
  return [start, end];
}
