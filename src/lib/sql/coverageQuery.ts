import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

export interface CoverageFilters {
  province?: string;
  city?: string;
  level?: string;
  scope?: string;
}

export interface CoverageRow {
  body_key: string | null;
  body_name: string;
  province: string | null;
  city: string | null;
  report_id: string;
  report_year: number | null;
  format_version: string | null;
  status: string | null;
  n_facts: number;
  n_failed_hard: number;
}

/**
 * One row per report with its body, year, format and number of failed hard checks, for the
 * coverage matrix. Reports without a body or year (not read yet) come too, so none is hidden.
 */
export function coverageQuery(filters: CoverageFilters): Query {
  const where = new Where()
    .eq('r.province', filters.province)
    .eq('r.city', filters.city)
    .eq('r.body_level', filters.level)
    .eq('r.scope', filters.scope);
  return {
    sql: `SELECT r.body_key, coalesce(b.body_name, r.issuing_body, r.report_id) AS body_name,
  coalesce(b.province, r.province) AS province, coalesce(b.city, r.city) AS city,
  r.report_id, r.report_year, r.format_version, r.status,
  coalesce(f.n_facts, 0) AS n_facts, coalesce(c.n_failed_hard, 0) AS n_failed_hard
FROM reports r LEFT JOIN bodies b ON b.body_key = r.body_key
LEFT JOIN (SELECT report_id, count(*) AS n_facts FROM facts GROUP BY report_id) f USING (report_id)
LEFT JOIN (SELECT report_id, count(*) AS n_failed_hard FROM checks
  WHERE severity = 'hard' AND status = 'fail' GROUP BY report_id) c USING (report_id)
${where}
ORDER BY province NULLS LAST, city NULLS LAST, body_name, r.report_year, r.report_id`,
    params: where.params,
  };
}

export interface FilterOption {
  field: 'province' | 'city' | 'level' | 'scope';
  value: string;
  n: number;
}

/** Distinct values of the overview filters, with how many reports each has. */
export function filterOptionsQuery(): Query {
  return {
    sql: `SELECT 'province' AS field, province AS value, count(*) AS n FROM reports WHERE province IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'city', city, count(*) FROM reports WHERE city IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'level', body_level, count(*) FROM reports WHERE body_level IS NOT NULL GROUP BY ALL
UNION ALL SELECT 'scope', scope, count(*) FROM reports WHERE scope IS NOT NULL GROUP BY ALL
ORDER BY field, value`,
    params: [],
  };
}
