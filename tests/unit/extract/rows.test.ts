import { describe, expect, it } from 'vitest';
import { buildRows, rowLabel, rowNumbers, type RawRow } from '../../../src/lib/extract/rows.ts';
import { tokenize } from '../../../src/lib/extract/tokenize.ts';

/** Compact view of rows: `label: cell cell` with `∅` for blanks, `-` for dashes, `~n` soft runs. */
function show(rows: RawRow[]): string[] {
  return rows.map((row) => {
    const cells = row.cells.map((c) =>
      c.kind === 'num' ? c.text : c.emptyKind === 'dash' ? '-' : '∅',
    );
    const soft = row.softEmpties ? [`~${row.softEmpties}`] : [];
    return `${rowLabel(row).replace(/\s+/g, ' ').trim()}: ${[...cells, ...soft].join(' ')}`.trim();
  });
}

const rows = (text: string) => show(buildRows(tokenize(text)));

describe('buildRows(tokenize(text))', () => {
  it.each([
    {
      call: 'buildRows: one cell per line with blank lines (E1, E13)',
      text: '第二十条 第(八)项\n\n信息内容\n\n本年收费金额(单位:万元)\n\n行政事业性收费\n\n5125.11\n',
      want: ['第二十条 第(八)项信息内容本年收费金额(单位:万元)行政事业性收费: 5125.11'],
    },
    {
      call: "buildRows: ' | ' separated rows with row-span group labels (E11)",
      text: [
        '一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |',
        '三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
        '(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
      want: [
        '一、本年新收政府信息公开申请数量: 58 7 0 0 1 0 66',
        '三、本年度办理结果(一)予以公开: 2 1 0 0 0 0 3',
        '(三)不予公开1.属于国家秘密: 0 0 0 0 0 0 0',
      ],
    },
    {
      call: "buildRows: trailing ' |' cells, one per line (E5)",
      text: '信息内容 |\n本年新 |\n行政许可 |\n109 |\n-3 |\n44613 |\n行政处罚 |\n5 |\n0 |\n12 |\n',
      want: ['信息内容本年新行政许可: 109 -3 44613', '行政处罚: 5 0 12'],
    },
    {
      call: 'buildRows: markdown rows are rows of their own, separators ignored (E4)',
      text: '| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |  | 0 |  |\n| 规范性文件 | 13 | 0 | 55 |\n',
      want: ['信息内容本年制发件数:', '规章: 0 ∅ 0 ∅', '规范性文件: 13 0 55'],
    },
    {
      call: 'buildRows: a markdown row without a label is an orphan row, not the tail of the previous one',
      text: '| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|---|---|\n| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n',
      want: ['3.危及“三安全一稳定”: 0 0 0 0 0 0 0', ': 1 0 0 0 0 0 1'],
    },
    {
      call: 'buildRows: space-separated cells (pre2019 local tables)',
      text: '主动公开信息数 条 630 2146 其中:1.网站公开 条 600 2050 2.政府公报公开 条 30 96',
      want: [
        '主动公开信息数 条: 630 2146',
        '其中:1.网站公开 条: 600 2050',
        '2.政府公报公开 条: 30 96',
      ],
    },
    {
      call: 'buildRows: cells run together',
      text: '规章000行政规范性文件77132470第二十条第(五)项信息内容本年处理决定数量行政许可10690',
      want: [
        '规章: 000',
        '行政规范性文件: 77132470',
        '第二十条第(五)项信息内容本年处理决定数量行政许可: 10690',
      ],
    },
    {
      call: 'buildRows: a run followed by the next row’s item number',
      text: '(三)不予公开 1.属于国家秘密00000002.其他法律行政法规禁止公开 0000000',
      want: ['(三)不予公开 1.属于国家秘密: 0000000', '2.其他法律行政法规禁止公开: 0000000'],
    },
    {
      call: 'buildRows: dash and blank cells stay in the row (E8)',
      text: '行政强制 | 4 | 4 | - | ||\n',
      want: ['行政强制: 4 4 - ∅ ~1'],
    },
    {
      call: 'buildRows: a label note on its own line joins its label (E1)',
      text: '(一) 主动公开政府信息数\n\n(不同渠道和方式公开相同信息计1条)\n\n条\n\n4156\n',
      want: ['(一) 主动公开政府信息数(不同渠道和方式公开相同信息计1条)条: 4156'],
    },
  ])('$call', ({ text, want }) => {
    expect(rows(text)).toEqual(want);
  });

  it('buildRows numbers rows in order and rowNumbers keeps only numbers', () => {
    const built = buildRows(tokenize('行政强制 | 4 | - | 6 |\n行政处罚 | 1 | 2 | 3 |'));
    expect(built.map((r) => r.index)).toEqual([0, 1]);
    expect(rowNumbers(built[0]!).map((t) => t.digits)).toEqual(['4', '6']);
  });

  it('buildRows([]) is empty', () => {
    expect(buildRows([])).toEqual([]);
  });

  // Bug: a line holding only `|` counts as a markdown row (it starts and ends with `|`), so its row
  // breaks separate every label from the cells after it and table 二 of E12 loses all its values.
  it("buildRows: a '|' on its own line between cells (E12) keeps the label with its cells", () => {
    expect(rows('行政许可\n|\n0\n|\n第二十条第(六)项\n|\n行政处罚\n|\n12\n')).toEqual([
      '行政许可: 0',
      '第二十条第(六)项行政处罚: 12',
    ]);
  });

  // Bug: the `|||||||` line after E6's trailing-pipe cells is a row of its own, so the row that
  // dropped its cells never sees the pipe run (softEmpties 0) and readCells treats `3 | 3` as
  // cells run together instead of dropped cells.
  it("buildRows: E6's run of pipes after the cells belongs to their row", () => {
    expect(rows('一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|||||||\n')).toEqual([
      '一、本年新收政府信息公开申请数量: 3 3 ~6',
    ]);
  });
});
