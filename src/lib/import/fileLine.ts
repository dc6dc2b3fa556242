/**
 * What the import panel says about one dropped file: its status, the format found, how many
 * figures were read and checks failed, or in plain words why it gave no report.
 */
import type { Report } from '../extract/types.ts';
import type { FileResult } from '../pipeline/extractFile.ts';

/** Why a file gave no report, in the panel's words (the reader's own message is kept beside it). */
export type FileReason = 'scanned' | 'format' | 'tooLarge' | 'notReport' | 'unreadable';

export interface FileLine {
  /** The file's path as dropped (a folder's files keep their relative path). */
  name: string;
  status: Report['status'];
  /** `pdf · t2021`: the reader used and the report format found; '' without a report. */
  format: string;
  /** Facts carrying a value. */
  figures: number;
  /** Checks that failed (hard and soft). */
  failed: number;
  reason: FileReason | null;
  message: string;
}

/** The reason a file's row names, from the readers' messages (src/lib/sources/readSource.ts). */
export function fileReason(status: Report['status'], message: string): FileReason {
  if (/no text layer/.test(message)) return 'scanned';
  if (/MB; files over .* refused/.test(message)) return 'tooLarge';
  if (status === 'unsupported') return 'format';
  return 'unreadable';
}

/** The panel's line for one file's result. */
export function fileLine(name: string, result: FileResult): FileLine {
  if (result.kind === 'listed') {
    const { status, message } = result;
    return {
      name,
      status,
      format: '',
      figures: 0,
      failed: 0,
      reason: fileReason(status, message),
      message,
    };
  }
  const { report, facts, checks } = result.run.result;
  const figures = facts.filter((f) => f.value !== null).length;
  // A file that reads but holds no table, no year and no figure is not an annual report.
  const notReport = figures === 0 && report.format_version === 'none';
  return {
    name,
    status: report.status,
    format: `${result.source} · ${report.format_version}`,
    figures,
    failed: checks.filter((c) => c.status === 'fail').length,
    reason: notReport ? 'notReport' : null,
    message: report.message,
  };
}
