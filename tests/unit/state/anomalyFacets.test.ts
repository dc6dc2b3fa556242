import { describe, expect, test } from 'vitest';
import {
  anomalyBodies,
  anomalyYears,
  countBy,
  toggleFilter,
} from '../../../src/lib/state/anomalyFacets.ts';
import { anomaly } from './anomalyRow.ts';

const rows = [
  anomaly({ body_key: 'b', issuing_body: '乙局', report_year: 2016, type: 'gap', severity: 'low' }),
  anomaly({ body_key: 'a', issuing_body: '甲旧名', report_year: 2012 }),
  anomaly({ body_key: 'a', issuing_body: '甲新名', report_year: 2013, type: 'jump' }),
  anomaly({ body_key: 'a', issuing_body: '', report_year: null }),
];

describe('anomaly facets', () => {
  test('anomalyBodies names a body after its latest report unless the bodies table names it', () => {
    expect(anomalyBodies(rows)).toEqual([
      { key: 'a', name: '甲新名', n: 3 },
      { key: 'b', name: '乙局', n: 1 },
    ]);
    const named = anomalyBodies(rows, new Map([['b', '丙']]));
    expect(named.find((b) => b.key === 'b')).toEqual({ key: 'b', name: '丙', n: 1 });
  });

  test('anomalyYears lists the years in order, without nulls', () => {
    expect(anomalyYears(rows)).toEqual([2012, 2013, 2016]);
  });

  test('countBy counts the findings of each type', () => {
    expect(Object.fromEntries(countBy(rows, 'type'))).toEqual({ gap: 1, identity: 2, jump: 1 });
  });
});

describe('toggleFilter', () => {
  const all = ['x', 'y', 'z'];
  test.each([
    [[], 'y', false, ['x', 'z']],
    [['x', 'z'], 'y', true, []],
    [['x'], 'z', true, ['x', 'z']],
    [['x'], 'x', false, []],
  ])('toggleFilter(%j, %s, %s) = %j', (list, value, on, want) => {
    expect(toggleFilter(list, all, value, on)).toEqual(want);
  });
});
