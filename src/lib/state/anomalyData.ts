/**
 * The anomaly list for the Anomalies view. With the default thresholds it is the build's list:
 * whole from anomalies.json when it holds every row, otherwise its head first (`partial`) and the
 * rest from the database's `anomaly_list`. Other thresholds run the query in DuckDB.
 */
import { query } from '../db/duckdb.ts';
import { fetchPre } from '../preagg/fetchPre.ts';
import { fromColumnar, type Columnar } from '../preagg/columnar.ts';
import { PRE_FILES } from '../preagg/files.ts';
import {
  DEFAULT_ANOMALY_PARAMS,
  anomaliesQuery,
  storedAnomaliesQuery,
  type Anomaly,
  type AnomalyParams,
} from '../sql/anomalies.ts';

export interface AnomalyData {
  rows: Anomaly[];
  /** How many findings there are in all (more than `rows` while the rest loads). */
  total: number;
}

const isDefault = (p: AnomalyParams) =>
  (Object.keys(DEFAULT_ANOMALY_PARAMS) as (keyof AnomalyParams)[]).every(
    (k) => p[k] === DEFAULT_ANOMALY_PARAMS[k],
  );

/** The list for `params`; `onPartial` gets the head first when the list is larger than it. */
export async function loadAnomalies(
  params: AnomalyParams,
  onPartial: (d: AnomalyData) => void = () => {},
): Promise<AnomalyData> {
  if (isDefault(params)) {
    const head = await fetchPre<Columnar & { total: number }>(PRE_FILES.anomalies);
    if (head) {
      const rows = fromColumnar<Anomaly>(head);
      if (rows.length >= head.total) return { rows, total: head.total };
      onPartial({ rows, total: head.total });
      const all = await query<Anomaly>(storedAnomaliesQuery());
      return { rows: all, total: all.length };
    }
  }
  const rows = await query<Anomaly>(anomaliesQuery(params));
  return { rows, total: rows.length };
}
