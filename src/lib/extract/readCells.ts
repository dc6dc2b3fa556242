/**
 * Read the cells of one table row for `n` columns (METRICS.md §4.5): explicit cells, digits run
 * together (every split allowed by the row identity), or cells dropped by the flattener.
 */
import type { RawRow } from './rows.ts';
import { exactNumber } from './exactNumber.ts';
import { splitDigitRun, type Part, type RunToken } from './splitDigitRun.ts';
import type { Token } from './tokenize.ts';

export type CellStatus = 'reported' | 'resolved' | 'blank' | 'dash' | 'ambiguous' | 'unreadable';

export interface Cell {
  value: number | null;
  raw: string;
  status: CellStatus;
  start: number | null;
  end: number | null;
  unitRaw: string;
}

export interface CellRead {
  /** One vector of n cells per way of reading the row (1 for explicit cells). */
  candidates: Cell[][];
  how: 'explicit' | 'split' | 'dropped' | 'overflow' | 'float';
  /** Why, for the facts' note column. */
  note: string;
}

export interface ReadOptions {
  /** The row identity (all values present): a split must satisfy it. */
  rowCheck?: (values: number[]) => boolean;
  /** §4.5 (a): a row of zeros with dropped cells is all zeros (its identities hold for any placement). */
  zeroFill?: boolean;
  /** §4.5 (b): two equal numbers with dropped cells give the total (last column). */
  totalFromPair?: boolean;
  /** A floating cell this row takes (rows.ts `placeFloats`): it goes wherever the identity lets it. */
  float?: Token;
  /** A floating cell beside the row went nowhere: a row short of cells may be missing it. */
  floatNearby?: boolean;
}

/** Read a raw row's cells as `n` columns. */
export function readCells(row: RawRow, n: number, options: ReadOptions = {}): CellRead {
  let cells = row.cells.slice();
  // Trailing empty cells past the last column (markdown rows often end with `|  |`).
  while (cells.length > n && cells[cells.length - 1]!.kind === 'empty') cells = cells.slice(0, -1);
  const nums = cells.filter((t) => t.kind === 'num');

  if (cells.length === n) {
    return { candidates: [cells.map(tokenCell)], how: 'explicit', note: '' };
  }
  if (options.float && cells.length === n - 1 && nums.length === cells.length) {
    return withFloat(nums, options.float, n, options.rowCheck);
  }
  if (options.floatNearby && cells.length < n) {
    return {
      candidates: [ambiguousRow(n)],
      how: 'dropped',
      note: `${cells.length} cells for ${n} columns, and a number printed alone near the row could be one of them`,
    };
  }
  if (cells.length > n) {
    return {
      candidates: [ambiguousRow(n)],
      how: 'overflow',
      note: `${cells.length} cells for ${n} columns: ${cells.map((t) => t.text.trim() || '∅').join(' | ')}`,
    };
  }
  const hasEmpties = cells.length !== nums.length || row.softEmpties > 0;
  if (!hasEmpties && nums.length > 0) {
    const runs = runsOf(nums);
    const printed = nums.map((t) => t.text).join(' ');
    const all = splitDigitRun(runs, n);
    if (all.length === 1) {
      // Only one way to cut the digits (e.g. 7 digits for 7 cells): the reading is forced,
      // whether or not the report's own row identity holds (a failed identity is data).
      return {
        candidates: [all[0]!.map((p) => partCell(p, nums))],
        how: 'split',
        note: `cells run together as '${printed}'; the only split`,
      };
    }
    const check = options.rowCheck;
    const splits = check ? all.filter((parts) => check(parts.map((p) => p.value))) : all;
    if (splits.length > 0) {
      return {
        candidates: splits.map((parts) => parts.map((p) => partCell(p, nums))),
        how: 'split',
        note: `cells run together as '${printed}'`,
      };
    }
    if (all.length > 1) {
      return {
        candidates: [ambiguousRow(n)],
        how: 'split',
        note: `cells run together as '${printed}'; none of its ${all.length} splits satisfies the row identity`,
      };
    }
  }
  return dropped(nums, n, options);
}

/**
 * A row short of one cell takes a floating cell: every place it can go (that the row identity
 * allows), and every way of splitting the row's own digits instead; the identities choose.
 */
function withFloat(
  nums: Token[],
  float: Token,
  n: number,
  rowCheck: ReadOptions['rowCheck'],
): CellRead {
  const vectors: Cell[][] = [];
  for (let k = 0; k < n; k++) {
    const order = [...nums.slice(0, k), float, ...nums.slice(k)];
    vectors.push(order.map((t) => ({ ...tokenCell(t), status: 'resolved' as const })));
  }
  // Or no cell floated here and the row's digits ran together: those readings stay in the running.
  for (const parts of splitDigitRun(runsOf(nums), n))
    vectors.push(parts.map((p) => partCell(p, nums)));
  const seen = new Set<string>();
  const candidates = vectors.filter((cells) => {
    const values = cells.map((c) => c.value);
    const key = values.join('|');
    if (seen.has(key) || values.some((v) => v === null)) return false;
    seen.add(key);
    return !rowCheck || rowCheck(values as number[]);
  });
  const printed = `${nums.map((t) => t.text.trim()).join(' ')} and '${float.text.trim()}' printed alone on its line`;
  if (candidates.length === 0)
    return {
      candidates: [ambiguousRow(n)],
      how: 'float',
      note: `${printed}: no place for it satisfies the row identity`,
    };
  return {
    candidates,
    how: 'float',
    note:
      candidates.length === 1
        ? `${printed}: its only place`
        : `${printed}: ${candidates.length} places for it`,
  };
}

/** Cells were dropped by the flattener: only §4.5 (a) and (b) let us place anything. */
function dropped(nums: Token[], n: number, options: ReadOptions): CellRead {
  const printed = nums.map((t) => t.text.trim()).join(' ');
  if (options.zeroFill && nums.length > 0 && nums.every((t) => Number(t.digits) === 0)) {
    const token = nums[0]!;
    const cells = Array.from({ length: n }, () => ({
      ...tokenCell(token),
      status: 'resolved' as const,
    }));
    return {
      candidates: [cells],
      how: 'dropped',
      note: `only ${nums.length} of ${n} cells printed, all 0: every cell is 0`,
    };
  }
  if (
    options.totalFromPair &&
    nums.length === 2 &&
    nums[0]!.digits === nums[1]!.digits &&
    !nums[0]!.sign
  ) {
    const cells = ambiguousRow(n);
    cells[n - 1] = { ...tokenCell(nums[1]!), status: 'resolved' };
    return {
      candidates: [cells],
      how: 'dropped',
      note: `only 2 equal numbers printed (${printed}): the total is ${nums[1]!.digits}, the column of the other is unknown`,
    };
  }
  return {
    candidates: [ambiguousRow(n)],
    how: 'dropped',
    note: nums.length
      ? `${nums.length} number(s) for ${n} cells (${printed}); cells cannot be placed`
      : 'no cells printed',
  };
}

/** Number tokens as digit runs for splitDigitRun. */
function runsOf(nums: Token[]): RunToken[] {
  return nums.map((t) => ({
    digits: t.digits!,
    sign: t.sign ?? '',
    start: t.start + (t.sign ? 1 : 0),
    end: t.end - (t.unit?.length ?? 0),
    ...(t.whole ? { whole: true } : {}),
  }));
}

/** A read of `n` cells none of which can be placed (`note` says why). */
export function ambiguousRead(n: number, note: string): CellRead {
  return { candidates: [ambiguousRow(n)], how: 'dropped', note };
}

function ambiguousRow(n: number): Cell[] {
  return Array.from({ length: n }, () => ({
    value: null,
    raw: '',
    status: 'ambiguous' as const,
    start: null,
    end: null,
    unitRaw: '',
  }));
}

/** The cell of one explicit token. */
export function tokenCell(token: Token): Cell {
  if (token.kind === 'empty') {
    return {
      value: null,
      raw: token.text.trim(),
      status: token.emptyKind === 'dash' ? 'dash' : 'blank',
      start: token.start,
      end: token.end,
      unitRaw: '',
    };
  }
  // More digits than a double holds: kept as printed, without a (rounded) value.
  const value = exactNumber((token.sign === '-' ? '-' : '') + (token.digits ?? ''));
  return {
    value,
    raw: token.text.trim(),
    status: value === null ? 'unreadable' : 'reported',
    start: token.start,
    end: token.end,
    unitRaw: token.unit ?? '',
  };
}

function partCell(part: Part, tokens: Token[]): Cell {
  const token = tokens[part.token]!;
  const isLastOfToken = part.end === token.end - (token.unit?.length ?? 0);
  const exact = exactNumber(part.text) !== null;
  return {
    value: exact ? part.value : null,
    raw: part.text,
    status: exact ? 'resolved' : 'unreadable',
    start: part.start - (part.text.startsWith('-') || part.text.startsWith('+') ? 1 : 0),
    end: part.end,
    unitRaw: isLastOfToken ? (token.unit ?? '') : '',
  };
}
