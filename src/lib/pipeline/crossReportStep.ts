/**
 * The batch's cross-report step: the changes src/lib/extract/crossReport.ts finds over the finished
 * reports, applied to them. A report the 历年累计 chain narrows is finished again with the narrowing
 * (its own identities may then settle more of its readings, so the chain runs again, at most
 * `ROUNDS` times); every other report stays as it was finished. The roll checks come last.
 */
import { crossReportChanges, type Narrowing } from '../extract/crossReport.ts';
import { finishReport, type ReportRun } from './finishReport.ts';

const ROUNDS = 4;

/** Applies the cross-report evidence to `runs` in place (results, options and checks). */
export function applyCrossReport(runs: ReportRun[]): void {
  for (let round = 0; ; round++) {
    const finished = runs.map((run) => ({ reads: run.analysis.reads, result: run.result }));
    const { narrowings, rolls } = crossReportChanges(finished);
    if (narrowings.length === 0 || round === ROUNDS) {
      for (const [i, checks] of rolls) runs[i]!.result.checks.push(...checks);
      return;
    }
    const byReport = new Map<number, Narrowing[]>();
    for (const n of narrowings) byReport.set(n.report, [...(byReport.get(n.report) ?? []), n]);
    for (const [i, list] of byReport) {
      const run = runs[i]!;
      const restrict = new Map(run.options.restrict ?? []);
      const notes = new Map(run.options.restrictNotes ?? []);
      for (const n of list) {
        restrict.set(n.readId, n.allowed);
        notes.set(n.readId, n.note);
      }
      run.options = { ...run.options, restrict, restrictNotes: notes };
      run.result = finishReport(run.analysis, run.options);
    }
  }
}
