/**
 * Roll-over checks of METRICS.md §8.4: what a body's report for year y+1 must carry over from its
 * report for year y. Each is attributed to the later report.
 */
import { T3_APPLICANTS } from '../grammar/t3.ts';
import type { ApplicantType, Fact, Period, Report } from '../types.ts';
import type { Outcome } from './checkRow.ts';
import type { CheckIdOf } from './registry.ts';

export interface Rolled {
  facts: readonly Fact[];
  report: Pick<Report, 'report_id' | 'report_year'>;
}

/** Table 二 rows of the 2019 template with a 上一年项目数量 and a 本年增/减 cell. */
const ITEM_ROWS = ['license', 'othersvc', 'penalty', 'coercion', 'fee'];

/** A report's table facts by metric|applicant|period (the first of each, as `find` gives). */
const tableIndex = new WeakMap<readonly Fact[], Map<string, Fact>>();

function tableFacts(r: Rolled): Map<string, Fact> {
  let index = tableIndex.get(r.facts);
  if (!index) {
    // Every rule looks up many cells of both reports: index them once, not a search per cell.
    index = new Map();
    for (const f of r.facts) {
      if (f.source !== 'table') continue;
      const key = `${f.metric_id}|${f.applicant_type}|${f.period}`;
      if (!index.has(key)) index.set(key, f);
      if (!index.has(f.metric_id)) index.set(f.metric_id, f);
    }
    tableIndex.set(r.facts, index);
  }
  return index;
}

function value(
  r: Rolled,
  metric: string,
  applicant: ApplicantType = 'all',
  period: Period = 'year',
): number | null {
  return tableFacts(r).get(`${metric}|${applicant}|${period}`)?.value ?? null;
}

const has = (r: Rolled, metric: string) => tableFacts(r).has(metric);

function rolled(
  prev: Rolled,
  metric: string,
  applicant: ApplicantType,
  period: Period,
  lhs: number | null,
  rhs: number | null,
  why: string,
): Outcome {
  return {
    metric,
    applicant,
    period,
    lhs,
    rhs,
    status: lhs === null || rhs === null ? 'skipped' : Math.abs(lhs - rhs) < 1e-9 ? 'pass' : 'fail',
    note: `${why} (previous report ${prev.report.report_id}, ${prev.report.report_year})`,
  };
}

export const PAIR_RULES: Record<CheckIdOf<'pair'>, (prev: Rolled, next: Rolled) => Outcome[]> = {
  X_carry_roll: (prev, next) =>
    has(prev, 'app_carried_forward') && has(next, 'app_carried_in')
      ? T3_APPLICANTS.map((c) =>
          rolled(
            prev,
            'app_carried_in',
            c,
            'year',
            value(next, 'app_carried_in', c),
            value(prev, 'app_carried_forward', c),
            "上年结转 = last year's 结转下年度",
          ),
        )
      : [],
  X_valid_roll: (prev, next) =>
    ['reg', 'ndoc'].flatMap((kind) => {
      const valid = `t2_${kind}_valid`;
      if (!has(prev, valid) || !has(next, valid)) return [];
      const p = value(prev, valid);
      const made = value(next, `t2_${kind}_made`);
      const repealed = value(next, `t2_${kind}_repealed`);
      const rhs = p !== null && made !== null && repealed !== null ? p + made - repealed : null;
      return [
        rolled(
          prev,
          valid,
          'all',
          'year',
          value(next, valid),
          rhs,
          "现行有效 = last year's + 制发 − 废止",
        ),
      ];
    }),
  X_items_roll: (prev, next) =>
    ITEM_ROWS.flatMap((kind) => {
      const items = `t2_${kind}_items_prev`;
      if (!has(prev, items) || !has(next, items)) return [];
      const p = value(prev, items);
      const change = value(prev, `t2_${kind}_items_change`);
      return [
        rolled(
          prev,
          items,
          'all',
          'year',
          value(next, items),
          p !== null && change !== null ? p + change : null,
          "上一年项目数量 = last year's + 本年增/减",
        ),
      ];
    }),
  /** 历年累计 columns: this year's cumulative = last year's cumulative + this year's figure. */
  X_cumulative_roll: (prev, next) => {
    const metrics = new Set(
      next.facts
        .filter((f) => f.period === 'cumulative' && f.source === 'table')
        .map((f) => f.metric_id),
    );
    return [...metrics]
      .sort()
      .filter((metric) =>
        prev.facts.some((f) => f.metric_id === metric && f.period === 'cumulative'),
      )
      .map((metric) => {
        const p = value(prev, metric, 'all', 'cumulative');
        const y = value(next, metric, 'all', 'year');
        return rolled(
          prev,
          metric,
          'all',
          'cumulative',
          value(next, metric, 'all', 'cumulative'),
          p !== null && y !== null ? p + y : null,
          "历年累计 = last year's 历年累计 + this year",
        );
      });
  },
};
