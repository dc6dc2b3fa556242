/**
 * The long-format rows (reports.csv, facts.csv, checks.csv) of a body's reports, report by
 * report, as the extractor would write them for the rendered files — without rendering files or
 * extracting them. HTML reports are measured on the pipe rows the extractor reads from HTML.
 */
import type { Check, Fact, Report } from '../../extract/types.ts';
import { renderText } from '../render/text.ts';
import type { Series } from '../series.ts';
import type { SynthReport } from '../types.ts';
import { reportChecks, type Rolled } from './checks.ts';
import { reportFacts } from './facts.ts';
import { reportRow } from './report.ts';

export interface LongRows {
  report: Report;
  facts: Fact[];
  checks: Check[];
}

/** File name of a rendered report (as renderFile names it). */
export function fileName(report: SynthReport): string {
  return `${report.stem}.${report.style === 'html' ? 'html' : 'txt'}`;
}

export function* seriesRows(series: Series): Generator<LongRows> {
  let prev: (Rolled & { year: number }) | null = null;
  for (const r of series.reports) {
    const w = renderText(r, r.style === 'html' ? 'pipes' : r.style);
    const facts = reportFacts(r, w);
    const report = reportRow(r, fileName(r), w.traditional);
    const checks = reportChecks(r, facts, report, prev?.year === r.year - 1 ? prev : undefined);
    yield { report, facts, checks };
    prev = { report, facts, year: r.year };
  }
}
