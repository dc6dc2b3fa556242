import { expect, test } from 'vitest';
import { t2021Years } from '../../../src/lib/charts/formatChanges.ts';

const row = (body_key: string, report_year: number, format_version: string) => ({
  body_key,
  report_year,
  format_version,
});

test.each([
  [
    't2019 2019–2020 then t2021 2021',
    [row('A', 2019, 't2019'), row('A', 2020, 't2019'), row('A', 2021, 't2021')],
    [2021],
  ],
  [
    'a body still on t2019 in 2021 moves in 2022',
    [row('B', 2021, 't2019'), row('B', 2022, 't2021')],
    [2022],
  ],
  ['only t2021 reports: nothing to mark', [row('C', 2021, 't2021'), row('C', 2022, 't2021')], []],
  [
    'pre2019 straight to t2021: the pre-2019 break already says it',
    [row('D', 2018, 'pre2019'), row('D', 2021, 't2021')],
    [],
  ],
  [
    'two bodies moving in different years',
    [
      row('A', 2020, 't2019'),
      row('A', 2021, 't2021'),
      row('B', 2021, 't2019'),
      row('B', 2022, 't2021'),
    ],
    [2021, 2022],
  ],
])('t2021Years: %s', (_, rows, want) => {
  expect(t2021Years(rows)).toEqual(want);
});
