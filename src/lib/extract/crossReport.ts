/**
 * What only a series of reports of one body can tell, as a pure step over finished reports: the
 * 历年累计 chain (this year's cumulative = last year's cumulative + this year's figure) singles out
 * split readings that one report leaves open; and the roll-over checks of METRICS.md §8.4 between
 * consecutive years. It returns the changes; the batch (src/lib/pipeline/crossReportStep.ts)
 * applies them.
 */
import { checkRow } from './checks/checkRow.ts';
import { PAIR_RULES, type Rolled } from './checks/pairRules.ts';
import type { CheckIdOf } from './checks/registry.ts';
import type { Finalized } from './finalize.ts';
import type { RowRead } from './rowRead.ts';
import type { Check } from './types.ts';

/** A finished report as the step sees it: its reads (with every candidate) and its result. */
export interface Finished {
  reads: readonly Pick<RowRead, 'id' | 'table' | 'slots' | 'candidates'>[];
  result: Pick<Finalized, 'report' | 'facts' | 'survivors'>;
}

/** One read of one report narrowed to the candidates the chain allows. */
export interface Narrowing {
  /** Index of the report in the step's input. */
  report: number;
  readId: string;
  /** Candidate indices (into the read's candidates) still allowed. */
  allowed: number[];
  /** Why, for the facts' notes. */
  note: string;
}

export interface CrossReportChanges {
  narrowings: Narrowing[];
  /** §8.4 roll-over checks, attributed to the later report of each pair (by input index). */
  rolls: Map<number, Check[]>;
}

/** Consecutive-year pairs of one body (by body_key), as input indices; years with two reports are skipped. */
export function yearPairs(finished: readonly Finished[]): [number, number][] {
  const byBody = new Map<string, Map<number, number[]>>();
  finished.forEach(({ result: { report } }, i) => {
    const { body_key: key, report_year: year } = report;
    if (!key || year === null) return;
    const years = byBody.get(key) ?? new Map<number, number[]>();
    byBody.set(key, years);
    years.set(year, [...(years.get(year) ?? []), i]);
  });
  const out: [number, number][] = [];
  for (const years of byBody.values())
    for (const [year, here] of years) {
      const next = years.get(year + 1);
      if (here.length === 1 && next?.length === 1) out.push([here[0]!, next[0]!]);
    }
  const id = (i: number) => finished[i]!.result.report.report_id;
  return out.sort((a, b) => id(a[0]).localeCompare(id(b[0])));
}

/**
 * One round of the 历年累计 chain over finished reports: the reads of a pre-2019 cumulative table
 * whose open readings only one continuation of the chain fits. A read narrowed earlier in the
 * round counts as narrowed for the pairs after it.
 */
export function chainNarrowings(finished: readonly Finished[]): Narrowing[] {
  const narrowed = new Map<string, number[]>();
  const survivors = (i: number, readId: string) =>
    narrowed.get(`${i}\u0000${readId}`) ?? finished[i]!.result.survivors.get(readId) ?? [];
  const out: Narrowing[] = [];
  const narrow = (report: number, readId: string, allowed: number[], note: string) => {
    narrowed.set(`${report}\u0000${readId}`, allowed);
    out.push({ report, readId, allowed, note: `the only reading that continues the ${note}` });
  };
  for (const [a, b] of yearPairs(finished)) {
    const A = finished[a]!;
    const B = finished[b]!;
    for (const readB of B.reads) {
      if (readB.table !== 'P' || readB.slots.length !== 2) continue;
      const readA = A.reads.find((r) => r.id === readB.id && r.slots.length === 2);
      if (!readA) continue;
      const sa = survivors(a, readA.id);
      const sb = survivors(b, readB.id);
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
      const ra = A.result.report;
      const rb = B.result.report;
      const note = `历年累计 chain with ${ra.report_year}/${rb.report_year} (${ra.report_id} -> ${rb.report_id})`;
      if (sa.length > 1 && choiceA.length === 1) narrow(a, readA.id, choiceA, note);
      if (sb.length > 1 && choiceB.length === 1) narrow(b, readB.id, choiceB, note);
    }
  }
  return out;
}

/** The cross-report changes of finished reports: one round of narrowings, and the roll checks. */
export function crossReportChanges(finished: readonly Finished[]): CrossReportChanges {
  const rolls = new Map<number, Check[]>();
  for (const [a, b] of yearPairs(finished))
    rolls.set(b, [
      ...(rolls.get(b) ?? []),
      ...rollChecks(finished[a]!.result, finished[b]!.result),
    ]);
  return { narrowings: chainNarrowings(finished), rolls };
}

/** §8.4 roll-over checks of year y+1 against year y (soft), attributed to the later report. */
export function rollChecks(prev: Rolled, next: Rolled): Check[] {
  return (Object.keys(PAIR_RULES) as CheckIdOf<'pair'>[]).flatMap((id) =>
    PAIR_RULES[id](prev, next).map((o) => checkRow(next.report.report_id, id, o)),
  );
}
