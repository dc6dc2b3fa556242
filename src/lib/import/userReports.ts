/**
 * The user's own reports as they are kept in the browser: one entry per report with its facts and
 * checks, under an id of its own (`my:` + the report id) so it never collides with a shipped
 * report of the same name, and so every view can tell it is the user's.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, toCsv } from '../extract/csv.ts';
import type { Check, Fact, Report } from '../extract/types.ts';
import type { BatchOutput } from '../pipeline/collectResults.ts';

export const USER_ID_PREFIX = 'my:';

export interface UserReport {
  /** The report id as every table holds it (with USER_ID_PREFIX). */
  id: string;
  report: Report;
  facts: Fact[];
  checks: Check[];
  /** Where it came from: a report file read in the page, or a row of an imported reports.csv. */
  origin: 'file' | 'csv';
}

/** True for the id of a report the user imported. */
export function isUserReport(reportId: string | null | undefined): boolean {
  return !!reportId && reportId.startsWith(USER_ID_PREFIX);
}

/** The id a report gets once imported (an id imported twice keeps one prefix). */
export function userId(reportId: string): string {
  return isUserReport(reportId) ? reportId : `${USER_ID_PREFIX}${reportId}`;
}

/** Groups a batch's rows by report; reports that gave no figures and no checks are not kept. */
export function userReports(
  batch: Pick<BatchOutput, 'reports' | 'facts' | 'checks'>,
  origin: UserReport['origin'],
): UserReport[] {
  const facts = groupBy(batch.facts);
  const checks = groupBy(batch.checks);
  return batch.reports.flatMap((report) => {
    const own = {
      facts: facts.get(report.report_id) ?? [],
      checks: checks.get(report.report_id) ?? [],
    };
    if (report.status === 'error' || report.status === 'unsupported') return [];
    if (!own.facts.length && !own.checks.length) return [];
    const id = userId(report.report_id);
    return [
      {
        id,
        origin,
        report: { ...report, report_id: id },
        facts: own.facts.map((f) => ({ ...f, report_id: id })),
        checks: own.checks.map((c) => ({ ...c, report_id: id })),
      },
    ];
  });
}

function groupBy<T extends { report_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.report_id);
    if (list) list.push(row);
    else out.set(row.report_id, [row]);
  }
  return out;
}

/** The user's reports as the CLI's three CSVs, ready to be loaded like the shipped ones. */
export function userCsvs(
  entries: readonly UserReport[],
): Record<'reports' | 'facts' | 'checks', string> {
  return {
    reports: toCsv(
      REPORT_COLUMNS,
      entries.map((e) => e.report),
    ),
    facts: toCsv(
      FACT_COLUMNS,
      entries.flatMap((e) => e.facts),
    ),
    checks: toCsv(
      CHECK_COLUMNS,
      entries.flatMap((e) => e.checks),
    ),
  };
}
