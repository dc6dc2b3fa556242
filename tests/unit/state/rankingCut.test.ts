import { expect, test } from 'vitest';
import { rankingCut } from '../../../src/lib/state/rankingCut.ts';

const rows = Array.from({ length: 8 }, (_, i) => ({ body_key: `b${i}` }));
const keys = (xs: { row: { body_key: string }; index: number }[]) =>
  xs.map((x) => `${x.row.body_key}@${x.index}`);

test('a ranking no longer than max is drawn whole', () => {
  expect(keys(rankingCut(rows, [], 8))).toEqual(rows.map((r, i) => `${r.body_key}@${i}`));
});

test('a long ranking draws the first max, then each chosen body at its own rank', () => {
  expect(keys(rankingCut(rows, ['b6', 'b1'], 3))).toEqual(['b0@0', 'b1@1', 'b2@2', 'b6@6']);
});

test('a chosen body absent from the ranking adds nothing', () => {
  expect(keys(rankingCut(rows, ['nowhere'], 2))).toEqual(['b0@0', 'b1@1']);
});
