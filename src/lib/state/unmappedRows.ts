/**
 * A report's table rows that match no metric (`value_status = unmapped`), one entry per printed
 * row: its label, its numbers as printed and the source line, for the report page (pure).
 */
import type { ReportFactRow } from '../sql/reportQuery.ts';

export interface UnmappedRow {
  /** The row's number among the report's unmapped rows (1, 2, …). */
  row: number;
  /** The label as printed; null until the evidence strings are loaded. */
  label: string | null;
  /** The row's numbers as printed, in column order, with their period. */
  numbers: { raw: string; period: string }[];
  /** The text around the row's first number; null until the evidence strings are loaded. */
  context: string | null;
  note: string | null;
}

export const isUnmapped = (f: Pick<ReportFactRow, 'value_status'>) => f.value_status === 'unmapped';

/** `row 3 cell 2` -> [3, 2]; `row 3` -> [3, 0]. */
function position(qualifier: string | null): [number, number] {
  const m = /^row (\d+)(?: cell (\d+))?/.exec(qualifier ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : [0, 0];
}

const PERIOD_ORDER: Record<string, number> = { year: 0, cumulative: 1 };

/** The unmapped rows of one report's figures, in row order. */
export function unmappedRows(facts: readonly ReportFactRow[]): UnmappedRow[] {
  const cells = facts
    .filter(isUnmapped)
    .map((f) => ({ f, at: position(f.qualifier) }))
    .sort(
      (a, b) =>
        a.at[0] - b.at[0] ||
        a.at[1] - b.at[1] ||
        (PERIOD_ORDER[a.f.period] ?? 9) - (PERIOD_ORDER[b.f.period] ?? 9),
    );
  const rows = new Map<number, UnmappedRow>();
  for (const { f, at } of cells) {
    let row = rows.get(at[0]);
    if (!row) {
      row = { row: at[0], label: f.label_raw, numbers: [], context: f.context, note: f.note };
      rows.set(at[0], row);
    }
    row.numbers.push({ raw: f.value_raw ?? '', period: f.period });
  }
  return [...rows.values()];
}
