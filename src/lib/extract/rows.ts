/**
 * Group a token stream into raw rows: the label text since the previous cell, then the cells
 * that follow it. A markdown/pipe row break starts a new row even without a label (an orphan).
 * In a table printed a row a line, a number alone on its line is a floating cell (PDF text
 * converters move a cell off its row): kept beside the rows next to it, never among their cells.
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
  /** Floating cells printed a few lines above this row's cells (after the row before it). */
  floatsAbove?: Token[];
  /** Floating cells printed a few lines below this row's cells (before the row after it). */
  floatsBelow?: Token[];
}

/** How many lines a floating cell may stand from the row it may belong to. */
const FLOAT_REACH = 6;

/**
 * Whether the table prints a row a line: more lines hold a number beside a label or another
 * number than hold a number alone. In a table printed a cell a line, a lone number is a cell.
 */
function rowPerLine(tokens: Token[]): boolean {
  const lines = new Map<number, Token[]>();
  for (const t of tokens) {
    if (t.line === undefined || t.kind === 'rowBreak' || t.kind === 'softEmpty') continue;
    const line = lines.get(t.line);
    // Pushed, not spread: a hostile page can put every token on one line.
    if (line) line.push(t);
    else lines.set(t.line, [t]);
  }
  let rowLines = 0;
  let loneLines = 0;
  for (const line of lines.values()) {
    if (!line.some((t) => t.kind === 'num')) continue;
    if (line.length === 1 && line[0]!.alone) loneLines++;
    else if (line.length > 1) rowLines++;
  }
  return rowLines >= 2 && rowLines > loneLines;
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
  const floating = rowPerLine(tokens);
  let pending: Token[] = [];
  let lastData: RawRow | null = null;
  const near = (a: Token, b: Token | undefined) =>
    b !== undefined && Math.abs((a.line ?? 0) - (b.line ?? 0)) <= FLOAT_REACH;
  /** Pending floats stand between `lastData` (above them) and `row` (below them). */
  const settle = (row: RawRow | null, first: Token | undefined) => {
    for (const f of pending) {
      if (row && near(f, first)) (row.floatsAbove ??= []).push(f);
      if (lastData && lastData !== row && near(f, lastData.cells.at(-1)))
        (lastData.floatsBelow ??= []).push(f);
    }
    pending = [];
  };
  for (const token of tokens) {
    if (floating && token.kind === 'num' && token.alone) {
      pending.push(token);
      continue;
    }
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
        if (pending.length) settle(current, token);
        current.cells.push(token);
        lastData = current;
        break;
      case 'softEmpty':
        if (!current) current = open();
        current.softEmpties++;
        break;
    }
  }
  settle(null, undefined);
  return rows;
}

/**
 * The floating cell each row takes (METRICS.md §4.5): a float goes to the one row next to it
 * that lacks exactly one cell (`n` cells expected, `null` for rows of no interest). A float with
 * two such neighbours, or a row near two floats, gets nothing: which goes where would be a guess.
 * `unplaced`: rows short of one cell with a float beside them that went nowhere.
 */
export function placeFloats(
  rows: readonly RawRow[],
  cellsOf: (row: RawRow) => number | null,
): { taken: Map<RawRow, Token>; unplaced: Set<RawRow> } {
  const short = (row: RawRow) => {
    const n = cellsOf(row);
    return (
      n !== null &&
      row.softEmpties === 0 &&
      row.cells.every((c) => c.kind === 'num') &&
      row.cells.length === n - 1
    );
  };
  const claims = new Map<Token, RawRow[]>();
  const near = new Set<RawRow>();
  for (const row of rows) {
    if (!short(row)) continue;
    for (const f of [...(row.floatsAbove ?? []), ...(row.floatsBelow ?? [])]) {
      claims.set(f, [...(claims.get(f) ?? []), row]);
      near.add(row);
    }
  }
  const byRow = new Map<RawRow, Token[]>();
  for (const [f, claimants] of claims)
    if (claimants.length === 1) byRow.set(claimants[0]!, [...(byRow.get(claimants[0]!) ?? []), f]);
  const taken = new Map<RawRow, Token>();
  for (const [row, floats] of byRow) if (floats.length === 1) taken.set(row, floats[0]!);
  return { taken, unplaced: new Set([...near].filter((row) => !taken.has(row))) };
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
