import { expect, test } from 'vitest';
import { pivotRows, stackRows } from '../../../src/lib/charts/stackLayout.ts';

test('stackRows(normalize) makes every bar end at 1 and skips NULL categories', () => {
  const [bar] = stackRows(
    [{ key: 'k', label: 'k', values: { a: 1, b: 3, c: null } }],
    ['a', 'b', 'c'],
    true,
  );
  expect(bar!.segments.map((s) => [s.category, s.x0, s.x1])).toEqual([
    ['a', 0, 0.25],
    ['b', 0.25, 1],
  ]);
  expect(bar!.unknown).toEqual(['c']);
  expect(bar!.total).toBe(4);
});

test('stackRows(counts) stacks in units', () => {
  const [bar] = stackRows([{ key: 'k', label: 'k', values: { a: 2, b: 5 } }], ['a', 'b'], false);
  expect(bar!.segments.at(-1)!.x1).toBe(7);
});

test('pivotRows groups long rows by key in first-seen order', () => {
  const rows = [
    { k: 'x', c: 'a', v: 1 },
    { k: 'y', c: 'a', v: 2 },
    { k: 'x', c: 'b', v: 3 },
  ];
  const out = pivotRows(
    rows,
    (r) => r.k,
    (r) => r.k.toUpperCase(),
    (r) => r.c,
    (r) => r.v,
  );
  expect(out).toEqual([
    { key: 'x', label: 'X', values: { a: 1, b: 3 } },
    { key: 'y', label: 'Y', values: { a: 2 } },
  ]);
});
