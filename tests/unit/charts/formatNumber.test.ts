import { expect, test } from 'vitest';
import { formatValue, shareOrCount } from '../../../src/lib/charts/formatNumber.ts';
import { withShares } from '../../../src/lib/charts/shares.ts';

test.each([
  [2841, '2841'],
  [5125.11, '5125.11'],
  [-3, '−3'],
  [0, '0'],
  [null, ''],
])('formatValue(%j) is %j', (v, want) => {
  expect(formatValue(v)).toBe(want);
});

test('shareOrCount shows counts when the total is below 10', () => {
  expect(shareOrCount(3, 9)).toEqual({ text: '3', isShare: false });
  expect(shareOrCount(5, 20)).toEqual({ text: '25%', isShare: true });
  expect(shareOrCount(null, 20)).toEqual({ text: '', isShare: false });
});

test('withShares divides by the group total and leaves NULL as NULL', () => {
  const out = withShares(
    [
      { g: 1, value: 1 },
      { g: 1, value: 3 },
      { g: 1, value: null },
      { g: 2, value: 0 },
    ],
    (r) => r.g,
  );
  expect(out.map((r) => r.share)).toEqual([0.25, 0.75, null, null]);
});
