import { describe, expect, test } from 'vitest';
import { compareMarks, countMap, markTitle } from '../../../src/lib/state/anomalyMarks.ts';

const counts = countMap([
  { report_id: 'erdao-2017', n: 2, rank: 0, types: 'identity,text_vs_table' },
  { report_id: 'jjpq-2024', n: 1, rank: 1, types: 'continuity' },
]);

describe('markTitle', () => {
  test.each([
    ['zh', '2 项异常（最高：高）：恒等式不成立、正文与统计表不符'],
    ['en', '2 anomalies (highest: high): identity fails, text vs table'],
  ] as const)('markTitle(erdao-2017, %s)', (lang, want) => {
    expect(markTitle(counts.get('erdao-2017')!, lang)).toBe(want);
  });
});

describe('compareMarks', () => {
  const rows = [
    { body_key: '二道区', body_name: '二道区人民政府', report_year: 2017, report_id: 'erdao-2017' },
    { body_key: '二道区', body_name: '二道区人民政府', report_year: 2018, report_id: 'erdao-2018' },
    { body_key: '金井', body_name: '金井片区', report_year: 2024, report_id: 'jjpq-2024' },
  ];

  test('compareMarks keys the points whose report has anomalies by body and year', () => {
    const marks = compareMarks(rows, counts, 'zh');
    expect([...marks.keys()]).toEqual(['二道区|2017', '金井|2024']);
    expect(marks.get('金井|2024')).toBe('金井片区 2024: 1 项异常（最高：中）：与上年不衔接');
  });

  test('compareMarks before the counts arrive is empty', () => {
    expect(compareMarks(rows, null, 'zh').size).toBe(0);
  });
});
