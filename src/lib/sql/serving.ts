/**
 * The serving schema: what the build derives from the four CSV tables, once, in Node DuckDB, and
 * writes to the read-only database file the browser attaches (and what the Node tests query).
 * `facts` loses its evidence strings (they move to `evidence`, read only by the report page);
 * `concept_values`, the coverage matrix, the concept series and the anomaly list are computed here
 * by the app's own queries, so no view waits for them in the browser.
 */
import { anomaliesQuery, storedAnomalyCountsQuery } from './anomalies.ts';
import { createBodiesTable } from './bodiesTable.ts';
import { crosswalkSetup } from './conceptsView.ts';
import { coverageQuery } from './coverageQuery.ts';
import type { Query } from './query.ts';
import { rateSetup } from './rateValues.ts';
import { quoteIdent } from './quote.ts';
import { conceptSnapshotQuery, rateSnapshotQuery } from './seriesQuery.ts';

/** The key columns of a fact: what joins `evidence` back to `facts`. */
export const FACT_KEY = [
  'report_id',
  'metric_id',
  'applicant_type',
  'period',
  'source',
  'qualifier',
] as const;

const COVERAGE_ORDER =
  'c.province NULLS LAST, c.city NULLS LAST, c.body_name, c.report_year, c.report_id';

/** A pre-aggregated table: the app query that fills it, bound at build time. */
interface Preaggregate {
  name: string;
  query: Query;
}

/**
 * The tables the build fills from the app's own queries (default thresholds for anomalies), in
 * order: the coverage matrix counts the stored anomaly list.
 */
export function preaggregates(): Preaggregate[] {
  const counts = storedAnomalyCountsQuery();
  const coverage = coverageQuery({});
  return [
    { name: 'anomaly_list', query: anomaliesQuery() },
    {
      name: 'coverage',
      // The body's name and place are the catalogue's (the `bodies` table): a row repeats them
      // only for a report with no body.
      query: {
        sql: `WITH c AS (${coverage.sql}), a AS (${counts.sql})
SELECT c.body_key, CASE WHEN c.body_key IS NULL THEN c.body_name END AS fallback_name,
  c.report_id, c.report_year, c.format_version, c.status, c.n_facts, c.n_failed_hard,
  r.province AS report_province, r.city AS report_city, r.body_level, r.scope,
  coalesce(a.n, 0) AS n_anomalies, a.rank AS anomaly_rank, a.types AS anomaly_types
FROM c JOIN reports r USING (report_id) LEFT JOIN a USING (report_id)
ORDER BY ${COVERAGE_ORDER}`,
        params: [...coverage.params, ...counts.params],
      },
    },
    { name: 'concept_series', query: conceptSnapshotQuery() },
    { name: 'rate_series', query: rateSnapshotQuery() },
  ];
}

/** `CREATE TABLE name AS <query>` for a pre-aggregate (the query's own ORDER BY is kept). */
export function createPreaggregate(p: Preaggregate): Query {
  return {
    sql: `CREATE OR REPLACE TABLE ${quoteIdent(p.name)} AS ${p.query.sql}`,
    params: p.query.params,
  };
}

/**
 * Statements run after the CSV tables are loaded, in order: the evidence split, the bodies and
 * crosswalk tables, then the pre-aggregates (which read all of them).
 */
export function servingSetup(): Query[] {
  const key = FACT_KEY.join(', ');
  const plain = (sql: string): Query => ({ sql, params: [] });
  return [
    plain(`CREATE OR REPLACE TABLE evidence AS
SELECT ${key}, context FROM facts WHERE context IS NOT NULL AND context <> '' ORDER BY report_id`),
    plain(
      `CREATE OR REPLACE TABLE facts AS SELECT * EXCLUDE (context) FROM facts ORDER BY report_id, metric_id`,
    ),
    plain(createBodiesTable()),
    ...crosswalkSetup().map(plain),
    ...rateSetup().map(plain),
    ...preaggregates().map(createPreaggregate),
  ];
}

/** Every table of the serving database, each with the order its rows are written in. */
export const SERVED_TABLES: Record<string, string> = {
  reports: 'report_id',
  facts: 'report_id, metric_id',
  evidence: 'report_id',
  checks: 'report_id',
  metrics: '',
  bodies: 'body_key',
  crosswalk: '',
  concept_catalogue: 'ord',
  concept_values: 'concept_id, report_id',
  rate_catalogue: '',
  rate_terms: '',
  rate_formats: '',
  rate_values: 'rate_id, report_id',
  anomaly_list: 'rowid',
  coverage: 'rowid',
  concept_series: '',
  rate_series: '',
};
