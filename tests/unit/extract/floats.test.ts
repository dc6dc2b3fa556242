/**
 * Floating cells (METRICS.md §4.5): text converted from PDF by other tools prints a table a row a
 * line, and leaves a cell alone on a line a few lines above (or below) its row. The float goes to
 * the one neighbour row short of one cell, and only where the identities leave it one place.
 */
import { describe, expect, it } from 'vitest';
import { readCells, type Cell, type ReadOptions } from '../../../src/lib/extract/readCells.ts';
import { readT4 } from '../../../src/lib/extract/readT4.ts';
import { buildRows, placeFloats, rowLabel, type RawRow } from '../../../src/lib/extract/rows.ts';
import { tokenize } from '../../../src/lib/extract/tokenize.ts';

const rowCheck = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];
const T3: ReadOptions = { rowCheck, zeroFill: true, totalFromPair: true };

/** `raw:status` per cell, `?` for an ambiguous cell. */
const show = (cells: Cell[]) =>
  cells.map((c) => (c.status === 'ambiguous' ? '?' : `${c.raw}:${c.status}`)).join(' ');

/** Rows of a text, each as `label: cells ^above ^below`. */
function rowsOf(text: string): string[] {
  return buildRows(tokenize(text))
    .filter((r) => r.cells.length)
    .map((r) => {
      const nums = r.cells.map((c) => c.text).join(' ');
      const above = (r.floatsAbove ?? []).map((t) => ` ^${t.text}`).join('');
      const below = (r.floatsBelow ?? []).map((t) => ` v${t.text}`).join('');
      return `${rowLabel(r).trim()}: ${nums}${above}${below}`;
    });
}

/** Read each data row of `text` with `n` cells, the floats placed as a reader places them. */
function readAll(text: string, n: number, options: ReadOptions = {}): string[][] {
  const rows = buildRows(tokenize(text)).filter((r) => r.cells.length);
  const floats = placeFloats(rows, () => n);
  return rows.map((row: RawRow) =>
    readCells(row, n, {
      ...options,
      float: floats.taken.get(row),
      floatNearby: floats.unplaced.has(row),
    }).candidates.map(show),
  );
}

const LAYOUT = [
  '一、本年新收政府信息公开申请数量        120    6    0    1    2    1    130',
  '二、上年结转政府信息公开申请数量          4    0    0    0    0    0      4',
  '                                                                       54',
  '      (一)予以公开                       50    3    0    0    1    0',
].join('\n');

describe('buildRows with a floating cell', () => {
  it.each([
    {
      call: 'buildRows: a number alone on a line above a row is a float beside its neighbours, not a cell',
      text: LAYOUT,
      want: [
        '一、本年新收政府信息公开申请数量: 120 6 0 1 2 1 130',
        '二、上年结转政府信息公开申请数量: 4 0 0 0 0 0 4 v54',
        '(一)予以公开: 50 3 0 0 1 0 ^54',
      ],
    },
    {
      call: 'buildRows: a table printed a cell a line has no floats (every number is alone)',
      text: '规章\n\n0\n\n0\n\n1\n\n行政规范性文件\n\n5\n\n2\n\n30\n',
      want: ['规章: 0 0 1', '行政规范性文件: 5 2 30'],
    },
    {
      call: 'buildRows: a float far from every row belongs to none',
      text: ['规章 1 0 11', '7', '', '', '', '', '', '', '', '行政规范性文件 8 26'].join('\n'),
      want: ['规章: 1 0 11 v7', '行政规范性文件: 8 26'],
    },
  ])('$call', ({ text, want }) => {
    expect(rowsOf(text)).toEqual(want);
  });
});

describe('placeFloats and readCells', () => {
  it('the total printed a line above its row: the row identity leaves it one place', () => {
    const [first, second, third] = readAll(LAYOUT, 7, T3);
    expect(first).toEqual([
      '120:reported 6:reported 0:reported 1:reported 2:reported 1:reported 130:reported',
    ]);
    expect(second).toEqual([
      '4:reported 0:reported 0:reported 0:reported 0:reported 0:reported 4:reported',
    ]);
    expect(third).toEqual([
      '50:resolved 3:resolved 0:resolved 0:resolved 1:resolved 0:resolved 54:resolved',
    ]);
  });

  it('an applicant cell printed above its row: six places satisfy the row identity, all kept for the column identities', () => {
    const text = [
      '      2',
      '1.本机关不掌握相关政府信息   20   0   0   0   1   23',
      '2.没有现成信息需要另行制作 2 0 0 0 0 0 2',
    ].join('\n');
    const [row] = readAll(text, 7, T3);
    expect(row).toHaveLength(6);
    expect(row).toContain(
      '20:resolved 2:resolved 0:resolved 0:resolved 0:resolved 1:resolved 23:resolved',
    );
    expect(row!.some((c) => c.startsWith('2:resolved 20:resolved'))).toBe(true);
  });

  it('negative twin: a float between two rows that each lack a cell goes to neither', () => {
    const text = [
      '8.属于行政查询事项   4   0   0   0   0   4',
      '      2',
      '1.本机关不掌握相关政府信息   20   0   0   0   1   23',
    ].join('\n');
    expect(readAll(text, 7, T3)).toEqual([['? ? ? ? ? ? ?'], ['? ? ? ? ? ? ?']]);
  });

  it('a float no place for which satisfies the row identity leaves the row ambiguous', () => {
    const text = [
      '        9',
      '(一)予以公开   50   3   0   0   1   54',
      '(二)部分公开 1 0 0 0 0 0 1',
    ].join('\n');
    expect(readAll(text, 7, T3)[0]).toEqual(['? ? ? ? ? ? ?']);
  });

  it('table 二 (no identity): a floating 0 into 0 0 is 0 0 0 wherever it goes', () => {
    const text = [
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '           0',
      '规章   0   0',
      '行政规范性文件 5 1 37',
    ].join('\n');
    expect(readAll(text, 3)[0]).toEqual(['0:resolved 0:resolved 0:resolved']);
  });

  it('negative twin: table 二 with a floating 3 beside 0 0 keeps its three places (no identity picks one)', () => {
    const text = [
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '           3',
      '规章   0   0',
      '行政规范性文件 5 1 37',
    ].join('\n');
    expect(readAll(text, 3)[0]).toEqual([
      '3:resolved 0:resolved 0:resolved',
      '0:resolved 3:resolved 0:resolved',
      '0:resolved 0:resolved 3:resolved',
    ]);
  });

  it('without a float, the same short row is split as before (0 11 -> 0|1|1 is the only split)', () => {
    expect(readAll('规章 0 11\n行政规范性文件 5 1 37', 3)[0]).toEqual([
      '0:resolved 1:resolved 1:resolved',
    ]);
  });

  it('with a float, that split stays one reading among the float’s places', () => {
    const rows = readAll('          1\n规章 0 11\n行政规范性文件 5 1 37', 3)[0]!;
    expect(rows).toHaveLength(4);
    expect(rows).toContain('1:resolved 0:resolved 11:resolved');
    expect(rows).toContain('0:resolved 1:resolved 1:resolved');
  });
});

describe('readT4 with a floating cell', () => {
  const t4 = (cells: string) =>
    readT4(
      tokenize(
        `四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计\n${cells}\n五、存在的主要问题`,
      ),
      999,
    ).read!;

  it('readT4: the 行政复议 total printed above the row has one place under the group identities', () => {
    const read = t4('        6\n3 1 2 0 2 0 1 1 4 1 0 0 0 1');
    expect(read.candidates.map(show)).toEqual([
      ['3', '1', '2', '0', '6', '2', '0', '1', '1', '4', '1', '0', '0', '0', '1']
        .map((v) => `${v}:resolved`)
        .join(' '),
    ]);
  });

  it('negative twin: a floating 1 that fits four places of 行政复议 keeps them all', () => {
    expect(t4('      1\n0 0 0 1 2 0 1 1 4 1 0 0 0 1').candidates).toHaveLength(4);
  });

  it('a row printed a cell a line has no float', () => {
    const read = t4(
      ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'].join('\n'),
    );
    expect(read.how).toBe('explicit');
  });
});
