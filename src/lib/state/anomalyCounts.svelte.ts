/**
 * Anomaly counts per report with the default thresholds, loaded once and shared by the views that
 * mark reports (Overview matrix, Compare points). They come after the view's own queries: the
 * marks may appear a moment after the chart.
 */
import { query } from '../db/duckdb.ts';
import { anomalyCountsQuery } from '../sql/anomalies.ts';
import { countMap, type AnomalyCount } from './anomalyMarks.ts';

class AnomalyCountsStore {
  value = $state<Map<string, AnomalyCount> | null>(null);
  error = $state<string | null>(null);
  private started = false;

  /** Starts the query once, after the queries already queued (call when the database is ready). */
  load(): void {
    if (this.started) return;
    this.started = true;
    setTimeout(() => {
      query<AnomalyCount>(anomalyCountsQuery()).then(
        (rows) => (this.value = countMap(rows)),
        (err: unknown) => (this.error = err instanceof Error ? err.message : String(err)),
      );
    }, 0);
  }
}

export const anomalyCounts = new AnomalyCountsStore();
