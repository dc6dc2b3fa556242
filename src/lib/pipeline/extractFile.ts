/**
 * One input file's bytes to its result: the analysed and finished report (finalised, with its own
 * checks: the only time the batch does this, unless cross-report evidence narrows it), or the row of a file
 * that gives none (with its status and message). Pure and self-contained, so it can run in a
 * worker per file; never throws.
 */
import { analyse } from '../extract/analyse.ts';
import type { Report } from '../extract/types.ts';
import { MAX_BYTES, readSource, type SourceKind } from '../sources/readSource.ts';
import { finishReport, type ReportRun } from './finishReport.ts';
import { baseName, stem } from './listedReport.ts';

/** Reports are a few thousand to some tens of thousands of characters; far past that is not one. */
export const MAX_TEXT_CHARS = 1_000_000;

export type FileResult =
  | { kind: 'run'; run: ReportRun; stem: string; source: SourceKind }
  | { kind: 'listed'; stem: string; file: string; status: Report['status']; message: string };

/** The message of a file over MAX_BYTES, refused before it is read. */
export function tooBig(size: number): string {
  return `file is ${(size / 1048576).toFixed(1)} MB; files over ${MAX_BYTES / 1048576} MB are refused`;
}

/** The row of a file that gives no report. */
export function listed(name: string, status: Report['status'], message: string): FileResult {
  return { kind: 'listed', stem: stem(name), file: baseName(name), status, message };
}

/** Reads, analyses and finalises one file (`name` is its path as given; bytes its content). */
export async function extractFile(name: string, bytes: Uint8Array): Promise<FileResult> {
  try {
    const source = await readSource(name, bytes);
    if (source.kind !== 'text') return listed(name, source.kind, source.message);
    if (source.text.length > MAX_TEXT_CHARS) {
      const m = (source.text.length / 1e6).toFixed(1);
      return listed(
        name,
        'error',
        `text of ${m} million characters; reports over ${MAX_TEXT_CHARS / 1e6} million are refused`,
      );
    }
    const analysis = analyse(source.text);
    const options = {
      reportId: stem(name),
      sourceFile: baseName(name),
      encoding: source.encoding,
      sourceNote: source.note,
      ...(source.warning ? { warnings: [source.warning] } : {}),
    };
    return {
      kind: 'run',
      run: { analysis, options, result: finishReport(analysis, options) },
      stem: stem(name),
      source: source.source,
    };
  } catch (error) {
    return listed(name, 'error', `extraction failed: ${(error as Error).message}`);
  }
}
