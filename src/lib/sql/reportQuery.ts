import { T3_APPLICANT_PARTS } from '../extract/grammar/t3.ts';
import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

/**
 * The report page reads one report (`where` binds its id); the build reads every report at once
 * with the same SELECT (`where` empty) to write the page's pre-aggregate (see preaggSources.ts).
 */
function reportWhere(alias: string, reportId: string | null): Where {
  return reportId === null ? new Where() : new Where().in(`${alias}.report_id`, [reportId]);
}

/** One report's own row, with its body's display name (every report when the id is null). */
export function reportQuery(reportId: string | null): Query {
  const where = reportWhere('r', reportId);
  return {
    sql: `SELECT r.*, b.body_name FROM reports r LEFT JOIN bodies b ON b.body_key = r.body_key
${where}
ORDER BY r.report_id`,
    params: where.params,
  };
}

export interface ReportFactRow {
  report_id: string;
  metric_id: string;
  table: string | null;
  labels: string | null;
  applicant_type: string;
  period: string;
  source: string;
  qualifier: string | null;
  value: number | null;
  value_raw: string | null;
  value_status: string;
  unit: string | null;
  unit_raw: string | null;
  label_raw: string | null;
  col_label_raw: string | null;
  context: string | null;
  note: string | null;
}

/** Applicant columns in table order: `all`, the six printed columns, the legal subtotal, total. */
const APPLICANT_ORDER = ['all', ...T3_APPLICANT_PARTS, 'legal_subtotal', 'total'];

/**
 * Every figure of one report with its evidence string (kept apart from `facts`, see serving.ts), in
 * catalogue order, grouped by the catalogue's table.
 */
export function reportFactsQuery(reportId: string | null): Query {
  const where = reportWhere('f', reportId);
  const order = APPLICANT_ORDER.map((a, i) => `WHEN '${a}' THEN ${i}`).join(' ');
  return {
    sql: `SELECT f.report_id, f.metric_id, m."table", m.labels, f.applicant_type, f.period, f.source, f.qualifier,
  f.value, f.value_raw, f.value_status, f.unit, f.unit_raw, f.label_raw, f.col_label_raw,
  e.context, f.note
FROM facts f
LEFT JOIN (SELECT *, row_number() OVER () AS ord FROM metrics) m ON m.metric_id = f.metric_id
LEFT JOIN evidence e ON e.report_id = f.report_id AND e.metric_id IS NOT DISTINCT FROM f.metric_id
  AND e.applicant_type = f.applicant_type AND e.period = f.period AND e.source = f.source
  AND e.qualifier IS NOT DISTINCT FROM f.qualifier
${where}
ORDER BY f.report_id, m.ord NULLS LAST, f.metric_id, f.source DESC, f.period DESC,
  CASE f.applicant_type ${order} ELSE 99 END, f.qualifier`,
    params: where.params,
  };
}

export interface ReportCheckRow {
  report_id: string;
  check_id: string;
  applicant_type: string | null;
  lhs: number | null;
  rhs: number | null;
  delta: number | null;
  severity: string;
  status: string;
  note: string | null;
  metric_id: string | null;
  period: string | null;
}

/** Every identity evaluated on one report: failures first, then hard before soft. */
export function reportChecksQuery(reportId: string | null): Query {
  const where = reportWhere('c', reportId);
  return {
    sql: `SELECT report_id, check_id, applicant_type, lhs, rhs, delta, severity, status, note, metric_id, period
FROM checks c ${where}
ORDER BY report_id, CASE status WHEN 'fail' THEN 0 WHEN 'skipped' THEN 2 ELSE 1 END,
  CASE severity WHEN 'hard' THEN 0 ELSE 1 END, check_id, applicant_type, metric_id, period`,
    params: where.params,
  };
}

/** What the report page shows beside a figure's value: how it was printed, and where. */
export interface EvidenceRow {
  metric_id: string;
  applicant_type: string;
  period: string;
  source: string;
  qualifier: string | null;
  unit_raw: string | null;
  label_raw: string | null;
  col_label_raw: string | null;
  context: string | null;
  note: string | null;
}

/** The printed forms of one report's figures: labels, units, notes and the evidence strings. */
export function reportEvidenceQuery(reportId: string): Query {
  return {
    sql: `SELECT f.metric_id, f.applicant_type, f.period, f.source, f.qualifier,
  f.unit_raw, f.label_raw, f.col_label_raw, e.context, f.note
FROM facts f
LEFT JOIN evidence e ON e.report_id = f.report_id AND e.metric_id IS NOT DISTINCT FROM f.metric_id
  AND e.applicant_type = f.applicant_type AND e.period = f.period AND e.source = f.source
  AND e.qualifier IS NOT DISTINCT FROM f.qualifier
WHERE f.report_id = ?`,
    params: [reportId],
  };
}
