import { describe, expect, it } from 'vitest';
import { row } from '../../../../src/lib/synth/figures/values.ts';
import { TEXT_TABLES, type TextStyle } from '../../../../src/lib/synth/render/textTables.ts';
import { TextWriter } from '../../../../src/lib/synth/render/writer.ts';
import type { SynthCell, SynthTable } from '../../../../src/lib/synth/types.ts';

const c = (metric: string, value: number, printed = String(value)): SynthCell => ({
  metric,
  applicant: 'all',
  period: 'year',
  value,
  printed,
});

/** Table 二 (八) of 2021, one data row: a title, a header row, a label and its cell. */
const table: SynthTable = {
  kind: 'T2',
  blocks: [
    {
      title: '第二十条第（八）项',
      header: [
        [
          { text: '信息内容', colspan: 1 },
          { text: '本年收费金额', colspan: 1 },
        ],
      ],
      rows: [row(['行政事业性收费'], [c('t2_fee_amount', 12.5)])],
      labelColumns: 1,
    },
  ],
};

const render = (style: TextStyle, t = table) => {
  const w = new TextWriter();
  TEXT_TABLES[style](w, t);
  return w;
};

describe('TEXT_TABLES', () => {
  it.each([
    ['cellPerLine', '第二十条第（八）项\n\n信息内容\n\n本年收费金额\n\n行政事业性收费\n\n12.5\n\n'],
    [
      'trailingPipe',
      '第二十条第（八）项 |\n信息内容 |\n本年收费金额 |\n行政事业性收费 |\n12.5 |\n',
    ],
    [
      'pipeLine',
      '第二十条第（八）项\n|\n信息内容\n|\n本年收费金额\n|\n行政事业性收费\n|\n12.5\n|\n',
    ],
    ['pipes', '第二十条第（八）项 |\n信息内容 | 本年收费金额 |\n行政事业性收费 | 12.5 |\n'],
    [
      'markdown',
      '| 第二十条第（八）项 |  |\n| 信息内容 | 本年收费金额 |\n|---|---|\n| 行政事业性收费 | 12.5 |\n\n',
    ],
    ['spaced', '第二十条第（八）项\n信息内容 本年收费金额\n行政事业性收费 12.5\n'],
    ['oneLine', '第二十条第（八）项 信息内容 本年收费金额 行政事业性收费 12.5 '],
  ] as const)('%s flattens the table as real pages do', (style, expected) => {
    expect(render(style).text()).toBe(expected);
  });

  it.each(Object.keys(TEXT_TABLES) as TextStyle[])(
    '%s: the writer knows where the cell went',
    (style) => {
      const w = render(style);
      const [placed] = w.cells;
      expect(w.text().slice(placed!.start, placed!.end)).toBe('12.5');
    },
  );

  it('an empty cell between ` | ` is placed on the spaces around it (as the reader tokenises it)', () => {
    const blank: SynthTable = {
      ...table,
      blocks: [
        { ...table.blocks[0]!, rows: [row(['行政事业性收费'], [c('t2_fee_amount', 0, '')])] },
      ],
    };
    const w = render('pipes', blank);
    expect(w.text()).toContain('行政事业性收费 |  |');
    expect(w.text().slice(w.cells[0]!.start, w.cells[0]!.end)).toBe('  ');
  });
});
