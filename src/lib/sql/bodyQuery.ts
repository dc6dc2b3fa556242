/**
 * The body page reads one body (`key` bound); the build reads every body at once with the same
 * SELECT (key null) to write the page's pre-aggregate, bucketed by body (see preaggSources.ts).
 * Both read the stored tables (`coverage`, `anomaly_list`), never all facts.
 */
import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

export interface BodyReportRow {
  body_key: string;
  report_id: string;
  report_year: number | null;
  /** The issuer as signed that year (the body's name is the catalogue's). */
  issuing_body: string | null;
  title: string | null;
  source_url: string | null;
  format_version: string | null;
  status: string | null;
  n_facts: number;
  n_failed_hard: number;
  /** The failed hard checks' ids, comma-separated in code-point order (null: none). */
  failed_checks: string | null;
  n_anomalies: number;
}

const bodyWhere = (column: string, key: string | null) =>
  key === null ? new Where().raw(`${column} IS NOT NULL`) : new Where().in(column, [key]);

/** Order of a body's reports: by year, then id. */
export const BODY_REPORT_ORDER = 'body_key, report_year NULLS LAST, report_id';

/** A body's reports with their format, failed hard checks and anomaly count (every body's for null). */
export function bodyReportsQuery(key: string | null): Query {
  const where = bodyWhere('c.body_key', key);
  return {
    sql: `SELECT c.body_key, c.report_id, c.report_year, r.issuing_body, r.title, r.source_url,
  c.format_version, c.status, c.n_facts, c.n_failed_hard, f.failed_checks, c.n_anomalies
FROM coverage c JOIN reports r USING (report_id)
LEFT JOIN (SELECT report_id, string_agg(DISTINCT check_id, ',' ORDER BY check_id) AS failed_checks
  FROM checks WHERE severity = 'hard' AND status = 'fail' GROUP BY report_id) f USING (report_id)
${where}
ORDER BY ${BODY_REPORT_ORDER}`,
    params: where.params,
  };
}

/** Order of a body's findings: most severe first, as the Anomalies view lists them. */
export const BODY_ANOMALY_ORDER = `body_key, CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
  type, report_year NULLS LAST, report_id, anomaly_id`;

/** A body's findings at the default thresholds (the stored list; every body's for null). */
export function bodyAnomaliesQuery(key: string | null): Query {
  const where = bodyWhere('body_key', key);
  return {
    sql: `SELECT * FROM anomaly_list ${where} ORDER BY ${BODY_ANOMALY_ORDER}`,
    params: where.params,
  };
}
