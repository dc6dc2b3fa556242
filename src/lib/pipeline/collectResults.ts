/**
 * The batch step over every file's finished result (results only, never the files' bytes): the
 * same report in several formats is kept once, report ids are made unique, and the cross-report
 * evidence is applied (crossReportStep.ts). No report is finalised here: a twin's metadata and a
 * new id change the report row and the ids, never the facts.
 */
import { reportRow, type Finalized } from '../extract/finalize.ts';
import type { Check, Fact, Report } from '../extract/types.ts';
import { applyCrossReport } from './crossReportStep.ts';
import type { FileResult } from './extractFile.ts';
import type { ReportRun } from './finishReport.ts';
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
    const { run } = kept;
    run.options = { ...run.options, batchNotes: [...(run.options.batchNotes ?? []), note] };
    run.result.report = reportRow(run.analysis, run.options, run.result.facts);
    log.push(`${kept.stem}: ${note}`);
  }
  const live = slots.filter((s) => !dropped.has(s));
  for (const slot of live) {
    if (slot.kind !== 'run') continue;
    const id = uniqueId(ids, slot.stem);
    if (id !== slot.run.options.reportId) {
      slot.run.options = { ...slot.run.options, reportId: id };
      renameReport(slot.run.result, id);
    }
    for (const line of slot.run.analysis.log) log.push(`${id}: ${line}`);
  }

  const runs = live.flatMap((s) => (s.kind === 'run' ? [s.run] : []));
  try {
    applyCrossReport(runs);
  } catch (error) {
    log.push(`cross-report pass failed: ${(error as Error).message}`);
  }
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

/** A finished report under another id: the id is all its rows carry of it. */
function renameReport(result: Finalized, id: string): void {
  result.report.report_id = id;
  for (const f of result.facts) f.report_id = id;
  for (const c of result.checks) c.report_id = id;
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
