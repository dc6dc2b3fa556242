import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

/** What a series is made of: a crosswalk concept (`c_...`) or one catalogue metric. */
export interface SeriesSpec {
  kind: 'concept' | 'metric';
  id: string;
  bodies: string[];
  from?: number | null;
  to?: number | null;
}

export interface SeriesRow {
  body_key: string;
  body_name: string;
  report_year: number;
  report_id: string;
  value: number | null;
  value_status: string;
  format_version: string;
  segment: string;
  comparability: string;
  n_reports: number;
}

/** The source rows of one series: per report, its value for the concept or metric. */
function sourceRows(kind: SeriesSpec['kind']): string {
  if (kind === 'concept')
    return `SELECT report_id, concept_id AS id, value, value_status, segment, comparability FROM concept_values`;
  // A plain metric is one definition: the table figure of the year, total column.
  return `SELECT report_id, metric_id AS id, value, value_status, 'all' AS segment, 'same' AS comparability
  FROM facts WHERE source = 'table' AND period = 'year' AND applicant_type IN ('all', 'total')`;
}

/** The series rows for `where` (on `s.id`, `r.body_key`, `r.report_year`), deduplicated per body-year. */
function seriesSql(kind: SeriesSpec['kind'], where: Where, withId = false): string {
  return `WITH s AS (${sourceRows(kind)}),
rows AS (
  SELECT ${withId ? 's.id, ' : ''}r.body_key, b.body_name, r.report_year, r.report_id, s.value, s.value_status,
    r.format_version, s.segment, s.comparability,
    count(*) OVER (PARTITION BY ${withId ? 's.id, ' : ''}r.body_key, r.report_year) AS n_reports,
    row_number() OVER (PARTITION BY ${withId ? 's.id, ' : ''}r.body_key, r.report_year
      ORDER BY s.value IS NULL, r.report_id) AS rn
  FROM s JOIN reports r USING (report_id) JOIN bodies b ON b.body_key = r.body_key
  ${where}
)
SELECT * EXCLUDE (rn) FROM rows WHERE rn = 1 ORDER BY ${withId ? 'id, ' : ''}body_name, body_key, report_year`;
}

/**
 * One row per body x year for the selected bodies and years: when a body has two reports for one
 * year, the one with a value wins and `n_reports` says so. Years without a report have no row
 * (a gap, not a zero).
 */
export function seriesQuery(spec: SeriesSpec): Query {
  const where = new Where()
    .eq('s.id', spec.id)
    .in('r.body_key', spec.bodies)
    .between('r.report_year', spec.from, spec.to);
  return { sql: seriesSql(spec.kind, where), params: where.params };
}

/**
 * Every concept series of every body (the rows `seriesQuery` filters), for the snapshot the build
 * ships so that a Compare link draws its chart before DuckDB has started (see snapshot.ts).
 */
export function conceptSnapshotQuery(): Query {
  return { sql: seriesSql('concept', new Where(), true), params: [] };
}

/** The bodies with the most values for a concept or metric (used when the URL names none). */
export function topBodiesQuery(kind: SeriesSpec['kind'], id: string, limit: number): Query {
  return {
    sql: `WITH s AS (${sourceRows(kind)})
SELECT r.body_key, count(s.value) AS n
FROM s JOIN reports r USING (report_id)
WHERE s.id = ? AND r.body_key IS NOT NULL
GROUP BY r.body_key HAVING count(s.value) > 0
ORDER BY n DESC, r.body_key LIMIT ?`,
    params: [id, limit],
  };
}

/** `topBodiesQuery('concept', id, limit)` for every concept at once: `bodies` in the same order. */
export function conceptDefaultsQuery(limit: number): Query {
  return {
    sql: `WITH s AS (${sourceRows('concept')}),
n AS (
  SELECT s.id, r.body_key, count(s.value) AS n
  FROM s JOIN reports r USING (report_id)
  WHERE r.body_key IS NOT NULL
  GROUP BY s.id, r.body_key HAVING count(s.value) > 0
)
SELECT id AS concept_id, list(body_key ORDER BY n DESC, body_key)[1:?] AS bodies
FROM n GROUP BY id ORDER BY id`,
    params: [limit],
  };
}

/** One year's value of a concept for every body, largest first: a ranking over the stored series. */
export function rankingQuery(id: string, year: number): Query {
  return {
    sql: `SELECT body_key, body_name, value, value_status, comparability, report_id
FROM concept_series WHERE id = ? AND report_year = ?
ORDER BY value DESC NULLS LAST, body_key`,
    params: [id, year],
  };
}
