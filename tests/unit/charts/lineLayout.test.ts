import { describe, expect, test } from 'vitest';
import { layoutLines, spreadLabels, type LinePoint } from '../../../src/lib/charts/lineLayout.ts';

const SIZE = { width: 600, height: 300, left: 40, right: 10, top: 10, bottom: 30 };
const pt = (
  year: number,
  value: number | null,
  segment = 'post',
  comparability = 'same',
): LinePoint => ({
  year,
  value,
  segment,
  comparability,
  status: value == null ? 'ambiguous' : 'reported',
});

test('layoutLines leaves a missing year as a gap: two paths, no zero point', () => {
  const { series } = layoutLines(
    [{ key: 'a', points: [pt(2019, 1), pt(2020, 2), pt(2022, 3), pt(2023, 4)] }],
    SIZE,
  );
  expect(series[0]!.paths).toHaveLength(2);
  expect(series[0]!.points.map((p) => p.year)).toEqual([2019, 2020, 2022, 2023]);
});

test('layoutLines breaks the line at a format change and records the relation', () => {
  const layout = layoutLines(
    [
      {
        key: 'a',
        points: [
          pt(2017, 5, 'pre', 'approx'),
          pt(2018, 6, 'pre', 'approx'),
          pt(2019, 7),
          pt(2020, 8),
        ],
      },
    ],
    SIZE,
  );
  expect(layout.series[0]!.paths).toHaveLength(2);
  expect(layout.breaks).toEqual([expect.objectContaining({ year: 2019, kind: 'approx' })]);
});

test('layoutLines never joins not comparable definitions', () => {
  const layout = layoutLines(
    [{ key: 'a', points: [pt(2020, 5, 't2019', 'not comparable'), pt(2021, 6, 't2021', 'same')] }],
    SIZE,
  );
  expect(layout.series[0]!.paths).toHaveLength(0);
  expect(layout.breaks[0]!.kind).toBe('not comparable');
});

test('layoutLines keeps a year without a number as unknown, not as 0', () => {
  const { series } = layoutLines(
    [{ key: 'a', points: [pt(2019, 1), pt(2020, null), pt(2021, 3)] }],
    SIZE,
  );
  expect(series[0]!.unknown).toEqual([
    expect.objectContaining({ year: 2020, status: 'ambiguous' }),
  ]);
  expect(series[0]!.paths).toHaveLength(0);
  expect(series[0]!.points).toHaveLength(2);
});

describe('spreadLabels', () => {
  const ys = (labels: { y: number }[]) => labels.map((l) => l.y);
  test('spreadLabels([100, 101, 102], gap 13) pushes them 13 apart', () => {
    expect(ys(spreadLabels([{ y: 101 }, { y: 100 }, { y: 102 }], 13, 0, 500))).toEqual([
      100, 113, 126,
    ]);
  });
  test('spreadLabels near the bottom moves them up instead of below the plot', () => {
    expect(ys(spreadLabels([{ y: 298 }, { y: 299 }, { y: 300 }], 13, 0, 300))).toEqual([
      274, 287, 300,
    ]);
  });
  test('labels already apart stay where they are', () => {
    expect(ys(spreadLabels([{ y: 50 }, { y: 200 }], 13, 0, 300))).toEqual([50, 200]);
  });
});

test('layoutLines with shared scales: a panel spans the shared years and the shared top', () => {
  const layout = layoutLines([{ key: 'a', points: [pt(2020, 5, 's'), pt(2021, 10, 's')] }], SIZE, {
    first: 2018,
    last: 2023,
    max: 40,
  });
  expect(layout.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
  expect(layout.y.domain()).toEqual([0, 40]);
});
