/**
 * The user's own reports as they are kept in the browser: one entry per report with its facts and
 * checks, under an id of its own (`my:` + the report id) so it never collides with a shipped
 * report of the same name, and so every view can tell it is the user's.
 */
import { CHECK_COLUMNS, FACT_COLUMNS, REPORT_COLUMNS, csvLine } from '../extract/csv.ts';
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

type CsvTable = 'reports' | 'facts' | 'checks';

/**
 * A report as the browser keeps it: its rows already as the CLI's CSV lines (made once, in the
 * import worker), so the page never holds, copies or proxies tens of thousands of fact objects.
 */
export interface KeptReport {
  id: string;
  origin: UserReport['origin'];
  /** What the panel lists it by. */
  body: string;
  year: number | null;
  file: string;
  /** CSV lines of each table, each ending with `\n`, no header. */
  rows: Record<CsvTable, string>;
}

const lines = <T>(columns: readonly (keyof T)[], rows: readonly T[]) =>
  rows.map((r) => `${csvLine(columns, r)}\n`).join('');

export function keptReport(entry: UserReport): KeptReport {
  const { report } = entry;
  return {
    id: entry.id,
    origin: entry.origin,
    body: report.issuing_body ?? '',
    year: report.report_year ?? null,
    file: report.source_file ?? '',
    rows: {
      reports: lines(REPORT_COLUMNS, [report]),
      facts: lines(FACT_COLUMNS, entry.facts),
      checks: lines(CHECK_COLUMNS, entry.checks),
    },
  };
}

const HEADERS: Record<CsvTable, readonly string[]> = {
  reports: REPORT_COLUMNS,
  facts: FACT_COLUMNS,
  checks: CHECK_COLUMNS,
};

/** The kept reports as the CLI's three CSVs (header included), to be loaded like shipped ones. */
export function userCsvs(kept: readonly KeptReport[]): Record<CsvTable, string> {
  const csv = (t: CsvTable) => `${HEADERS[t].join(',')}\n${kept.map((k) => k.rows[t]).join('')}`;
  return { reports: csv('reports'), facts: csv('facts'), checks: csv('checks') };
}
