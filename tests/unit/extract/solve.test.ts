import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/extract/readCells.ts';
import { cellKey, type RowRead } from '../../../src/lib/extract/rowRead.ts';
import { solve, type Constraint, type Hint } from '../../../src/lib/extract/solve.ts';
import type { ApplicantType, Period } from '../../../src/lib/extract/types.ts';

type Slot = [ApplicantType, Period];

/** A read of `metric` over `slots` with one candidate per value vector. */
function rowRead(metric: string, slots: Slot[], candidates: number[][]): RowRead {
  const cell = (value: number): Cell => ({
    value,
    raw: String(value),
    status: candidates.length > 1 ? 'resolved' : 'reported',
    start: null,
    end: null,
    unitRaw: '',
  });
  return {
    candidates: candidates.map((values) => values.map(cell)),
    how: candidates.length > 1 ? 'split' : 'explicit',
    note: '',
    id: `T:${metric}`,
    table: 'T3',
    slots: slots.map(([applicant, period]) => ({ metric, applicant, period, colLabel: '' })),
    labelRaw: metric,
    labelStart: 0,
    labelEnd: 0,
    unitRaw: '',
  };
}

const valueOf = (read: RowRead, candidate: number, slot: number) =>
  read.candidates[candidate]![slot]!.value ?? undefined;

/** lhs = Σ rhs over cells named `metric|applicant` (period year). */
function sum(id: string, lhs: string, rhs: string[], soft = false): Constraint {
  const parse = (k: string) => k.split('|') as [string, ApplicantType];
  return {
    id,
    ...(soft ? { soft } : {}),
    cells: [lhs, ...rhs].map((k) => cellKey(...parse(k), 'year')),
    test: (get) => {
      const l = get(...parse(lhs), 'year');
      const r = rhs.map((k) => get(...parse(k), 'year'));
      if (l === undefined || r.some((v) => v === undefined)) return true;
      return l === r.reduce((a, b) => a! + b!, 0);
    },
  };
}

const NP_TOTAL: Slot[] = [
  ['natural_person', 'year'],
  ['total', 'year'],
];
/** 予以公开 printed `220000022`: 2|20…|22 or 22|0…|22 (natural person, total). */
const granted = () =>
  rowRead('res_granted', NP_TOTAL, [
    [2, 22],
    [22, 22],
  ]);
const resTotal = () => rowRead('res_total', NP_TOTAL, [[22, 22]]);
const resultsNp = sum('T3_results_sum', 'res_total|natural_person', ['res_granted|natural_person']);
const resultsTotal = sum('T3_results_sum', 'res_total|total', ['res_granted|total']);
const hint = (value: number): Hint => ({
  metric: 'res_granted',
  applicant: 'natural_person',
  period: 'year',
  value,
  why: `the text states ${value}`,
});

describe('solve', () => {
  it('solve([two readings, total], [T3_results_sum np]) keeps the reading the column identity allows', () => {
    const { survivors, reasons } = solve([granted(), resTotal()], [resultsNp], [], valueOf);
    expect(survivors).toEqual([[1], [0]]);
    expect(reasons[0]).toContain('T3_results_sum');
  });

  it('solve([two readings, total], [T3_results_sum total]) stays ambiguous when both readings satisfy it', () => {
    const { survivors, reasons } = solve([granted(), resTotal()], [resultsTotal], [], valueOf);
    expect(survivors[0]).toEqual([0, 1]);
    expect(reasons[0]).toMatch(/2 readings satisfy T3_results_sum/);
  });

  it.each([
    {
      call: 'solve(…, hints=[22]) narrows to the reading the narrative figure matches',
      value: 22,
      want: [1],
    },
    { call: 'solve(…, hints=[2]) narrows to the other reading', value: 2, want: [0] },
    {
      call: 'solve(…, hints=[7]) ignores a figure that matches no reading',
      value: 7,
      want: [0, 1],
    },
  ])('$call', ({ value, want }) => {
    const { survivors, reasons } = solve(
      [granted(), resTotal()],
      [resultsTotal],
      [hint(value)],
      valueOf,
    );
    expect(survivors[0]).toEqual(want);
    if (want.length === 1) expect(reasons[0]).toContain(`the text states ${value}`);
  });

  it('solve(…, hints for a decided row) leaves a single-candidate row alone', () => {
    const { survivors, reasons } = solve(
      [resTotal()],
      [],
      [{ ...hint(5), metric: 'res_total' }],
      valueOf,
    );
    expect(survivors).toEqual([[0]]);
    expect(reasons).toEqual(['']);
  });

  it('solve(…, [an identity no reading satisfies]) drops it rather than emptying everything', () => {
    const broken = sum('X_broken', 'res_total|total', ['res_granted|total', 'res_total|total']);
    const { survivors } = solve([granted(), resTotal()], [broken], [], valueOf);
    expect(survivors[0]).toEqual([0, 1]);
  });

  it('solve(…, [a failing identity, a good one]) still uses the good one', () => {
    const broken = sum('X_broken', 'res_total|total', ['res_granted|total', 'res_total|total']);
    const { survivors, reasons } = solve([granted(), resTotal()], [broken, resultsNp], [], valueOf);
    expect(survivors[0]).toEqual([1]);
    expect(reasons[0]).toContain('T3_results_sum');
    expect(reasons[0]).not.toContain('X_broken');
  });

  it('solve(two rows linked by part-of identities) decides both from one narrative figure', () => {
    const YC: Slot[] = [
      ['all', 'year'],
      ['all', 'cumulative'],
    ];
    // 主动公开信息数 3201450 and 网站公开 3171350 (pre2019 local table, year | cumulative).
    const total = rowRead('pro_info_total', YC, [
      [3, 201450],
      [320, 1450],
    ]);
    const website = rowRead('pro_via_website', YC, [
      [3, 171350],
      [317, 1350],
    ]);
    const partOf = (period: Period): Constraint => ({
      id: 'part:pro_via_website',
      cells: [cellKey('pro_via_website', 'all', period), cellKey('pro_info_total', 'all', period)],
      test: (get) => {
        const part = get('pro_via_website', 'all', period);
        const whole = get('pro_info_total', 'all', period);
        return part === undefined || whole === undefined || part <= whole;
      },
    });
    const constraints = [partOf('year'), partOf('cumulative')];
    expect(solve([total, website], constraints, [], valueOf).survivors).toEqual([
      [0, 1],
      [0, 1],
    ]);
    const narrative: Hint = {
      metric: 'pro_info_total',
      applicant: 'all',
      period: 'year',
      value: 320,
      why: 'the text states 主动公开 320',
    };
    const { survivors, reasons } = solve([total, website], constraints, [narrative], valueOf);
    expect(survivors).toEqual([[1], [1]]);
    expect(reasons[0]).toContain('主动公开 320');
  });

  it('solve(…, [a soft preference]) applies it only when some reading satisfies it', () => {
    const YC: Slot[] = [
      ['all', 'year'],
      ['all', 'cumulative'],
    ];
    // 行政申诉数 1314: 1|314, 13|14, 131|4; 历年累计 ≥ 本年 keeps the first two.
    const appeals = rowRead('admin_appeals', YC, [
      [1, 314],
      [13, 14],
      [131, 4],
    ]);
    const cumulative = (name: string, ok: (y: number, c: number) => boolean): Constraint => ({
      id: name,
      soft: true,
      cells: [
        cellKey('admin_appeals', 'all', 'year'),
        cellKey('admin_appeals', 'all', 'cumulative'),
      ],
      test: (get) => {
        const y = get('admin_appeals', 'all', 'year');
        const c = get('admin_appeals', 'all', 'cumulative');
        return y === undefined || c === undefined || ok(y, c);
      },
    });
    expect(
      solve([appeals], [cumulative('历年累计 ≥ 本年', (y, c) => y <= c)], [], valueOf).survivors,
    ).toEqual([[0, 1]]);
    expect(
      solve([appeals], [cumulative('impossible', () => false)], [], valueOf).survivors,
    ).toEqual([[0, 1, 2]]);
  });

  it('solve(independent rows) decides each row by its own identities', () => {
    const other = rowRead('res_partial', NP_TOTAL, [
      [1, 9],
      [9, 9],
    ]);
    const partialNp = sum('T3_partial', 'res_partial|total', ['res_partial|natural_person']);
    const { survivors } = solve(
      [granted(), resTotal(), other],
      [resultsNp, partialNp],
      [],
      valueOf,
    );
    expect(survivors).toEqual([[1], [0], [1]]);
  });

  it('solve([], [], [], valueOf) is empty', () => {
    expect(solve([], [], [], valueOf)).toEqual({ survivors: [], reasons: [] });
  });
});
