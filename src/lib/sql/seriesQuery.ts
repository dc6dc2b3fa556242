import { DEFAULT_MIN_N } from '../rates/rates.ts';
import type { Query } from './query.ts';
import { Where } from './whereClause.ts';

export type SeriesKind = 'concept' | 'metric' | 'rate';

/** What a series is made of: a crosswalk concept (`c_...`), one catalogue metric or a rate. */
export interface SeriesSpec {
  kind: SeriesKind;
  id: string;
  bodies: string[];
  from?: number | null;
  to?: number | null;
  /** Rates only: below this denominator the rate has no value, only its count (`small_n`). */
  minN?: number;
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
  /** Rates only: the count above the line and n, the count below it. */
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * The source rows of one series: per report, its value for the concept, metric or rate. A rate
 * whose n is below the minimum (the one bound parameter, first in the query) keeps its counts
 * and loses its value.
 */
function sourceRows(kind: SeriesKind): string {
  if (kind === 'rate')
    return `SELECT report_id, rate_id AS id,
    CASE WHEN value_status IN ('rate', 'imputed_zero') AND denominator < ? THEN NULL ELSE value END AS value,
    CASE WHEN value_status IN ('rate', 'imputed_zero') AND denominator < ? THEN 'small_n' ELSE value_status END
      AS value_status,
    segment, comparability, numerator, denominator
  FROM rate_values`;
  if (kind === 'concept')
    return `SELECT report_id, concept_id AS id, value, value_status, segment, comparability FROM concept_values`;
  // A plain metric is one definition: the table figure of the year, total column.
  return `SELECT report_id, metric_id AS id, value, value_status, 'all' AS segment, 'same' AS comparability
  FROM facts WHERE source = 'table' AND period = 'year' AND applicant_type IN ('all', 'total')`;
}

/** The series rows for `where` (on `s.id`, `r.body_key`, `r.report_year`), deduplicated per body-year. */
function seriesSql(kind: SeriesKind, where: Where, withId = false): string {
  return `WITH s AS (${sourceRows(kind)}),
rows AS (
  SELECT ${withId ? 's.id, ' : ''}r.body_key, b.body_name, r.report_year, r.report_id, s.value, s.value_status,
    r.format_version, s.segment, s.comparability,${kind === 'rate' ? ' s.numerator, s.denominator,' : ''}
    count(*) OVER (PARTITION BY ${withId ? 's.id, ' : ''}r.body_key, r.report_year) AS n_reports,
    row_number() OVER (PARTITION BY ${withId ? 's.id, ' : ''}r.body_key, r.report_year
      ORDER BY s.value IS NULL, ${kind === 'rate' ? 's.denominator IS NULL, ' : ''}r.report_id) AS rn
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
  return { sql: seriesSql(spec.kind, where), params: [...sourceParams(spec), ...where.params] };
}

/** The parameters the source rows bind before the filter's (a rate's minimum n, twice). */
function sourceParams(spec: Pick<SeriesSpec, 'kind' | 'minN'>): number[] {
  const minN = spec.minN ?? DEFAULT_MIN_N;
  return spec.kind === 'rate' ? [minN, minN] : [];
}

/**
 * Every concept series of every body (the rows `seriesQuery` filters), for the snapshot the build
 * ships so that a Compare link draws its chart before DuckDB has started (see snapshot.ts).
 */
export function conceptSnapshotQuery(): Query {
  return { sql: seriesSql('concept', new Where(), true), params: [] };
}

/**
 * Every rate series of every body at the default minimum n (the rows `seriesQuery` filters), for
 * the pre-aggregate the build ships so that a rate draws before DuckDB has started.
 */
export function rateSnapshotQuery(): Query {
  return { sql: seriesSql('rate', new Where(), true), params: sourceParams({ kind: 'rate' }) };
}

/** The bodies with the most values for a concept or metric (used when the URL names none). */
export function topBodiesQuery(kind: SeriesKind, id: string, limit: number): Query {
  return {
    sql: `WITH s AS (${sourceRows(kind)})
SELECT r.body_key, count(s.value) AS n
FROM s JOIN reports r USING (report_id)
WHERE s.id = ? AND r.body_key IS NOT NULL
GROUP BY r.body_key HAVING count(s.value) > 0
ORDER BY n DESC, r.body_key LIMIT ?`,
    params: [...sourceParams({ kind }), id, limit],
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

/** Which bodies a ranking compares: the chosen ones, or all bodies sharing a place or level. */
export interface PeerGroup {
  bodies?: string[];
  level?: string;
  province?: string;
  city?: string;
}

/**
 * One year's value of a series for every body of a peer group, largest first (bodies without a
 * number last, each with its status): the sorted bars of a ranking.
 */
export function rankingQuery(
  spec: Pick<SeriesSpec, 'kind' | 'id' | 'minN'> & { year: number; peers: PeerGroup },
): Query {
  const where = new Where()
    .eq('s.id', spec.id)
    .in('r.body_key', spec.peers.bodies ?? [])
    .eq('b.body_level', spec.peers.level)
    .eq('b.province', spec.peers.province)
    .eq('b.city', spec.peers.city)
    .between('r.report_year', spec.year, spec.year);
  return {
    sql: `SELECT * FROM (${seriesSql(spec.kind, where)})
ORDER BY value DESC NULLS LAST, ${spec.kind === 'rate' ? 'denominator DESC NULLS LAST, ' : ''}body_name, body_key`,
    params: [...sourceParams(spec), ...where.params],
  };
}
