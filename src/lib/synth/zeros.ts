/**
 * Zero cells as a site prints them: `0`, an empty cell, or `-` (SOURCES.md E8, E10; the filling
 * rules of V6/V7 say "如果没有数据，则为空"). Only where empty cells stay countable: ` | ` rows,
 * markdown and HTML tables. A site that leaves cells empty sometimes leaves a 总计 of table 三
 * empty too (E10), which the reader derives.
 */
import type { Rng } from './random.ts';
import { tablesOf } from './tableCells.ts';
import type { DocBlock, StyleId, SynthCell, SynthTable } from './types.ts';

export type ZeroHabit = 'digit' | 'blank' | 'dash';

const COUNTABLE = new Set<StyleId>(['pipes', 'markdown', 'html']);

export function printZeros(rng: Rng, blocks: DocBlock[], habit: ZeroHabit, style: StyleId): void {
  if (habit === 'digit' || !COUNTABLE.has(style)) return;
  for (const table of tablesOf(blocks))
    for (const block of table.blocks)
      for (const row of block.rows) {
        // A blank 总计 is derived from its row: only where the row adds up (not a typo's row).
        const parts = row.cells
          .filter((c) => c.applicant !== 'total')
          .reduce((s, c) => s + c.value, 0);
        row.cells.forEach((cell, i) => {
          // ` a | b |` rows without a label: an empty first cell would not show (no pipe before it).
          if (style === 'pipes' && i === 0 && row.lead.length === 0) return;
          const total = table.kind === 'T3' && cell.applicant === 'total';
          if (total && cell.value !== parts) return;
          if (cell.value === 0 && rng.chance(0.8)) cell.printed = habit === 'blank' ? '' : '-';
          else if (habit === 'blank' && total && rng.chance(0.05)) cell.printed = '';
        });
      }
}

/** Whether a printed cell shows no number. */
export const isEmpty = (printed: string) => printed === '' || printed === '-';

/** What the reader makes of a printed cell (METRICS.md §4.3): the tables that print a number impute. */
export interface CellReading {
  status: 'reported' | 'imputed_zero' | 'derived' | 'blank' | 'dash';
  value: number | null;
}

/** The kinds of table that print at least one number. */
export function filledTables(blocks: readonly DocBlock[]): Set<SynthTable['kind']> {
  return new Set(
    tablesOf(blocks)
      .filter((t) =>
        t.blocks.some((b) => b.rows.some((r) => r.cells.some((c) => !isEmpty(c.printed)))),
      )
      .map((t) => t.kind),
  );
}

export function readCell(
  cell: SynthCell,
  kind: SynthTable['kind'],
  filled: ReadonlySet<SynthTable['kind']>,
): CellReading {
  if (!isEmpty(cell.printed)) return { status: 'reported', value: cell.value };
  if (!filled.has(kind)) return { status: cell.printed === '' ? 'blank' : 'dash', value: null };
  if (kind === 'T3' && cell.applicant === 'total') return { status: 'derived', value: cell.value };
  return { status: 'imputed_zero', value: 0 };
}
