/**
 * What only a series of reports of one body can tell: the 历年累计 chain (this year's cumulative =
 * last year's cumulative + this year's figure) singles out split readings that one report leaves
 * open; and the roll-over checks of METRICS.md §8.4 between consecutive years.
 */
import type { Analysis } from './analyse.ts';
import { T3_APPLICANTS } from './grammar/t3.ts';
import { finalize, type FinalizeOptions, type Finalized } from './finalize.ts';
import type { Check, Fact } from './types.ts';

export interface ReportRun {
  analysis: Analysis;
  options: FinalizeOptions;
  result: Finalized;
}

/** Consecutive-year pairs of one body (by body_key), skipping years with two reports. */
function pairs(runs: ReportRun[]): [ReportRun, ReportRun][] {
  const byBody = new Map<string, ReportRun[]>();
  for (const run of runs) {
    const { body_key: key, report_year: year } = run.result.report;
    if (!key || year === null) continue;
    byBody.set(key, [...(byBody.get(key) ?? []), run]);
  }
  const out: [ReportRun, ReportRun][] = [];
  for (const list of byBody.values()) {
    const byYear = new Map<number, ReportRun[]>();
    for (const run of list)
      byYear.set(run.result.report.report_year!, [
        ...(byYear.get(run.result.report.report_year!) ?? []),
        run,
      ]);
    for (const [year, here] of byYear) {
      const next = byYear.get(year + 1);
      if (here.length === 1 && next?.length === 1) out.push([here[0]!, next[0]!]);
    }
  }
  return out.sort((a, b) => a[0].options.reportId.localeCompare(b[0].options.reportId));
}

/**
 * Narrow open split readings of cumulative columns with the chain, re-finalise the reports it
 * changes, and add the cross-year checks. Returns the final results in input order.
 */
export function resolveAcrossReports(runs: ReportRun[]): Finalized[] {
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const [a, b] of pairs(runs)) {
      for (const readB of b.analysis.reads) {
        if (readB.table !== 'P' || readB.slots.length !== 2) continue;
        const readA = a.analysis.reads.find((r) => r.id === readB.id && r.slots.length === 2);
        if (!readA) continue;
        const sa = a.result.survivors.get(readA.id) ?? [];
        const sb = b.result.survivors.get(readB.id) ?? [];
        if (sa.length < 2 && sb.length < 2) continue;
        const fits: [number, number][] = [];
        for (const i of sa) {
          for (const j of sb) {
            const cumA = readA.candidates[i]![1]!.value;
            const yearB = readB.candidates[j]![0]!.value;
            const cumB = readB.candidates[j]![1]!.value;
            if (cumA !== null && yearB !== null && cumB !== null && cumA + yearB === cumB)
              fits.push([i, j]);
          }
        }
        const choiceA = [...new Set(fits.map((f) => f[0]))];
        const choiceB = [...new Set(fits.map((f) => f[1]))];
        const note = `历年累计 chain with ${a.result.report.report_year}/${b.result.report.report_year} (${a.options.reportId} -> ${b.options.reportId})`;
        if (sa.length > 1 && choiceA.length === 1)
          changed = restrict(a, readA.id, choiceA, note) || changed;
        if (sb.length > 1 && choiceB.length === 1)
          changed = restrict(b, readB.id, choiceB, note) || changed;
      }
    }
    if (!changed) break;
  }
  for (const [a, b] of pairs(runs)) b.result.checks.push(...rollChecks(a.result, b.result));
  return runs.map((run) => run.result);
}

function restrict(run: ReportRun, readId: string, allowed: number[], note: string): boolean {
  const restrictMap = new Map(run.options.restrict ?? []);
  const notes = new Map(run.options.restrictNotes ?? []);
  restrictMap.set(readId, allowed);
  notes.set(readId, `the only reading that continues the ${note}`);
  run.options = { ...run.options, restrict: restrictMap, restrictNotes: notes };
  const checks = run.result.checks.filter((c) => c.check_id.startsWith('X_'));
  run.result = finalize(run.analysis, run.options);
  run.result.checks.push(...checks);
  return true;
}

const ITEM_ROWS = ['license', 'othersvc', 'penalty', 'coercion', 'fee'];

type Rolled = Pick<Finalized, 'facts' | 'report'>;

/** §8.4 roll-over checks of year y+1 against year y (soft), attributed to the later report. */
export function rollChecks(prev: Rolled, next: Rolled): Check[] {
  const value = (
    r: Rolled,
    metric: string,
    applicant = 'all',
    period = 'year',
    source = 'table',
  ) => {
    const f: Fact | undefined = r.facts.find(
      (x) =>
        x.metric_id === metric &&
        x.applicant_type === applicant &&
        x.period === period &&
        x.source === source,
    );
    return f?.value ?? null;
  };
  const has = (r: Rolled, metric: string) =>
    r.facts.some((f) => f.metric_id === metric && f.source === 'table');
  const out: Check[] = [];
  const add = (
    id: string,
    metric: string,
    applicant: string,
    period: string,
    lhs: number | null,
    rhs: number | null,
    note: string,
  ) => {
    out.push({
      report_id: next.report.report_id,
      check_id: id,
      metric_id: metric,
      applicant_type: applicant as Check['applicant_type'],
      period: period as Check['period'],
      lhs,
      rhs,
      delta: lhs !== null && rhs !== null ? Math.round((lhs - rhs) * 1e6) / 1e6 : null,
      severity: 'soft',
      status:
        lhs === null || rhs === null ? 'skipped' : Math.abs(lhs - rhs) < 1e-9 ? 'pass' : 'fail',
      note: `${note} (previous report ${prev.report.report_id}, ${prev.report.report_year})`,
    });
  };
  if (has(prev, 'app_carried_forward') && has(next, 'app_carried_in')) {
    for (const c of T3_APPLICANTS)
      add(
        'X_carry_roll',
        'app_carried_in',
        c,
        'year',
        value(next, 'app_carried_in', c),
        value(prev, 'app_carried_forward', c),
        "上年结转 = last year's 结转下年度",
      );
  }
  for (const kind of ['reg', 'ndoc']) {
    const valid = `t2_${kind}_valid`;
    if (has(prev, valid) && has(next, valid)) {
      const p = value(prev, valid);
      const made = value(next, `t2_${kind}_made`);
      const repealed = value(next, `t2_${kind}_repealed`);
      const rhs = p !== null && made !== null && repealed !== null ? p + made - repealed : null;
      add(
        'X_valid_roll',
        valid,
        'all',
        'year',
        value(next, valid),
        rhs,
        "现行有效 = last year's + 制发 − 废止",
      );
    }
  }
  for (const kind of ITEM_ROWS) {
    const prevItems = `t2_${kind}_items_prev`;
    if (has(prev, prevItems) && has(next, prevItems)) {
      const p = value(prev, prevItems);
      const change = value(prev, `t2_${kind}_items_change`);
      add(
        'X_items_roll',
        prevItems,
        'all',
        'year',
        value(next, prevItems),
        p !== null && change !== null ? p + change : null,
        "上一年项目数量 = last year's + 本年增/减",
      );
    }
  }
  // 历年累计 columns: this year's cumulative = last year's cumulative + this year's figure.
  const metrics = new Set(
    next.facts
      .filter((f) => f.period === 'cumulative' && f.source === 'table')
      .map((f) => f.metric_id),
  );
  for (const metric of [...metrics].sort()) {
    if (!prev.facts.some((f) => f.metric_id === metric && f.period === 'cumulative')) continue;
    const p = value(prev, metric, 'all', 'cumulative');
    const y = value(next, metric, 'all', 'year');
    add(
      'X_cumulative_roll',
      metric,
      'all',
      'cumulative',
      value(next, metric, 'all', 'cumulative'),
      p !== null && y !== null ? p + y : null,
      "历年累计 = last year's 历年累计 + this year",
    );
  }
  return out;
}
