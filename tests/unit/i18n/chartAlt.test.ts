import { expect, test } from 'vitest';
import { chartAlt } from '../../../src/lib/i18n/chartAlt.ts';
import { formatShare } from '../../../src/lib/charts/formatNumber.ts';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const lines = [
  { label: 'A', year: 2017, value: 12 },
  { label: 'A', year: 2018, value: null },
  { label: 'A', year: 2019, value: 40 },
  { label: 'B', year: 2017, value: 3 },
  { label: 'B', year: 2019, value: 7 },
];

test('chartAlt(line, en) names the kind, measure, bodies, years, extremes and gaps', () => {
  expect(
    chartAlt({ kind: 'line', measure: 'Requests received (requests)', values: lines }, 'en'),
  ).toBe(
    'Line chart of Requests received (requests); A, B; 2017–2019; highest A (2019): 40, lowest B (2017): 3; 1 without a figure.',
  );
});

test('chartAlt(line, zh) says the same in Chinese', () => {
  expect(chartAlt({ kind: 'line', measure: '收到申请数（件）', values: lines }, 'zh')).toBe(
    '折线图：收到申请数（件）；A、B；2017–2019 年；最高：A 2019 年 40，最低：B 2017 年 3；1 处没有数值。',
  );
});

test('chartAlt(bar) of one year without years, with a share format', () => {
  const text = chartAlt(
    {
      kind: 'bar',
      measure: 'Refusal rate (%) · 2023',
      values: [
        { label: 'A', value: 0.062 },
        { label: 'B', value: 0.5 },
      ],
      format: formatShare,
    },
    'en',
  );
  expect(text).toBe('Bar chart of Refusal rate (%) · 2023; A, B; highest B: 50%, lowest A: 6.2%.');
});

test('chartAlt counts the names past four and lists categories', () => {
  const values = ['A', 'B', 'C', 'D', 'E'].map((label, i) => ({ label, year: 2020, value: i }));
  const text = chartAlt(
    { kind: 'stack', measure: 'Outcomes', values, categories: ['Granted', 'Refused'] },
    'en',
  );
  expect(text).toContain('A, B, C, D and 5 in all');
  expect(text).toContain('2 categories: Granted, Refused');
  expect(text).toContain('highest E (2020): 4, lowest A (2020): 0');
});

test('chartAlt(heatmap) lists the owners once and names the cell of the extremes', () => {
  const values = [
    { label: 'A', detail: 'State secret', year: 2020, value: 1 },
    { label: 'A', detail: 'Process info', year: 2020, value: 9 },
    { label: 'B', detail: 'State secret', year: 2020, value: null },
  ];
  expect(chartAlt({ kind: 'heatmap', measure: 'Refusals', values }, 'en')).toBe(
    'Heatmap of Refusals; A, B; 2020; highest A · Process info (2020): 9, lowest A · State secret (2020): 1; 1 without a figure.',
  );
});

test('chartAlt of one figure and of none', () => {
  expect(
    chartAlt({ kind: 'heatmap', measure: 'X', values: [{ label: 'A', value: 5 }] }, 'en'),
  ).toBe('Heatmap of X; A; value A: 5.');
  expect(chartAlt({ kind: 'multiples', measure: 'X', values: [] }, 'en')).toBe(
    'Small multiples of X, one panel per body: no data in the selected range.',
  );
});

test.each(['line', 'bar', 'stack', 'heatmap', 'multiples'] as const)(
  'chartAlt(%s, en) has no Chinese of its own',
  (kind) => {
    expect(chartAlt({ kind, measure: 'M', values: lines, categories: ['c'] }, 'en')).not.toMatch(
      CJK,
    );
  },
);
