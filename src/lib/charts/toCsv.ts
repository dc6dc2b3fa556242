/** The CSV download of a chart's or list's rows, through the project's one CSV writer. */
import { writeCsv } from '../csv/writeCsv.ts';

export { escapeCell } from '../csv/escapeCell.ts';

/** The rows shown, as CSV text with the given columns in order (header = column labels). */
export function toCsv(
  columns: { key: string; label: string }[],
  rows: Record<string, unknown>[],
): string {
  return writeCsv(
    columns.map((c) => c.label),
    rows,
    (r) => columns.map((c) => r[c.key] ?? ''),
  );
}
