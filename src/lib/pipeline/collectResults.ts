/**
 * The batch step over every file's result (results only, never the files' bytes): the same report
 * in several formats is kept once, report ids are made unique, and the cross-report evidence of
 * src/lib/extract/crossReport.ts is applied.
 */
import { reportChecks } from '../extract/checks.ts';
import { resolveAcrossReports, type ReportRun } from '../extract/crossReport.ts';
import { finalize } from '../extract/finalize.ts';
import type { Check, Fact, Report } from '../extract/types.ts';
import type { FileResult } from './extractFile.ts';
import { emptyReport } from './listedReport.ts';

export interface BatchOutput {
  reports: Report[];
  facts: Fact[];
  checks: Check[];
  log: string[];
}

type Run = Extract<FileResult, { kind: 'run' }>;
type Slot = Run | { kind: 'report'; report: Report };

/** The version whose cells are explicit wins over its twins. */
const PRIORITY: Record<string, number> = { html: 3, docx: 2, pdf: 1, text: 0 };

/** Results in input order -> the batch's rows. Runs are changed in place (ids, cross-report). */
export function collectResults(results: readonly FileResult[]): BatchOutput {
  const ids = new Map<string, number>();
  const log: string[] = [];
  // Files without a report take their ids first, in input order (as they always have).
  const slots: Slot[] = results.map((r) =>
    r.kind === 'run'
      ? r
      : { kind: 'report', report: emptyReport(uniqueId(ids, r.stem), r.file, r.status, r.message) },
  );

  // The same report as text and as HTML (or PDF, Word): keep the one whose cells are explicit.
  const byStem = new Map<string, Run[]>();
  for (const slot of slots)
    if (slot.kind === 'run') byStem.set(slot.stem, [...(byStem.get(slot.stem) ?? []), slot]);
  const dropped = new Set<Slot>();
  for (const runs of byStem.values()) {
    if (runs.length < 2) continue;
    runs.sort((a, b) => (PRIORITY[b.source] ?? 0) - (PRIORITY[a.source] ?? 0));
    const [kept, ...others] = runs as [Run, ...Run[]];
    for (const other of others) {
      dropped.add(other);
      fillMetadata(kept.run, other.run);
    }
    const note = `same report as ${others.map((o) => o.run.options.sourceFile).join(', ')}; kept the ${kept.source} version`;
    kept.run.result = finalize(kept.run.analysis, kept.run.options);
    kept.run.result.report.message = [kept.run.result.report.message, note]
      .filter(Boolean)
      .join('; ');
    log.push(`${kept.stem}: ${note}`);
  }
  const live = slots.filter((s) => !dropped.has(s));
  for (const slot of live) {
    if (slot.kind !== 'run') continue;
    const id = uniqueId(ids, slot.stem);
    if (id !== slot.run.options.reportId) {
      slot.run.options = { ...slot.run.options, reportId: id };
      slot.run.result = finalize(slot.run.analysis, slot.run.options);
    }
    for (const line of slot.run.analysis.log) log.push(`${id}: ${line}`);
  }

  const runs = live.flatMap((s) => (s.kind === 'run' ? [s.run] : []));
  try {
    resolveAcrossReports(runs);
  } catch (error) {
    log.push(`cross-report pass failed: ${(error as Error).message}`);
  }
  // Each report's checks, once, on its final facts; the cross-report rolls follow them.
  for (const run of runs)
    run.result.checks = [
      ...reportChecks(run.analysis, run.result.facts, run.options.reportId),
      ...run.result.checks,
    ];
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const checks: Check[] = [];
  for (const slot of live) {
    if (slot.kind === 'report') {
      reports.push(slot.report);
      continue;
    }
    reports.push(slot.run.result.report);
    for (const f of slot.run.result.facts) facts.push(f);
    for (const c of slot.run.result.checks) checks.push(c);
  }
  return { reports, facts, checks, log };
}

function uniqueId(ids: Map<string, number>, base: string): string {
  const n = (ids.get(base) ?? 0) + 1;
  ids.set(base, n);
  return n === 1 ? base : `${base}~${n}`;
}

/** Metadata the kept version lacks (an HTML article has no title line) comes from its twin. */
function fillMetadata(kept: ReportRun, other: ReportRun): void {
  const a = kept.analysis.meta;
  const b = other.analysis.meta;
  if (b.title.length > a.title.length) a.title = b.title;
  if (!a.sourceUrl) a.sourceUrl = b.sourceUrl;
  if (!a.publishDate) a.publishDate = b.publishDate;
  if (a.reportYear === null) a.reportYear = b.reportYear;
  if (!a.issuingBody) {
    a.issuingBody = b.issuingBody;
    a.bodyKey = b.bodyKey;
    a.bodyLevel = b.bodyLevel;
  }
  if (!a.scope) a.scope = b.scope;
}
