import { T3_APPLICANT_PARTS } from '../extract/grammar/t3.ts';
import type { Query } from './query.ts';

/** One report's own row, with its body's display name. */
export function reportQuery(reportId: string): Query {
  return {
    sql: `SELECT r.*, b.body_name FROM reports r LEFT JOIN bodies b ON b.body_key = r.body_key
WHERE r.report_id = ?`,
    params: [reportId],
  };
}

export interface ReportFactRow {
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

/** Every figure of one report, in catalogue order, grouped by the catalogue's table. */
export function reportFactsQuery(reportId: string): Query {
  const order = APPLICANT_ORDER.map((a, i) => `WHEN '${a}' THEN ${i}`).join(' ');
  return {
    sql: `SELECT f.metric_id, m."table", m.labels, f.applicant_type, f.period, f.source, f.qualifier,
  f.value, f.value_raw, f.value_status, f.unit, f.unit_raw, f.label_raw, f.col_label_raw,
  f.context, f.note
FROM facts f
LEFT JOIN (SELECT *, row_number() OVER () AS ord FROM metrics) m ON m.metric_id = f.metric_id
WHERE f.report_id = ?
ORDER BY m.ord NULLS LAST, f.metric_id, f.source DESC, f.period DESC,
  CASE f.applicant_type ${order} ELSE 99 END, f.qualifier`,
    params: [reportId],
  };
}

export interface ReportCheckRow {
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
export function reportChecksQuery(reportId: string): Query {
  return {
    sql: `SELECT check_id, applicant_type, lhs, rhs, delta, severity, status, note, metric_id, period
FROM checks WHERE report_id = ?
ORDER BY CASE status WHEN 'fail' THEN 0 WHEN 'skipped' THEN 2 ELSE 1 END,
  CASE severity WHEN 'hard' THEN 0 ELSE 1 END, check_id, applicant_type, metric_id`,
    params: [reportId],
  };
}
