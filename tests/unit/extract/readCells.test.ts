import { describe, expect, it } from 'vitest';
import {
  readCells,
  tokenCell,
  type Cell,
  type ReadOptions,
} from '../../../src/lib/extract/readCells.ts';
import { buildRows } from '../../../src/lib/extract/rows.ts';
import { tokenize } from '../../../src/lib/extract/tokenize.ts';

/** Table 三 row identity: 总计 (last) = the six applicant columns. */
const rowCheck = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];
const T3: ReadOptions = { rowCheck, zeroFill: true, totalFromPair: true };

const firstRow = (text: string) => buildRows(tokenize(text))[0]!;
const read = (text: string, n: number, options: ReadOptions = {}) =>
  readCells(firstRow(text), n, options);
/** `raw:status` per cell, `?` for an ambiguous cell. */
const show = (cells: Cell[]) =>
  cells.map((c) => (c.status === 'ambiguous' ? '?' : `${c.raw || '∅'}:${c.status}`)).join(' ');

describe('readCells', () => {
  it.each([
    {
      call: "readCells('予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |', 7) reads explicit cells as reported",
      text: '予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
      n: 7,
      options: T3,
      how: 'explicit',
      want: ['2:reported 1:reported 0:reported 0:reported 0:reported 0:reported 3:reported'],
    },
    {
      call: "readCells('规章 | 4 | - |  |', 3) keeps dash and blank cells in place",
      text: '规章 | 4 | - |  |',
      n: 3,
      options: {},
      how: 'explicit',
      want: ['4:reported -:dash ∅:blank'],
    },
    {
      call: "readCells('| 四、结转… | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |  |', 7) drops trailing empties past the last column",
      text: '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |  |  |',
      n: 7,
      options: T3,
      how: 'explicit',
      want: ['1:reported 0:reported 0:reported 0:reported 0:reported 0:reported 1:reported'],
    },
    {
      call: "readCells('予以公开 210000021', 7, rowCheck) splits a run with the row identity",
      text: '予以公开 210000021',
      n: 7,
      options: T3,
      how: 'split',
      want: ['21:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 21:resolved'],
    },
    {
      call: "readCells('予以公开 220000022', 7, rowCheck) keeps the two readings the identity allows",
      text: '予以公开 220000022',
      n: 7,
      options: T3,
      how: 'split',
      want: [
        '2:resolved 20:resolved 0:resolved 0:resolved 0:resolved 0:resolved 22:resolved',
        '22:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 22:resolved',
      ],
    },
    {
      call: "readCells('规章000', 3) has one split: forced",
      text: '规章000',
      n: 3,
      options: {},
      how: 'split',
      want: ['0:resolved 0:resolved 0:resolved'],
    },
    {
      call: "readCells('行政规范性文件77132470', 3) lists all 21 splits",
      text: '行政规范性文件77132470',
      n: 3,
      options: {},
      how: 'split',
      want: 21,
    },
    {
      call: "readCells('予以公开 99999999', 7, rowCheck) is ambiguous when no split passes the identity",
      text: '予以公开 99999999',
      n: 7,
      options: T3,
      how: 'split',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('予以公开 1 2 3 4 5 6 7 8', 7) overflows",
      text: '予以公开 1 2 3 4 5 6 7 8',
      n: 7,
      options: T3,
      how: 'overflow',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('规章 0', 3, {}) cannot place one number in three cells (E7)",
      text: '规章\n0\n',
      n: 3,
      options: {},
      how: 'dropped',
      want: ['? ? ?'],
    },
    {
      call: "readCells('1.属于国家秘密 0', 7, zeroFill) sets every cell to 0 (§4.5 a)",
      text: '1.属于国家秘密\n0\n',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved'],
    },
    {
      call: "readCells('予以公开 | 0 | 0 | ||||', 7, zeroFill) sets every cell to 0 (§4.5 a)",
      text: '予以公开 | 0 | 0 | ||||',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved 0:resolved'],
    },
    {
      call: "readCells('予以公开 0 0', 7) without zeroFill stays ambiguous",
      text: '予以公开 | 0 | 0 | ||||',
      n: 7,
      options: { rowCheck },
      how: 'dropped',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('一、本年新收… 3 3', 7, totalFromPair) knows only the total (§4.5 b)",
      text: '一、本年新收政府信息公开申请数量\n3\n3\n',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['? ? ? ? ? ? 3:resolved'],
    },
    {
      call: "readCells('予以公开 | 3 | 3 | ||||', 7) without totalFromPair stays ambiguous",
      text: '予以公开 | 3 | 3 | ||||',
      n: 7,
      options: { rowCheck, zeroFill: true },
      how: 'dropped',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('予以公开 | 5 | 3 | ||||', 7) with two different numbers stays ambiguous",
      text: '予以公开 | 5 | 3 | ||||',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('予以公开 2 1 3', 7) with three numbers stays ambiguous",
      text: '(一)予以公开\n2\n1\n3\n',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['? ? ? ? ? ? ?'],
    },
    {
      call: "readCells('予以公开', 7) with no cell at all is ambiguous",
      text: '予以公开 | ||||||',
      n: 7,
      options: T3,
      how: 'dropped',
      want: ['? ? ? ? ? ? ?'],
    },
  ])('$call', ({ text, n, options, how, want }) => {
    const result = read(text, n, options);
    expect(result.how).toBe(how);
    if (typeof want === 'number') expect(result.candidates).toHaveLength(want);
    else expect(result.candidates.map(show)).toEqual(want);
    for (const candidate of result.candidates) expect(candidate).toHaveLength(n);
  });

  it("readCells('予以公开 3 3', 7) explains the pair rule in its note", () => {
    expect(read('予以公开\n3\n3\n', 7, T3).note).toMatch(/total is 3/);
  });

  it("readCells('行政规范性文件5214310', 3) gives every split cell its span in the text", () => {
    const text = '行政规范性文件5214310';
    for (const candidate of read(text, 3).candidates)
      for (const cell of candidate) expect(text.slice(cell.start!, cell.end!)).toBe(cell.raw);
  });

  it("readCells('行政许可 | 109 | -3 | 44613 |', 3) keeps the sign inside the cell's span", () => {
    const text = '行政许可 | 109 | -3 | 44613 |';
    const result = read(text, 3);
    expect(result.candidates.map(show)).toEqual(['109:reported -3:reported 44613:reported']);
    const [, change] = result.candidates[0]!;
    expect(change).toMatchObject({ value: -3, raw: '-3' });
    expect(text.slice(change!.start!, change!.end!)).toBe('-3');
  });

  it("readCells('政府集中采购 6251000元', 2) puts the unit on the last part of the run only", () => {
    const result = read('政府集中采购 6251000元', 2);
    expect(result.how).toBe('split');
    for (const [first, last] of result.candidates) {
      expect(first!.unitRaw).toBe('');
      expect(last!.unitRaw).toBe('元');
    }
  });

  // Bug: E6's pipe run sits on its own line, the row never sees it, and two cells separated by
  // pipes are split as if run together: 1820 | 1820 becomes 1|8|2|0|1|8|20 (a value never printed
  // in any cell), instead of §4.5 (b): total 1820, the other six ambiguous.
  it("readCells(E6 '…数量 |\\n1820 |\\n1820 |\\n|||||||', 7) applies the pair rule", () => {
    const result = read('一、本年新收政府信息公开申请数量 |\n1820 |\n1820 |\n|||||||\n', 7, T3);
    expect(result.candidates.map(show)).toEqual(['? ? ? ? ? ? 1820:resolved']);
  });

  // Bug: cells delimited by `|` are split digit by digit when their digits happen to equal the
  // column count (the forced split ignores the row identity): `102 | 3 | 105` (dropped cells)
  // reads 1|0|2|3|1|0|5 although 1+0+2+3+1+0 ≠ 5; §4.5 says a row with dropped cells is ambiguous.
  it("readCells('(一)予以公开 | 102 | 3 | 105 |', 7) never splits a pipe-delimited cell", () => {
    const result = read('(一)予以公开 | 102 | 3 | 105 |', 7, T3);
    expect(result.candidates.map(show)).toEqual(['? ? ? ? ? ? ?']);
  });
});

describe('readCells and thousands separators', () => {
  // Bug: a number printed with a thousands separator is one cell, but the run splitter cuts it
  // (here the forced split 1|0|0|1|2|3|4), and the parts' offsets count digits without the comma,
  // so their spans point at the wrong characters (the part `2` of `1,234` spans the `,`).
  it("readCells('(一)予以公开 100 1,234', 7) never cuts a comma-grouped number", () => {
    const text = '(一)予以公开 100 1,234';
    const result = read(text, 7, T3);
    expect(result.candidates.map(show)).toEqual(['? ? ? ? ? ? ?']);
  });

  it("readCells('收费 | 12,345 |', 1) reads a comma-grouped number as one cell", () => {
    expect(read('收费 | 12,345 |', 1).candidates.map(show)).toEqual(['12,345:reported']);
  });
});

describe('tokenCell', () => {
  it.each([
    {
      call: "tokenCell('5125.11')",
      text: '收费 | 5125.11 |',
      want: { value: 5125.11, status: 'reported', raw: '5125.11', unitRaw: '' },
    },
    {
      call: "tokenCell('251000元')",
      text: '采购 | 251000元 |',
      want: { value: 251000, status: 'reported', raw: '251000元', unitRaw: '元' },
    },
    {
      call: "tokenCell('-3')",
      text: '许可 | -3 |',
      want: { value: -3, status: 'reported', raw: '-3', unitRaw: '' },
    },
    {
      call: "tokenCell('12,345')",
      text: '许可 | 12,345 |',
      want: { value: 12345, status: 'reported', raw: '12,345', unitRaw: '' },
    },
    {
      call: "tokenCell('-')",
      text: '许可 | - |',
      want: { value: null, status: 'dash', raw: '-', unitRaw: '' },
    },
    {
      call: "tokenCell('  ')",
      text: '许可 | 1 |  |',
      want: { value: null, status: 'blank', raw: '', unitRaw: '' },
    },
  ])('$call', ({ text, want }) => {
    const cells = firstRow(text).cells;
    expect(tokenCell(cells.at(-1)!)).toMatchObject(want);
  });
});
