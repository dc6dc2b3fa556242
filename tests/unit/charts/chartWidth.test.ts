import { expect, test } from 'vitest';
import { chartWidth, fitLabel } from '../../../src/lib/charts/chartWidth.ts';

test.each([
  [0, 860],
  [Number.NaN, 860],
  [1200, 860],
  [860, 860],
  [500.6, 500],
  [358, 358],
  [200, 320],
])('chartWidth(%s) is %s', (shown, want) => {
  expect(chartWidth(shown)).toBe(want);
});

test.each([
  ['平潭综合实验区君山片区管理局', 158, 11, '平潭综合实验区君山片区管理局'],
  ['平潭综合实验区君山片区管理局', 106, 11, '平潭综合实验区君…'],
  ['Pingtan', 100, 10, 'Pingtan'],
  ['Pingtan Comprehensive Pilot Zone', 60, 10, 'Pingtan …'],
  ['平潭', 5, 11, '…'],
])('fitLabel(%j, %s, %s) is %j', (label, room, size, want) => {
  expect(fitLabel(label, room, size)).toBe(want);
});
