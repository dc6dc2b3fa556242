/**
 * Group a token stream into raw rows: the label text since the previous cell, then the cells
 * that follow it. A markdown/pipe row break starts a new row even without a label (an orphan).
 */
import type { Token } from './tokenize.ts';

export interface RawRow {
  /** Label pieces in order (a label split over lines or cells is several pieces). */
  labels: Token[];
  /** Number and empty-cell tokens, in order. */
  cells: Token[];
  /** Zero-width pipe runs seen among the cells: cells may have been dropped. */
  softEmpties: number;
  /** Index of the row in the stream. */
  index: number;
}

/** Build raw rows from tokens. */
export function buildRows(tokens: Token[]): RawRow[] {
  const rows: RawRow[] = [];
  let current: RawRow | null = null;
  const open = (): RawRow => {
    const row: RawRow = { labels: [], cells: [], softEmpties: 0, index: rows.length };
    rows.push(row);
    return row;
  };
  for (const token of tokens) {
    switch (token.kind) {
      case 'rowBreak':
        // A markdown/pipe line is a row of its own: labels of earlier lines are not its label.
        current = null;
        break;
      case 'label':
        if (!current || current.cells.length > 0 || current.softEmpties > 0) current = open();
        current.labels.push(token);
        break;
      case 'num':
      case 'empty':
        if (!current) current = open();
        current.cells.push(token);
        break;
      case 'softEmpty':
        if (!current) current = open();
        current.softEmpties++;
        break;
    }
  }
  return rows;
}

/** The label of a row as one string (pieces joined without separators). */
export function rowLabel(row: RawRow): string {
  return row.labels.map((t) => t.text).join('');
}

/** Number tokens of a row. */
export function rowNumbers(row: RawRow): Token[] {
  return row.cells.filter((t) => t.kind === 'num');
}

/**
 * A row that is a clause of a sentence: its figure is printed with its unit after it and the
 * sentence goes on (`数131条，` / `行政处罚3件。`). Table cells put the unit in a column of their
 * own (`条 | 131`, `条131`) or in the header, so a cell is never followed by its unit and a comma:
 * such a figure is prose, read (if at all) by the narrative grammar as a text figure.
 */
export function isSentenceClause(row: RawRow, next: RawRow | undefined): boolean {
  const last = row.cells.at(-1);
  if (!last || last.kind !== 'num' || !last.unit) return false;
  return /^\s*[，,。；;、]/.test(next?.labels[0]?.text ?? '');
}
