/**
 * Loads the long rows a topic page draws (one call per chart group): from the topic
 * pre-aggregate's partitions of the chosen bodies, or from DuckDB when the build has none.
 */
import { query } from '../db/duckdb.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import { topicConceptRows, topicFactRows, type TopicSourceRow } from '../preagg/viewRows.ts';
import { TOPIC_DEFAULT_BODIES, TOPIC_IDS } from './topics.ts';
import type { Topic } from './urlState.ts';
import {
  topicConceptsQuery,
  topicDefaultsQuery,
  topicFactsQuery,
  type TopicRow,
  type TopicScope,
} from '../sql/topicQuery.ts';

function topicRows(scope: TopicScope): Promise<TopicSourceRow[] | null> {
  const topic = scope.topic;
  if (!scope.bodies.length || !topic) return Promise.resolve(null);
  const bodies = new Set(scope.bodies);
  return partitionRows<TopicSourceRow>(
    'topic',
    scope.bodies,
    (b) => PRE_FILES.topic(topic, b),
    (r) => bodies.has(r.body_key),
  );
}

export async function loadFacts(
  metrics: readonly string[],
  applicantTypes: readonly string[],
  scope: TopicScope,
  byApplicant = false,
): Promise<TopicRow[]> {
  const rows = await topicRows(scope);
  if (rows) return topicFactRows(rows, metrics, applicantTypes, scope, byApplicant);
  return query<TopicRow>(topicFactsQuery(metrics, applicantTypes, scope, byApplicant));
}

export async function loadConcepts(
  concepts: readonly string[],
  scope: TopicScope,
): Promise<TopicRow[]> {
  const rows = await topicRows(scope);
  if (rows) return topicConceptRows(rows, concepts, scope);
  return query<TopicRow>(topicConceptsQuery(concepts, scope));
}

/** The bodies a topic page shows when none is chosen: from the catalogue, or from DuckDB. */
export async function loadTopicDefaults(
  topic: Topic,
  known: Record<string, string[]> | null,
): Promise<string[]> {
  const bodies = known?.[topic];
  if (bodies) return bodies;
  const rows = await query<{ body_key: string }>(
    topicDefaultsQuery(TOPIC_IDS[topic], TOPIC_DEFAULT_BODIES),
  );
  return rows.map((r) => r.body_key);
}
