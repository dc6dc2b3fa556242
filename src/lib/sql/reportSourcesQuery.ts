import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

/** A report as a chart's source line and CSV name it: who issued it, for which year, where it is. */
export interface ReportSource {
  report_id: string;
  issuing_body: string | null;
  report_year: number | null;
  title: string | null;
  source_url: string | null;
}

/** The given reports' issuers, years, titles and source URLs (ids are bound parameters). */
export function reportSourcesQuery(reportIds: readonly string[]): Query {
  const where = new Where().in('report_id', [...reportIds]);
  if (reportIds.length === 0) where.raw('false');
  return {
    sql: `SELECT report_id, issuing_body, CAST(report_year AS INTEGER) AS report_year, title, source_url
FROM reports ${where} ORDER BY issuing_body, report_year, report_id`,
    params: where.params,
  };
}
