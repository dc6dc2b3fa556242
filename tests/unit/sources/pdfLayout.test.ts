import { describe, expect, it } from 'vitest';
import { layoutPage, layoutPdf, type PdfItem } from '../../../src/lib/sources/pdfLayout.ts';

const item = (text: string, x: number, y: number, size = 10): PdfItem => ({
  text,
  x,
  y,
  width: text.length * size * (/^[\d.]+$/.test(text) ? 0.5 : 1),
  size,
});
const page = (items: PdfItem[]) => ({ width: 595, height: 842, items });

describe('layoutPage', () => {
  it('layoutPage(row) writes a table row as separate cells in x order', () => {
    const row = [
      item('一、本年新收政府信息公开申请数量', 77, 400),
      ...['21', '0', '0', '0', '0', '0', '21'].map((n, i) => item(n, 320 + i * 28, 399)),
    ];
    expect(layoutPage(page(row.reverse()))).toEqual([
      '| 一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21 |',
    ]);
  });

  it('layoutPage(wrapped label) joins label lines above and below the numbers into the row label', () => {
    const items = [
      item('（二）部分公开（区分处理的，只计这一情', 100, 410),
      item('形，不计其他情形）', 100, 396),
      ...['4', '0', '0', '0', '0', '0', '4'].map((n, i) => item(n, 320 + i * 28, 403)),
    ];
    expect(layoutPage(page(items))).toEqual([
      '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 | 0 | 0 | 0 | 0 | 0 | 4 |',
    ]);
  });

  it('layoutPage(page numbers) drops `- 3 -` in the bottom margin', () => {
    const lines = layoutPage(
      page([
        item('一、总体情况', 80, 700),
        item('-', 290, 30),
        item('3', 297, 30),
        item('-', 304, 30),
      ]),
    );
    expect(lines).toEqual(['一、总体情况']);
  });

  it('layoutPage(split number) joins touching items: `1` + `1` is 11', () => {
    const items = [
      item('规章', 78, 281),
      item('1', 249, 280),
      item('0', 341, 280),
      item('1', 421, 280),
      { ...item('1', 426, 280), x: 426 },
    ];
    items[3]!.width = 5;
    expect(layoutPage(page(items))).toEqual(['| 规章 | 1 | 0 | 11 |']);
  });

  it('layoutPage(empty cells) in a wide table marks the missing columns empty', () => {
    const full = ['1', '0', '0', '0', '0', '0', '1'].map((n, i) => item(n, 320 + i * 28, 420));
    const sparse = [item('2', 320, 400), item('2', 320 + 6 * 28, 400)];
    const lines = layoutPage(
      page([item('一、本年新收', 77, 420), ...full, item('二、上年结转', 77, 400), ...sparse]),
    );
    expect(lines[1]).toBe('| 二、上年结转 | 2 |   |   |   |   |   | 2 |');
  });

  it('layoutPage(prose) keeps a sentence with a number as text, not a table row', () => {
    const lines = layoutPage(
      page([
        item('全年共受理申请', 80, 600),
        item('21', 160, 600),
        item('件，均已答复。', 172, 600),
      ]),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^全年共受理申请 21 ?件，均已答复。$/);
  });
});

describe('layoutPdf across pages', () => {
  const cells = (values: string[], y: number) => values.map((n, i) => item(n, 320 + i * 28, y));
  const title = (y: number) => item('示例区2021年政府信息公开工作年度报告', 150, y);

  it('layoutPdf(running header) drops the title repeated on top of every page', () => {
    const text = layoutPdf([
      page([title(800), item('一、总体情况', 80, 700)]),
      page([title(800), item('二、主动公开政府信息情况', 80, 700)]),
    ]);
    expect(text).toBe('一、总体情况\n二、主动公开政府信息情况');
  });

  it('layoutPdf(title on the first page only) keeps it', () => {
    const text = layoutPdf([
      page([title(800), item('一、总体情况', 80, 700)]),
      page([item('二、主动公开政府信息情况', 80, 700)]),
    ]);
    expect(text).toContain('示例区2021年政府信息公开工作年度报告');
  });

  it('layoutPdf(row across a page break) gives the numbers at the head of a page the label at the foot of the one before', () => {
    const text = layoutPdf([
      page([
        item('（一）予以公开', 77, 120),
        ...cells(['27', '0', '0', '2', '0', '1', '30'], 119),
        item('（二）部分公开', 77, 80),
      ]),
      page([
        ...cells(['5', '0', '0', '0', '0', '0', '5'], 780),
        item('（三）不予公开', 77, 740),
        ...cells(['0', '0', '0', '0', '0', '0', '0'], 739),
      ]),
    ]);
    expect(text.split('\n')).toEqual([
      '| （一）予以公开 | 27 | 0 | 0 | 2 | 0 | 1 | 30 |',
      '| （二）部分公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
      '| （三）不予公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    ]);
  });

  it('negative twin: a page ending in prose gives the next page no label', () => {
    const text = layoutPdf([
      page([item('本年度共收到申请5件，均已办结。', 77, 80)]),
      page([...cells(['5', '0', '0', '0', '0', '0', '5'], 780)]),
    ]);
    expect(text.split('\n')).toEqual([
      '本年度共收到申请5件，均已办结。',
      '| 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
    ]);
  });
});
