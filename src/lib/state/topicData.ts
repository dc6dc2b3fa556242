/** Loads the long rows a topic page draws (one call per chart group). */
import { query } from '../db/duckdb.ts';
import {
  topicConceptsQuery,
  topicFactsQuery,
  type TopicRow,
  type TopicScope,
} from '../sql/topicQuery.ts';

export function loadFacts(
  metrics: readonly string[],
  applicantTypes: readonly string[],
  scope: TopicScope,
  byApplicant = false,
) {
  return query<TopicRow>(topicFactsQuery(metrics, applicantTypes, scope, byApplicant));
}

export function loadConcepts(concepts: readonly string[], scope: TopicScope) {
  return query<TopicRow>(topicConceptsQuery(concepts, scope));
}
