/** Table 四: one row of 15 cells after its header cells, whatever the layout (METRICS.md §5). */
import { T4_COLUMN_LABELS, T4_GROUPS, T4_HEADER_CHARS, T4_METRICS } from './grammar/t4.ts';
import { ambiguousRead, readCells } from './readCells.ts';
import type { RowRead } from './rowRead.ts';
import type { RawRow } from './rows.ts';
import type { Token } from './tokenize.ts';

const N = T4_METRICS.length;

function isHeader(text: string): boolean {
  for (const ch of text) {
    if (!/[\u3400-\u9fff]/.test(ch)) continue;
    if (!T4_HEADER_CHARS.has(ch)) return false;
  }
  return true;
}

/** Each outcome group's total equals its four outcomes. */
const rowCheck = (v: number[]) =>
  T4_GROUPS.every((_, g) => {
    const o = g * 5;
    return v[o]! + v[o + 1]! + v[o + 2]! + v[o + 3]! === v[o + 4]!;
  });

/**
 * Whether header text printed between the cells (`breaks`: indexes of the cells after it) cuts
 * a group (pdftotext prints a header stacked in pieces, then the cells below it, column block by
 * column block): the cells are then out of column order. Whole groups (复议, then 诉讼 under its
 * own header) keep their order; cells all equal need none.
 */
function shuffled(breaks: readonly number[], cells: readonly Token[]): boolean {
  const values = new Set(cells.map((c) => (c.kind === 'num' ? c.digits : c.text.trim())));
  return values.size > 1 && breaks.some((i) => i % T4_GROUPS[0]!.length !== 0);
}

/** Read table 四 from the tokens of its region; null when no cell is found. */
export function readT4(tokens: Token[], textEnd: number): { read: RowRead | null; end: number } {
  const cells: Token[] = [];
  let softEmpties = 0;
  let end = tokens[0]?.start ?? textEnd;
  // Cells start after the header cells: a number in the prose before them is not a cell.
  let afterHeader = false;
  // Cells that come right after header text printed between cells (none when the header comes first).
  const resumed = new Set<Token>();
  let headerBetween = false;
  for (const token of tokens) {
    if (token.kind === 'label') {
      const squeezed = token.text.replace(/\s/g, '');
      if (isHeader(token.text) || isHeader(squeezed.slice(-4))) {
        if (cells.length === 0) afterHeader = isHeader(squeezed.slice(-4));
        else if (cells.some((c) => c.kind === 'num')) headerBetween = true;
        continue;
      }
      if (cells.length > 0) break;
      afterHeader = false;
      continue;
    }
    if (token.kind === 'rowBreak') continue;
    if (!afterHeader) continue;
    if (token.kind === 'softEmpty') {
      softEmpties++;
      continue;
    }
    if (headerBetween) resumed.add(token);
    headerBetween = false;
    cells.push(token);
    end = token.end;
    if (cells.length >= N && token.kind === 'num') {
      const next = tokens[tokens.indexOf(token) + 1];
      if (!next || next.kind === 'label' || next.kind === 'rowBreak') break;
    }
  }
  while (cells.length > N && cells[0]!.kind === 'empty') cells.shift();
  // A template published unfilled still has its 15 (empty) cells.
  if (cells.filter((c) => c.kind === 'num').length === 0 && cells.length < N)
    return { read: null, end };
  // The row printed on a line, and one number alone on a line above or below it: a floating cell.
  const lone = cells.filter((c) => c.kind === 'num' && c.alone);
  const float =
    lone.length === 1 && cells.length === N && cells.some((c) => c !== lone[0] && !c.alone)
      ? lone[0]
      : undefined;
  const printed = float ? cells.filter((c) => c !== float) : cells;
  const row: RawRow = { labels: [], cells: printed, softEmpties, index: 0 };
  const breaks = cells.flatMap((c, i) => (resumed.has(c) ? [i] : []));
  const read = shuffled(breaks, cells)
    ? ambiguousRead(
        N,
        `header text printed between the cells (before cells ${breaks.map((i) => i + 1).join(', ')}): the converter stacked the header a piece a line and printed the cells out of column order`,
      )
    : readCells(row, N, { rowCheck, zeroFill: true, float });
  const first = cells[0]!;
  return {
    read: {
      ...read,
      id: 'T4',
      table: 'T4',
      slots: T4_METRICS.map((metric, i) => ({
        metric,
        applicant: 'all',
        period: 'year',
        colLabel: T4_COLUMN_LABELS[i]!,
      })),
      labelRaw: '',
      labelStart: first.start,
      labelEnd: first.start,
      unitRaw: '',
    },
    end,
  };
}
