/** Table 四: one row of 15 cells after its header cells, whatever the layout (METRICS.md §5). */
import { T4_COLUMN_LABELS, T4_GROUPS, T4_HEADER_CHARS, T4_METRICS } from './grammar/t4.ts';
import { readCells } from './readCells.ts';
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

/** Read table 四 from the tokens of its region; null when no cell is found. */
export function readT4(tokens: Token[], textEnd: number): { read: RowRead | null; end: number } {
  const cells: Token[] = [];
  let softEmpties = 0;
  let end = tokens[0]?.start ?? textEnd;
  // Cells start after the header cells: a number in the prose before them is not a cell.
  let afterHeader = false;
  for (const token of tokens) {
    if (token.kind === 'label') {
      const squeezed = token.text.replace(/\s/g, '');
      if (isHeader(token.text) || isHeader(squeezed.slice(-4))) {
        if (cells.length === 0) afterHeader = isHeader(squeezed.slice(-4));
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
  const read = readCells(row, N, { rowCheck, zeroFill: true, float });
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
