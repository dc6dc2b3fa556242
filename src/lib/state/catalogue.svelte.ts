/**
 * The catalogue of metrics, concepts, bodies and overview filter options, loaded once after the
 * database starts and shared by every view.
 */
import { query } from '../db/duckdb.ts';
import { bodiesQuery, type BodyRow } from '../sql/bodiesQuery.ts';
import {
  conceptCatalogueQuery,
  metricsQuery,
  type ConceptRow,
  type MetricRow,
} from '../sql/catalogueQuery.ts';
import { filterOptionsQuery, type FilterOption } from '../sql/coverageQuery.ts';
import { yearsQuery } from '../sql/yearsQuery.ts';
import { metricLabel } from './metricLabel.ts';

export interface Catalogue {
  metrics: (MetricRow & { label: string })[];
  concepts: ConceptRow[];
  bodies: BodyRow[];
  filters: FilterOption[];
  years: number[];
}

class CatalogueStore {
  value = $state<Catalogue | null>(null);
  private started: Promise<Catalogue> | null = null;

  load(): Promise<Catalogue> {
    this.started ??= (async () => {
      const [metrics, concepts, bodies, filters, years] = await Promise.all([
        query<MetricRow>(metricsQuery()),
        query<ConceptRow>(conceptCatalogueQuery()),
        query<BodyRow>(bodiesQuery()),
        query<FilterOption>(filterOptionsQuery()),
        query<{ y: number }>(yearsQuery()),
      ]);
      const value: Catalogue = {
        metrics: metrics.map((m) => ({ ...m, label: metricLabel(m.labels, m.metric_id) })),
        concepts,
        bodies,
        filters,
        years: years.map((r) => r.y),
      };
      this.value = value;
      return value;
    })();
    return this.started;
  }
}

export const catalogue = new CatalogueStore();
