/** The printed cells of a report's tables, and lookups into them. */
import type { DocBlock, SynthCell, SynthTable } from './types.ts';

export function tablesOf(blocks: readonly DocBlock[]): SynthTable[] {
  return blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
}

/** Every printed cell, table by table, row by row. */
export function printedCells(blocks: readonly DocBlock[]): SynthCell[] {
  return tablesOf(blocks).flatMap((t) =>
    t.blocks.flatMap((block) => block.rows.flatMap((row) => row.cells)),
  );
}

/** The printed cell of a metric (applicant, period), if the report prints it. */
export function findCell(
  blocks: readonly DocBlock[],
  metric: string,
  applicant = 'all',
  period = 'year',
): SynthCell | undefined {
  return printedCells(blocks).find(
    (c) => c.metric === metric && c.applicant === applicant && c.period === period,
  );
}
