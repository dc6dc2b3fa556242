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
  };
}

export function extractBatch(
  inputs: readonly BatchInput[],
  onProgress?: (done: number, total: number) => void,
): BatchOutput {
  const ids = new Map<string, number>();
  const uniqueId = (name: string) => {
    const base = stem(name);
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  };
  const slots: ({ kind: 'run'; run: ReportRun } | { kind: 'report'; report: Report })[] = [];
  const log: string[] = [];
  inputs.forEach((input, i) => {
    const id = uniqueId(input.name);
    const file = baseName(input.name);
    try {
      const source = readSource(input.name, input.bytes);
      if (source.kind !== 'text') {
        slots.push({ kind: 'report', report: emptyReport(id, file, source.kind, source.message) });
      } else {
        const analysis = analyse(source.text);
        const options = { reportId: id, sourceFile: file, encoding: source.encoding };
        slots.push({
          kind: 'run',
          run: { analysis, options, result: finalize(analysis, options) },
        });
        for (const line of analysis.log) log.push(`${id}: ${line}`);
      }
    } catch (error) {
      slots.push({
        kind: 'report',
        report: emptyReport(id, file, 'error', `extraction failed: ${(error as Error).message}`),
      });
    }
    onProgress?.(i + 1, inputs.length);
  });
  const runs = slots.flatMap((s) => (s.kind === 'run' ? [s.run] : []));
  try {
    resolveAcrossReports(runs);
  } catch (error) {
    log.push(`cross-report pass failed: ${(error as Error).message}`);
  }
  const reports: Report[] = [];
  const facts: Fact[] = [];
  const checks: Check[] = [];
  for (const slot of slots) {
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
