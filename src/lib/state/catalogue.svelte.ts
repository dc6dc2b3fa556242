/**
 * The catalogue of metrics, concepts, bodies and overview filter options, shared by every view:
 * from the build's catalogue.json (so pickers and labels need no database), or from DuckDB.
 */
import { query } from '../db/duckdb.ts';
import { fromColumnar, type Columnar } from '../preagg/columnar.ts';
import { fetchPre } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
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
  /** Per concept, the bodies Compare shows when the URL names none (null: ask the database). */
  conceptDefaults: Record<string, string[]> | null;
  /** Per topic page, the bodies it shows when the URL names none (null: ask the database). */
  topicDefaults: Record<string, string[]> | null;
}

/** The shape of catalogue.json (scripts/build/writePre.ts). */
interface CatalogueFile {
  metrics: Columnar;
  concepts: Columnar;
  bodies: Columnar;
  filters: Columnar;
  years: number[];
  conceptDefaults: Record<string, string[]>;
  topicDefaults: Record<string, string[]>;
}

async function fromDatabase(): Promise<Omit<Catalogue, 'metrics'> & { metrics: MetricRow[] }> {
  const [metrics, concepts, bodies, filters, years] = await Promise.all([
    query<MetricRow>(metricsQuery()),
    query<ConceptRow>(conceptCatalogueQuery()),
    query<BodyRow>(bodiesQuery()),
    query<FilterOption>(filterOptionsQuery()),
    query<{ y: number }>(yearsQuery()),
  ]);
  return {
    metrics,
    concepts,
    bodies,
    filters,
    years: years.map((r) => r.y),
    conceptDefaults: null,
    topicDefaults: null,
  };
}

class CatalogueStore {
  // Raw: the catalogue is replaced once, never mutated; no deep proxy over its bodies.
  value = $state.raw<Catalogue | null>(null);
  private started: Promise<Catalogue> | null = null;

  load(): Promise<Catalogue> {
    this.started ??= (async () => {
      const file = await fetchPre<CatalogueFile>(PRE_FILES.catalogue);
      const c = file
        ? {
            metrics: fromColumnar<MetricRow>(file.metrics),
            concepts: fromColumnar<ConceptRow>(file.concepts),
            bodies: fromColumnar<BodyRow>(file.bodies),
            filters: fromColumnar<FilterOption>(file.filters),
            years: file.years,
            conceptDefaults: file.conceptDefaults,
            topicDefaults: file.topicDefaults,
          }
        : await fromDatabase();
      const value: Catalogue = {
        ...c,
        metrics: c.metrics.map((m) => ({ ...m, label: metricLabel(m.labels, m.metric_id) })),
      };
      this.value = value;
      return value;
    })();
    return this.started;
  }

  /** Forgets the catalogue, so the next `load` reads the data shown now (the user's own data). */
  reset(): void {
    this.started = null;
  }
}

export const catalogue = new CatalogueStore();
