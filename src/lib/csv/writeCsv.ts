/**
 * The one CSV writer of the project (extractor, anomalies CLI, dashboard downloads): RFC 4180
 * quoting, `\n` line ends, and every text cell through `escapeCell`.
 */
import { escapeCell } from './escapeCell.ts';

/** One cell as CSV text: null and undefined empty, booleans as `true`/`false`, text escaped. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const escaped = escapeCell(value);
  const s = typeof escaped === 'boolean' ? (escaped ? 'true' : 'false') : String(escaped);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line of `header` and one line per row of `cells(row)`; every line ends with `\n`. */
export function writeCsv<T>(
  header: readonly string[],
  rows: readonly T[],
  cells: (row: T) => readonly unknown[],
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(cells(row).map(csvCell).join(','));
  return lines.join('\n') + '\n';
}
