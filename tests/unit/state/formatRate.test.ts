import { describe, expect, test } from 'vitest';
import {
  ratePointLabels,
  rateText,
  rateValueText,
  type RateFigures,
} from '../../../src/lib/rates/formatRate.ts';

const countOnly = (num: string, den: string) => `${num}/${den} (n too small)`;
const share = { unit: 'share' } as const;
const per100 = { unit: 'per100' } as const;

describe('rateText', () => {
  test.each([
    [share, { value: 0.075, value_status: 'rate', numerator: 3, denominator: 40 }, '7.5% (n=40)'],
    [per100, { value: 4, value_status: 'rate', numerator: 2, denominator: 50 }, '4 (n=50)'],
    [
      share,
      { value: null, value_status: 'small_n', numerator: 1, denominator: 4 },
      '1/4 (n too small)',
    ],
    [share, { value: null, value_status: 'zero_denominator', numerator: 0, denominator: 0 }, 'n=0'],
    [share, { value: null, value_status: 'missing', numerator: null, denominator: 30 }, ''],
    [share, { value: 0, value_status: 'imputed_zero', numerator: 0, denominator: 20 }, '0% (n=20)'],
  ] as const)('rateText(%j, %j) is %s', (rate, figures, want) => {
    expect(rateText(rate, figures, countOnly)).toBe(want);
  });

  test('rateValueText(per100, 3.3333) rounds to two decimals', () => {
    expect(rateValueText(per100, 10 / 3)).toBe('3.33');
  });
});

test('ratePointLabels: n under a point, the count below the minimum n, nothing without a denominator', () => {
  const row = (body_key: string, report_year: number, f: Partial<RateFigures>) => ({
    body_key,
    report_year,
    value: null,
    value_status: 'ok',
    ...f,
  });
  const labels = ratePointLabels([
    row('a', 2020, { value: 0.25, numerator: 10, denominator: 40 }),
    row('a', 2021, { value_status: 'small_n', numerator: 1, denominator: 4 }),
    row('b', 2020, { value_status: 'missing' }),
  ]);
  expect([...labels]).toEqual([
    ['a|2020', 'n=40'],
    ['a|2021', '1/4'],
  ]);
});
