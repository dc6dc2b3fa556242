/**
 * Anomaly counts per report with the default thresholds, shared by the views that mark reports
 * (Overview matrix, Compare points, the report page). They come with the coverage pre-aggregate,
 * so the marks arrive with the matrix; without one, from DuckDB after the view's own queries.
 */
import { query } from '../db/duckdb.ts';
import { fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import type { CoverageSourceRow } from '../preagg/viewRows.ts';
import { anomalyCountsQuery } from '../sql/anomalies.ts';
import { countMap, type AnomalyCount } from './anomalyMarks.ts';

/** The counts carried by coverage rows (reports without anomalies have none). */
export function countsFromCoverage(rows: readonly CoverageSourceRow[]): AnomalyCount[] {
  return rows
    .filter((r) => r.n_anomalies > 0)
    .map((r) => ({
      report_id: r.report_id,
      n: r.n_anomalies,
      rank: r.anomaly_rank ?? 2,
      types: r.anomaly_types ?? '',
    }));
}

class AnomalyCountsStore {
  value = $state<Map<string, AnomalyCount> | null>(null);
  error = $state<string | null>(null);
  private started = false;

  /** Starts loading once. */
  load(): void {
    if (this.started) return;
    this.started = true;
    const fail = (err: unknown) => (this.error = err instanceof Error ? err.message : String(err));
    fetchRows<CoverageSourceRow>(PRE_FILES.coverage).then((rows) => {
      if (rows) this.value = countMap(countsFromCoverage(rows));
      else
        setTimeout(() => {
          query<AnomalyCount>(anomalyCountsQuery()).then(
            (counts) => (this.value = countMap(counts)),
            fail,
          );
        }, 0);
    }, fail);
  }
}

export const anomalyCounts = new AnomalyCountsStore();
