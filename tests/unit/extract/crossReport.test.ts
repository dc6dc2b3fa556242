import { describe, expect, it } from 'vitest';
import {
  chainNarrowings,
  crossReportChanges,
  yearPairs,
  type Finished,
} from '../../../src/lib/extract/crossReport.ts';
import type { Cell } from '../../../src/lib/extract/readCells.ts';
import type { Fact, Report } from '../../../src/lib/extract/types.ts';

/** A report of `body` for `year` with one pre-2019 read `P:pro_info_total` (year, cumulative). */
function finished(
  body: string,
  year: number,
  candidates: [number, number][],
  survivors = candidates.map((_, i) => i),
  facts: Fact[] = [],
): Finished {
  const cell = (value: number): Cell => ({
    value,
    raw: String(value),
    status: 'resolved',
    start: null,
    end: null,
    unitRaw: '',
  });
  return {
    reads: [
      {
        id: 'P:pro_info_total',
        table: 'P',
        slots: (['year', 'cumulative'] as const).map((period) => ({
          metric: 'pro_info_total',
          applicant: 'all',
          period,
          colLabel: '',
        })),
        candidates: candidates.map((values) => values.map(cell)),
      },
    ],
    result: {
      report: { report_id: `${body}-${year}`, body_key: body, report_year: year } as Report,
      facts,
      survivors: new Map([['P:pro_info_total', survivors]]),
    },
  };
}

const fact = (reportId: string, metric: string, applicant: Fact['applicant_type'], value: number) =>
  ({
    report_id: reportId,
    metric_id: metric,
    applicant_type: applicant,
    period: 'year',
    source: 'table',
    value,
  }) as Fact;

describe('yearPairs', () => {
  it.each([
    [
      'consecutive years of one body',
      [
        ['a', 2012],
        ['a', 2013],
      ],
      [[0, 1]],
    ],
    [
      'a gap of a year',
      [
        ['a', 2012],
        ['a', 2014],
      ],
      [],
    ],
    [
      'two bodies',
      [
        ['a', 2012],
        ['b', 2013],
      ],
      [],
    ],
    [
      'a year with two reports',
      [
        ['a', 2012],
        ['a', 2012],
        ['a', 2013],
      ],
      [],
    ],
    [
      'three years, in id order',
      [
        ['a', 2014],
        ['a', 2013],
        ['a', 2012],
      ],
      [
        [2, 1],
        [1, 0],
      ],
    ],
  ] as const)('yearPairs(%s)', (_, reports, pairs) =>
    expect(yearPairs(reports.map(([body, year]) => finished(body, year, [[1, 1]])))).toEqual(pairs),
  );
});

describe('chainNarrowings', () => {
  it('chainNarrowings(open 2012, settled 2013) keeps the 2012 reading the chain continues', () => {
    // 2012 printed `1001130`: 100|1130 or 1001|130; 2013 prints 320 and 1450.
    const runs = [
      finished('a', 2012, [
        [100, 1130],
        [1001, 130],
      ]),
      finished('a', 2013, [[320, 1450]]),
    ];
    expect(chainNarrowings(runs)).toEqual([
      {
        report: 0,
        readId: 'P:pro_info_total',
        allowed: [0],
        note: 'the only reading that continues the 历年累计 chain with 2012/2013 (a-2012 -> a-2013)',
      },
    ]);
  });

  it('chainNarrowings(settled 2012, open 2013) narrows the later report', () => {
    const runs = [
      finished('a', 2012, [[100, 1130]]),
      finished('a', 2013, [
        [3, 201450],
        [320, 1450],
      ]),
    ];
    expect(chainNarrowings(runs).map((n) => [n.report, n.allowed])).toEqual([[1, [1]]]);
  });

  it('chainNarrowings(a read both readings of which fit) leaves it open', () => {
    const runs = [
      finished('a', 2012, [[100, 1130]]),
      finished('a', 2013, [
        [320, 1450],
        [320, 1450],
      ]),
    ];
    expect(chainNarrowings(runs)).toEqual([]);
  });

  it('chainNarrowings(reads already settled) is empty', () => {
    const runs = [
      finished(
        'a',
        2012,
        [
          [100, 1130],
          [1001, 130],
        ],
        [0],
      ),
      finished('a', 2013, [[320, 1450]]),
    ];
    expect(chainNarrowings(runs)).toEqual([]);
  });

  it('chainNarrowings(three years) narrows the middle report once, and the next one with it', () => {
    const runs = [
      finished('a', 2012, [[100, 100]]),
      finished('a', 2013, [
        [5, 105],
        [15, 125],
      ]),
      finished('a', 2014, [
        [10, 115],
        [20, 135],
      ]),
    ];
    expect(chainNarrowings(runs).map((n) => [n.report, n.allowed])).toEqual([
      [1, [0]],
      [2, [0]],
    ]);
  });
});

describe('crossReportChanges', () => {
  it('crossReportChanges(two years) puts the roll checks on the later report', () => {
    const prev = finished(
      'a',
      2020,
      [[1, 1]],
      [0],
      [fact('a-2020', 'app_carried_forward', 'total', 4)],
    );
    const next = finished('a', 2021, [[1, 1]], [0], [fact('a-2021', 'app_carried_in', 'total', 3)]);
    const { narrowings, rolls } = crossReportChanges([next, prev]);
    expect(narrowings).toEqual([]);
    expect([...rolls.keys()]).toEqual([0]);
    const carried = rolls.get(0)!.filter((c) => c.applicant_type === 'total');
    expect(carried).toMatchObject([
      { report_id: 'a-2021', check_id: 'X_carry_roll', lhs: 3, rhs: 4, status: 'fail' },
    ]);
  });

  it('crossReportChanges(reports of no pair) has no changes', () => {
    const changes = crossReportChanges([
      finished('a', 2020, [[1, 1]]),
      finished('b', 2021, [[1, 1]]),
    ]);
    expect(changes.narrowings).toEqual([]);
    expect(changes.rolls.size).toBe(0);
  });
});
