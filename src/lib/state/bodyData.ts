/**
 * The body page's rows: its reports and findings from the body pre-aggregate's bucket of that key
 * (one small file each), or from DuckDB's stored tables when the build has none (or the user's
 * own reports are shown); its key series from the series and topic buckets of that body.
 */
import { query } from '../db/duckdb.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import type { Anomaly } from '../sql/anomalies.ts';
import { bodyAnomaliesQuery, bodyReportsQuery, type BodyReportRow } from '../sql/bodyQuery.ts';
import type { SeriesRow } from '../sql/seriesQuery.ts';
import type { TopicRow } from '../sql/topicQuery.ts';
import { loadSeries } from './seriesData.ts';
import { loadConcepts, loadFacts } from './topicData.ts';
import { OUTCOME_CONCEPTS, REQUEST_CHANNEL_METRICS } from './topics.ts';

export interface BodyData {
  reports: BodyReportRow[];
  anomalies: Anomaly[];
}

export async function loadBody(key: string): Promise<BodyData> {
  const part = <T extends { body_key: string }>(p: 'reports' | 'anomalies') =>
    partitionRows<T>(
      'body',
      [key],
      (b) => PRE_FILES.body(p, b),
      (r) => r.body_key === key,
    );
  const [reports, anomalies] = await Promise.all([
    part<BodyReportRow>('reports'),
    part<Anomaly>('anomalies'),
  ]);
  if (reports && anomalies) return { reports, anomalies };
  const [r, a] = await Promise.all([
    query<BodyReportRow>(bodyReportsQuery(key)),
    query<Anomaly>(bodyAnomaliesQuery(key)),
  ]);
  return { reports: r, anomalies: a };
}

/** The body page's series: requests received, their outcomes, the refusal rate, the channels. */
export interface BodySeries {
  received: SeriesRow[];
  refusal: SeriesRow[];
  outcomes: TopicRow[];
  channels: TopicRow[];
}

export async function loadBodySeries(key: string): Promise<BodySeries> {
  const bodies = [key];
  const scope = { bodies, topic: 'requests' as const };
  const [received, refusal, outcomes, channels] = await Promise.all([
    loadSeries({ kind: 'concept', id: 'c_app_received', bodies }),
    loadSeries({ kind: 'rate', id: 'refusal', bodies }),
    loadConcepts(OUTCOME_CONCEPTS, scope),
    loadFacts(REQUEST_CHANNEL_METRICS, ['all'], scope),
  ]);
  return { received, refusal, outcomes, channels };
}
