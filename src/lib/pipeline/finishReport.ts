/**
 * A report finished: its analysis finalised into the report row and facts, and its own checks
 * evaluated on them. The batch does this once per report (src/lib/pipeline/extractFile.ts), and
 * again only for a report that cross-report evidence narrows (crossReportStep.ts).
 */
import { reportChecks } from '../extract/checks.ts';
import type { Analysis } from '../extract/analyse.ts';
import { finalize, type FinalizeOptions, type Finalized } from '../extract/finalize.ts';

/** A report of the batch: its analysis, how it is finalised, and the finished result. */
export interface ReportRun {
  analysis: Analysis;
  options: FinalizeOptions;
  result: Finalized;
}

/** Finalises a report and evaluates its own checks (cross-report rolls are added later). */
export function finishReport(analysis: Analysis, options: FinalizeOptions): Finalized {
  const result = finalize(analysis, options);
  result.checks = reportChecks(analysis, result.facts, options.reportId);
  return result;
}
