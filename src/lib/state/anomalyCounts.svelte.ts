/**
 * Anomaly counts per report with the default thresholds. The Overview's come with the coverage
 * pre-aggregate, so the marks arrive with the matrix (without one, from DuckDB after the view's
 * own queries); Compare and the report page ask the database for their few reports.
 */
import { query } from '../db/duckdb.ts';
import { fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import type { CoverageSourceRow } from '../preagg/viewRows.ts';
import { anomalyCountsQuery, storedCountsQuery } from '../sql/anomalies.ts';
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

  /** Forgets the counts, so the next `load` reads the data shown now (the user's own data). */
  reset(): void {
    this.started = false;
    this.value = null;
  }
}

export const anomalyCounts = new AnomalyCountsStore();

/**
 * The counts of a few reports (a chart's points, one report page): from the database's stored
 * coverage once it has started, so these views never download the whole coverage file.
 */
export class ReportCounts {
  value = $state<Map<string, AnomalyCount> | null>(null);
  private key = '';

  load(reportIds: readonly string[]): void {
    const key = [...reportIds].sort().join('\u0000');
    if (key === this.key || reportIds.length === 0) return;
    this.key = key;
    query<AnomalyCount>(storedCountsQuery(reportIds)).then(
      (rows) => {
        if (this.key === key) this.value = countMap(rows);
      },
      () => {
        // Without the database the marks are left out; the view itself works.
      },
    );
  }
}
