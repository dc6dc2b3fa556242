import type { Query } from './query.ts';

export interface MetricRow {
  metric_id: string;
  table: string;
  labels: string;
  unit: string | null;
  formats: string | null;
  n_values: number;
}

/** The metric catalogue in file order, with how many numbers each metric has in `facts`. */
export function metricsQuery(): Query {
  return {
    sql: `SELECT m.metric_id, m."table", m.labels, m.unit, m.formats, coalesce(n.n_values, 0) AS n_values
FROM (SELECT *, row_number() OVER () AS ord FROM metrics) m
LEFT JOIN (SELECT metric_id, count(value) AS n_values FROM facts GROUP BY metric_id) n USING (metric_id)
ORDER BY m.ord`,
    params: [],
  };
}

export interface ConceptRow {
  concept_id: string;
  topic: string;
  label_zh: string;
  label_en: string;
  unit: string;
  relation: string;
  n_values: number;
}

/** The crosswalk concepts, with how many report values each has. */
export function conceptCatalogueQuery(): Query {
  return {
    sql: `SELECT k.*, coalesce(n.n_values, 0) AS n_values
FROM concept_catalogue k
LEFT JOIN (SELECT concept_id, count(value) AS n_values FROM concept_values GROUP BY concept_id) n USING (concept_id)
ORDER BY k.ord`,
    params: [],
  };
}
