import type { TopicIds } from '../state/topics.ts';
import type { Topic } from '../state/urlState.ts';
import type { Param, Query } from './query.ts';
import { placeholders } from './quote.ts';
import { Where } from './whereClause.ts';

/** Which body-years a topic page shows: the chosen bodies (all when none) and year range. */
export interface TopicScope {
  bodies: string[];
  /** The topic page asking (its pre-aggregate holds only that page's rows). */
  topic?: Topic;
  from?: number | null;
  to?: number | null;
}

export interface TopicRow {
  body_key: string;
  body_name: string;
  report_year: number;
  report_id: string;
  format_version: string;
  category: string;
  value: number | null;
  value_status: string;
  comparability: string;
}

function scopeWhere(scope: TopicScope): Where {
  return new Where().in('r.body_key', scope.bodies).between('r.report_year', scope.from, scope.to);
}

const ORDER = 'ORDER BY b.body_name, r.body_key, r.report_year, r.report_id';

/**
 * Table figures of the given metrics and applicant types, long: one row per report x metric x
 * applicant type, `category` = the metric id, or the applicant type when `byApplicant`.
 */
export function topicFactsQuery(
  metrics: readonly string[],
  applicantTypes: readonly string[],
  scope: TopicScope,
  byApplicant = false,
): Query {
  const where = scopeWhere(scope)
    .in('f.metric_id', metrics)
    .in('f.applicant_type', applicantTypes)
    .raw(`f.source = 'table'`)
    .raw(`f.period = 'year'`);
  return {
    sql: `SELECT r.body_key, b.body_name, r.report_year, r.report_id, r.format_version,
  ${byApplicant ? 'f.applicant_type' : 'f.metric_id'} AS category, f.value, f.value_status,
  'same' AS comparability
FROM facts f JOIN reports r USING (report_id) JOIN bodies b ON b.body_key = r.body_key
${where}
${ORDER}`,
    params: where.params,
  };
}

/** Crosswalk concepts, long: one row per report x concept, `category` = the concept id. */
export function topicConceptsQuery(concepts: readonly string[], scope: TopicScope): Query {
  const where = scopeWhere(scope).in('c.concept_id', concepts);
  return {
    sql: `SELECT r.body_key, b.body_name, r.report_year, r.report_id, r.format_version,
  c.concept_id AS category, c.value, c.value_status, c.comparability
FROM concept_values c JOIN reports r USING (report_id) JOIN bodies b ON b.body_key = r.body_key
${where}
${ORDER}`,
    params: where.params,
  };
}

/**
 * The bodies a topic page shows when none is chosen: those with the most values among the
 * topic's figures and concepts (then by key), at most `limit`.
 */
export function topicDefaultsQuery(ids: TopicIds, limit: number): Query {
  const parts: string[] = [];
  const params: Param[] = [];
  if (ids.metrics.length && ids.applicants.length) {
    parts.push(`SELECT r.body_key, f.value FROM facts f JOIN reports r USING (report_id)
  WHERE f.metric_id IN (${placeholders(ids.metrics.length)}) AND f.applicant_type IN (${placeholders(ids.applicants.length)})
    AND f.source = 'table' AND f.period = 'year'`);
    params.push(...ids.metrics, ...ids.applicants);
  }
  if (ids.concepts.length) {
    parts.push(`SELECT r.body_key, c.value FROM concept_values c JOIN reports r USING (report_id)
  WHERE c.concept_id IN (${placeholders(ids.concepts.length)})`);
    params.push(...ids.concepts);
  }
  if (!parts.length) return { sql: 'SELECT NULL::VARCHAR AS body_key WHERE false', params: [] };
  return {
    sql: `WITH v AS (${parts.join('\nUNION ALL\n')})
SELECT body_key FROM v WHERE body_key IS NOT NULL
GROUP BY body_key HAVING count(value) > 0
ORDER BY count(value) DESC, body_key LIMIT ?`,
    params: [...params, limit],
  };
}
