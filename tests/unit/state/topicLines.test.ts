import { expect, test } from 'vitest';
import type { TopicRow } from '../../../src/lib/sql/topicQuery.ts';
import { topicLines } from '../../../src/lib/state/topicLines.ts';

const row = (
  body: string,
  year: number,
  value: number | null,
  comparability: string,
  category = 'c_staff_total',
): TopicRow => ({
  body_key: body,
  body_name: `${body}局`,
  report_year: year,
  report_id: `${body}-${year}-${value}`,
  format_version: year < 2019 ? 'pre2019' : 't2021',
  category,
  value,
  value_status: value == null ? 'missing' : 'reported',
  comparability,
});

test('topicLines: table years and prose years of one body are two segments of one line', () => {
  const [line] = topicLines(
    [row('A', 2017, 3, 'approx'), row('A', 2019, 2, 'same')],
    'c_staff_total',
  );
  expect(line!.points.map((p) => [p.year, p.value, p.segment])).toEqual([
    [2017, 3, 'approx'],
    [2019, 2, 'same'],
  ]);
});

test('topicLines keeps other concepts out and a report with a number over one without', () => {
  const lines = topicLines(
    [
      row('A', 2020, null, 'same'),
      row('A', 2020, 4, 'same'),
      row('A', 2020, 9, 'same', 'c_budget'),
      row('B', 2021, null, 'same'),
    ],
    'c_staff_total',
  );
  expect(lines.map((l) => [l.key, l.points.map((p) => p.value)])).toEqual([
    ['A', [4]],
    ['B', [null]],
  ]);
});
