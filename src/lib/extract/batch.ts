/**
 * Extract a batch of report files (names and bytes; no file system here): one bad file never
 * stops the batch. Cross-report evidence is applied, and report ids are made unique.
 */
import { analyse } from './analyse.ts';
import { resolveAcrossReports, type ReportRun } from './crossReport.ts';
import { finalize } from './finalize.ts';
import { readSource } from '../sources/readSource.ts';
import type { Check, Fact, Report } from './types.ts';

export interface BatchInput {
  /** Path as given (used for the base name and the id). */
  name: string;
  bytes: Uint8Array;
  /** Set when the file could not be read at all (the report is listed with this message). */
  error?: string;
}

export interface BatchOutput {
  reports: Report[];
  facts: Fact[];
  checks: Check[];
  log: string[];
}

/** `dir/sub/fujian-x-2023.txt` -> `fujian-x-2023`. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function stem(name: string): string {
  return baseName(name).replace(/\.[^.]+$/, '');
}

export function emptyReport(
  id: string,
  file: string,
  status: Report['status'],
  message: string,
  encoding = '',
): Report {
  return {
    report_id: id,
    source_file: file,
    source_url: '',
    title: '',
    issuing_body: '',
    body_key: '',
    body_level: '',
    scope: '',
    report_year: null,
    publish_date: '',
    format_version: 'none',
    format_variant: '',
    tables_found: '',
    text_truncated: false,
    province: '',
    city: '',
    district: '',
    region_code: '',
    encoding,
    status,
    message,
    narrative_chars: null,
    narrative_signature: '',
  };
}

const PRIORITY: Record<string, number> = { html: 3, docx: 2, pdf: 1, text: 0 };

/** Extract a batch of files; reports of the same name in several formats are kept once. */
export async function extractBatch(
  inputs: readonly BatchInput[],
  onProgress?: (done: number, total: number) => void,
): Promise<BatchOutput> {
  const ids = new Map<string, number>();
  const slots: (
    | { kind: 'run'; run: ReportRun; stem: string; source: string }
    | { kind: 'report'; report: Report }
  )[] = [];
  const log: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const base = stem(input.name);
    const file = baseName(input.name);
    const listOnly = (status: Report['status'], message: string) =>
      slots.push({
        kind: 'report',
        report: emptyReport(uniqueId(ids, base), file, status, message),
      });
    try {
      const source = input.error
        ? ({ kind: 'error', message: `cannot read file: ${input.error}` } as const)
        : await readSource(input.name, input.bytes);
      if (source.kind !== 'text') {
        listOnly(source.kind, source.message);
      } else {
        const analysis = analyse(source.text);
        const options = {
          reportId: base,
          sourceFile: file,
          encoding: source.encoding,
          ...(source.warning ? { warnings: [source.warning] } : {}),
        };
        slots.push({
          kind: 'run',
          run: { analysis, options, result: finalize(analysis, options) },
          stem: base,
          source: source.source,
        });
      }
    } catch (error) {
      listOnly('error', `extraction failed: ${(error as Error).message}`);
    }
    onProgress?.(i + 1, inputs.length);
  }

  // The same report as text and as HTML (or PDF, Word): keep the one whose cells are explicit.
  const byStem = new Map<string, (typeof slots)[number][]>();
  for (const slot of slots)
    if (slot.kind === 'run') byStem.set(slot.stem, [...(byStem.get(slot.stem) ?? []), slot]);
  const dropped = new Set<(typeof slots)[number]>();
  for (const group of byStem.values()) {
    if (group.length < 2) continue;
    const runs = group as Extract<(typeof slots)[number], { kind: 'run' }>[];
    runs.sort((a, b) => (PRIORITY[b.source] ?? 0) - (PRIORITY[a.source] ?? 0));
    const [kept, ...others] = runs;
    for (const other of others) {
      dropped.add(other);
      fillMetadata(kept!.run, other.run);
    }
    const note = `same report as ${others.map((o) => o.run.options.sourceFile).join(', ')}; kept the ${kept!.source} version`;
    kept!.run.result = finalize(kept!.run.analysis, kept!.run.options);
    kept!.run.result.report.message = [kept!.run.result.report.message, note]
      .filter(Boolean)
      .join('; ');
    log.push(`${kept!.stem}: ${note}`);
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
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const checks: Check[] = [];
  for (const slot of live) {
    if (slot.kind === 'report') {
      reports.push(slot.report);
      continue;
    }
    reports.push(slot.run.result.report);
    facts.push(...slot.run.result.facts);
    checks.push(...slot.run.result.checks);
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
