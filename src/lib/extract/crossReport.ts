/**
 * What only a series of reports of one body can tell: the 历年累计 chain (this year's cumulative =
 * last year's cumulative + this year's figure) singles out split readings that one report leaves
 * open; and the roll-over checks of METRICS.md §8.4 between consecutive years.
 */
import type { Analysis } from './analyse.ts';
import { checkRow } from './checks/checkRow.ts';
import { PAIR_RULES, type Rolled } from './checks/pairRules.ts';
import type { CheckIdOf } from './checks/registry.ts';
import { finalize, type FinalizeOptions, type Finalized } from './finalize.ts';
import type { Check } from './types.ts';

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
  run.result = finalize(run.analysis, run.options);
  return true;
}

/** §8.4 roll-over checks of year y+1 against year y (soft), attributed to the later report. */
export function rollChecks(prev: Rolled, next: Rolled): Check[] {
  return (Object.keys(PAIR_RULES) as CheckIdOf<'pair'>[]).flatMap((id) =>
    PAIR_RULES[id](prev, next).map((o) => checkRow(next.report.report_id, id, o)),
  );
}
