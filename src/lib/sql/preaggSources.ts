/**
 * The rows of the partitioned pre-aggregates the build writes as JSON (scripts/build/writePre.ts):
 * each is an app query without its view's filter, so the browser, filtering a partition, gets
 * exactly the rows the query gives for that filter (tests/unit/preagg checks it in DuckDB).
 */
import { TOPIC_IDS, type TopicIds } from '../state/topics.ts';
import {
  BODY_ANOMALY_ORDER,
  BODY_REPORT_ORDER,
  bodyAnomaliesQuery,
  bodyReportsQuery,
} from './bodyQuery.ts';
import type { Query } from './query.ts';
import { quoteLiteral } from './quote.ts';
import { reportChecksQuery, reportFactsQuery, reportQuery } from './reportQuery.ts';

const topicIds = Object.values(TOPIC_IDS);
const union = (pick: (t: TopicIds) => readonly string[]) => [...new Set(topicIds.flatMap(pick))];

/** Metrics, applicant columns and concepts the topic pages draw (every page's ids). */
export const TOPIC_METRICS = union((t) => t.metrics);
export const TOPIC_APPLICANTS = union((t) => t.applicants);
export const TOPIC_CONCEPTS = union((t) => t.concepts);

const list = (ids: readonly string[]) => ids.map(quoteLiteral).join(', ');

/** One partitioned family: its rows (with a `part` column when split by it), its key column. */
export interface PartitionSource {
  query: Query;
  /** Column whose value picks the bucket. */
  key: string;
  /** Column that splits the family into folders first (one folder per value), if any. */
  part?: string;
  /** Order of rows inside a bucket file. */
  order: string;
}

const plain = (sql: string): Query => ({ sql, params: [] });

/** Concept series (concept_series, built from `conceptSnapshotQuery`), one folder per concept. */
export function seriesSource(): PartitionSource {
  return {
    query: plain(`SELECT id AS part, * EXCLUDE (id) FROM concept_series`),
    key: 'body_key',
    part: 'part',
    order: 'body_name, body_key, report_year',
  };
}

/** Rate series (rate_series, built from `rateSnapshotQuery`), one folder per rate. */
export function rateSeriesSource(): PartitionSource {
  return {
    query: plain(`SELECT id AS part, * EXCLUDE (id) FROM rate_series`),
    key: 'body_key',
    part: 'part',
    order: 'body_name, body_key, report_year',
  };
}

/**
 * Ranking files: the concept and rate series of one year, every body, in the order of
 * `rankingQuery`; the `part` column is the file's path under `ranking/` (`concept/<id>/<year>`).
 */
export function rankingSources(): PartitionSource[] {
  const source = (kind: 'concept' | 'rate', table: string, extra: string): PartitionSource => ({
    query: plain(
      `SELECT '${kind}/' || id || '/' || report_year AS part, * EXCLUDE (id) FROM ${table}`,
    ),
    key: 'body_key',
    part: 'part',
    order: `value DESC NULLS LAST, ${extra}body_name, body_key`,
  });
  return [
    source('concept', 'concept_series', ''),
    source('rate', 'rate_series', 'denominator DESC NULLS LAST, '),
  ];
}

/** One topic page's rows: its table figures (kind 'fact') and concepts. */
function topicPageRows(topic: string, ids: TopicIds): string[] {
  const parts: string[] = [];
  if (ids.metrics.length && ids.applicants.length)
    parts.push(`SELECT ${quoteLiteral(topic)} AS part, r.body_key, b.body_name, r.report_year, r.report_id,
  r.format_version, 'fact' AS kind, f.metric_id AS id, f.applicant_type, f.value, f.value_status,
  'same' AS comparability
FROM facts f JOIN reports r USING (report_id) JOIN bodies b ON b.body_key = r.body_key
WHERE f.metric_id IN (${list(ids.metrics)}) AND f.applicant_type IN (${list(ids.applicants)})
  AND f.source = 'table' AND f.period = 'year'`);
  if (ids.concepts.length)
    parts.push(`SELECT ${quoteLiteral(topic)} AS part, r.body_key, b.body_name, r.report_year, r.report_id,
  r.format_version, 'concept' AS kind, c.concept_id AS id, NULL AS applicant_type, c.value,
  c.value_status, c.comparability
FROM concept_values c JOIN reports r USING (report_id) JOIN bodies b ON b.body_key = r.body_key
WHERE c.concept_id IN (${list(ids.concepts)})`);
  return parts;
}

/** Every row the topic pages can ask for, one folder per topic page. */
export function topicSource(): PartitionSource {
  const parts = Object.entries(TOPIC_IDS).flatMap(([topic, ids]) => topicPageRows(topic, ids));
  return {
    query: plain(parts.join('\nUNION ALL\n')),
    key: 'body_key',
    part: 'part',
    order: 'body_name, body_key, report_year, report_id, kind, id, applicant_type',
  };
}

/** The report page's three queries over every report, one bucket family each. */
export function reportSources(): Record<'row' | 'facts' | 'checks', PartitionSource> {
  const source = (query: Query): PartitionSource => ({ query, key: 'report_id', order: 'ord' });
  // `ord` keeps each query's own order inside a bucket.
  const numbered = (q: Query, exclude = ''): Query => ({
    sql: `SELECT * ${exclude ? `EXCLUDE (${exclude}) ` : ''}, row_number() OVER () AS ord FROM (${q.sql})`,
    params: q.params,
  });
  return {
    row: source(numbered(reportQuery(null))),
    // The values only: the printed forms and evidence strings are read from the database once
    // the page shows, and the catalogue's table and labels are in the page already.
    facts: source(
      numbered(
        reportFactsQuery(null),
        `context, "table", labels, unit_raw, label_raw, col_label_raw, note`,
      ),
    ),
    checks: source(numbered(reportChecksQuery(null))),
  };
}

/** The body page's two queries over every body, one bucket family each (by body key). */
export function bodySources(): Record<'reports' | 'anomalies', PartitionSource> {
  return {
    reports: { query: bodyReportsQuery(null), key: 'body_key', order: BODY_REPORT_ORDER },
    anomalies: { query: bodyAnomaliesQuery(null), key: 'body_key', order: BODY_ANOMALY_ORDER },
  };
}
