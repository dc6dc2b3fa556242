/**
 * What each view's query returns, computed from pre-aggregate rows instead of DuckDB: the same
 * filters, the same order (tests/unit/preagg/viewRows.test.ts holds them to the SQL's rows).
 */
import type { BodyRow } from '../sql/bodiesQuery.ts';
import type { CoverageFilters, CoverageRow } from '../sql/coverageQuery.ts';
import type { PeerGroup, SeriesRow, SeriesSpec } from '../sql/seriesQuery.ts';
import type { TopicRow, TopicScope } from '../sql/topicQuery.ts';
import { byColumns } from './rowOrder.ts';

/** A row of the topic family (preaggSources.ts topicSource). */
export interface TopicSourceRow extends Omit<TopicRow, 'category'> {
  kind: 'fact' | 'concept';
  id: string;
  applicant_type: string | null;
}

/** A row of the coverage pre-aggregate: the report's cells; its body's name and place are the catalogue's. */
export interface CoverageSourceRow {
  body_key: string | null;
  /** The name shown for a report with no body (its issuer, or its id). */
  fallback_name: string | null;
  report_id: string;
  report_year: number | null;
  format_version: string | null;
  status: string | null;
  n_facts: number;
  n_failed_hard: number;
  report_province: string | null;
  report_city: string | null;
  body_level: string | null;
  scope: string | null;
  n_anomalies: number;
  anomaly_rank: number | null;
  anomaly_types: string | null;
}

/** The body fields a coverage row takes from the catalogue. */
export interface CoverageBodyInfo {
  body_name: string;
  province: string | null;
  city: string | null;
}

const inYears = (year: number | null, from?: number | null, to?: number | null) =>
  (from == null || (year != null && year >= from)) && (to == null || (year != null && year <= to));

const inList = <T>(list: readonly T[], value: T) => list.length === 0 || list.includes(value);

/** `seriesQuery(spec)` for a concept, from its series rows (already that concept's). */
export function seriesRows(rows: readonly SeriesRow[], spec: SeriesSpec): SeriesRow[] {
  return rows
    .filter((r) => inList(spec.bodies, r.body_key) && inYears(r.report_year, spec.from, spec.to))
    .sort(byColumns<SeriesRow>('body_name', 'body_key', 'report_year'));
}

/**
 * A ranking file's rows within a peer group, in the file's (the query's) order: the rows
 * `rankingQuery` gives for the same spec. `bodies` are the catalogue's (level, city, province).
 */
export function rankingRows(
  rows: readonly SeriesRow[],
  peers: PeerGroup,
  bodies: readonly Pick<BodyRow, 'body_key' | 'body_level' | 'city' | 'province'>[],
): SeriesRow[] {
  const place = new Map(bodies.map((b) => [b.body_key, b]));
  const same = (want: string | undefined, have: string | null | undefined) =>
    !want || want === have;
  return rows.filter((r) => {
    const b = place.get(r.body_key);
    return (
      inList(peers.bodies ?? [], r.body_key) &&
      same(peers.level, b?.body_level) &&
      same(peers.province, b?.province) &&
      same(peers.city, b?.city)
    );
  });
}

/** The columns a topic row shares with its source row. */
function topicRow(r: TopicSourceRow): Omit<TopicRow, 'category'> {
  return {
    body_key: r.body_key,
    body_name: r.body_name,
    report_year: r.report_year,
    report_id: r.report_id,
    format_version: r.format_version,
    value: r.value,
    value_status: r.value_status,
    comparability: r.comparability,
  };
}

const topicOrder = byColumns<TopicRow>('body_name', 'body_key', 'report_year', 'report_id');

/** `topicFactsQuery(...)` from topic rows. */
export function topicFactRows(
  rows: readonly TopicSourceRow[],
  metrics: readonly string[],
  applicantTypes: readonly string[],
  scope: TopicScope,
  byApplicant = false,
): TopicRow[] {
  return rows
    .filter(
      (r) =>
        r.kind === 'fact' &&
        inList(metrics, r.id) &&
        inList(applicantTypes, r.applicant_type ?? '') &&
        inList(scope.bodies, r.body_key) &&
        inYears(r.report_year, scope.from, scope.to),
    )
    .map((r) => ({
      ...topicRow(r),
      category: byApplicant ? (r.applicant_type ?? '') : r.id,
    }))
    .sort(topicOrder);
}

/** `topicConceptsQuery(...)` from topic rows. */
export function topicConceptRows(
  rows: readonly TopicSourceRow[],
  concepts: readonly string[],
  scope: TopicScope,
): TopicRow[] {
  return rows
    .filter(
      (r) =>
        r.kind === 'concept' &&
        inList(concepts, r.id) &&
        inList(scope.bodies, r.body_key) &&
        inYears(r.report_year, scope.from, scope.to),
    )
    .map((r) => ({ ...topicRow(r), category: r.id }))
    .sort(topicOrder);
}

/** A coverage row ready to show, with the report's own place kept for the filters. */
export interface JoinedCoverageRow extends CoverageRow {
  report_province: string | null;
  report_city: string | null;
  body_level: string | null;
  scope: string | null;
}

/** The coverage pre-aggregate's rows with their body's name and place (done once per load). */
export function joinCoverage(
  rows: readonly CoverageSourceRow[],
  bodies: ReadonlyMap<string, CoverageBodyInfo>,
): JoinedCoverageRow[] {
  return rows.map((r) => {
    const b = r.body_key ? bodies.get(r.body_key) : undefined;
    return {
      body_key: r.body_key,
      body_name: b?.body_name ?? r.fallback_name ?? r.report_id,
      province: b?.province ?? r.report_province,
      city: b?.city ?? r.report_city,
      report_id: r.report_id,
      report_year: r.report_year,
      format_version: r.format_version,
      status: r.status,
      n_facts: r.n_facts,
      n_failed_hard: r.n_failed_hard,
      report_province: r.report_province,
      report_city: r.report_city,
      body_level: r.body_level,
      scope: r.scope,
    };
  });
}

/**
 * The first rows of `rows` (in their order) up to the `bodies`-th distinct body: the Overview's
 * first page of the matrix, which draws bodies in the order they first appear. Rows without a body
 * on the way are kept (the matrix lists them apart).
 */
export function coverageHead<T extends { body_key: string | null }>(
  rows: readonly T[],
  bodies: number,
): T[] {
  const seen = new Set<string>();
  let end = 0;
  for (; end < rows.length; end++) {
    const key = rows[end]!.body_key;
    if (key === null || seen.has(key)) continue;
    if (seen.size === bodies) break;
    seen.add(key);
  }
  return rows.slice(0, end);
}

/** No filter of the Overview is set. */
export const noCoverageFilter = (f: CoverageFilters): boolean =>
  !f.province && !f.city && !f.level && !f.scope;

/** `coverageQuery(filters)` from the joined coverage rows (kept in their order). */
export function coverageRows(
  rows: readonly JoinedCoverageRow[],
  filters: CoverageFilters,
): JoinedCoverageRow[] {
  const eq = (want: string | undefined, have: string | null) => !want || want === have;
  if (noCoverageFilter(filters)) return [...rows];
  return rows.filter(
    (r) =>
      eq(filters.province, r.report_province) &&
      eq(filters.city, r.report_city) &&
      eq(filters.level, r.body_level) &&
      eq(filters.scope, r.scope),
  );
}
