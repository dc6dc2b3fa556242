import { describe, expect, it } from 'vitest';
import { readT4 } from '../../../src/lib/extract/readT4.ts';
import { tokenize } from '../../../src/lib/extract/tokenize.ts';

const HEADING = '四、政府信息公开行政复议、行政诉讼情况';
const read = (body: string) =>
  readT4(tokenize(`${HEADING}\n${body}\n五、存在的主要问题`), 999).read!;
const values = (body: string) => read(body).candidates[0]!.map((c) => c.value);
const lines = (...parts: (string | number)[][]) => parts.flat().join('\n');

/** Table 四 as pdftotext prints jiangsu-huaian-shizhengfu-2024.pdf: header pieces between cells. */
const shuffledLayout = (c: number[]) =>
  lines(
    [
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '结果',
      '结果',
      '其他结',
      '尚未',
      '维持',
      '纠正',
      '果',
      '审结',
      '总计',
    ],
    c.slice(0, 4),
    [
      '结 果',
      '结果',
      '其他',
      '复议后起诉',
      '尚未',
      '结果',
      '结果',
      '其他',
      '尚未审',
      '维持',
      '纠正',
      '结果',
      '结',
    ],
    c.slice(10, 14),
    ['总计', c[4]!, '维持', '纠正', '结果', '审结'],
    c.slice(5, 10),
    ['总计', c[14]!],
  );

describe('readT4 and header cells stacked a piece a line', () => {
  it('readT4(header one character per line, then the 15 cells) reads them in order', () => {
    const header = ['行政复议', '行政诉讼', '结果维持', '未经复议直接起诉', '复议后起诉', '总计']
      .flatMap((w) => [...w])
      .join('\n');
    const cells = [2, 0, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    expect(values(`${header}\n${cells.join('\n')}`)).toEqual(cells);
  });

  it('readT4(header pieces between the cells, as pdftotext prints shizhengfu-2024) keeps no value', () => {
    const result = read(shuffledLayout([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]));
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]!.every((c) => c.status === 'ambiguous' && c.value === null)).toBe(
      true,
    );
    expect(result.note).toMatch(/out of column order/);
  });

  it('the same layout with every cell 0 reads 0 everywhere (the order does not matter)', () => {
    expect(values(shuffledLayout(Array(15).fill(0)))).toEqual(Array(15).fill(0));
  });

  it('negative twin: 复议 and 诉讼 printed as two tables, each under its own header, stay in order', () => {
    const text = lines(
      ['行政复议', '结果维持 结果纠正 其他结果 尚未审结 总计', '1 0 0 0 1'],
      [
        '行政诉讼',
        '未经复议直接起诉 复议后起诉',
        '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
      ],
      ['0 0 1 0 1 0 0 0 2 2'],
    );
    expect(values(text)).toEqual([1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 2, 2]);
  });
});
