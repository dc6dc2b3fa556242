/**
 * The list of anomalies as shown (the Anomalies view) and printed (`npm run anomalies`): the rows
 * of anomaliesQuery, narrowed by the view's filters, in the query's order (most severe first).
 */
import type { Anomaly, AnomalyType } from '../sql/anomalies.ts';

export interface AnomalyFilters {
  types?: readonly AnomalyType[];
  severities?: readonly Anomaly['severity'][];
  bodies?: readonly string[];
  from?: number | null;
  to?: number | null;
}

/** Rows that pass every filter that is set (an empty list sets nothing). */
export function anomalyList(rows: readonly Anomaly[], filters: AnomalyFilters = {}): Anomaly[] {
  const has = <T>(list: readonly T[] | undefined, value: T) =>
    !list || list.length === 0 || list.includes(value);
  return rows.filter(
    (a) =>
      has(filters.types, a.type) &&
      has(filters.severities, a.severity) &&
      has(filters.bodies, a.body_key) &&
      (filters.from == null || (a.report_year ?? -Infinity) >= filters.from) &&
      (filters.to == null || (a.report_year ?? Infinity) <= filters.to),
  );
}

/** One line of the printed list: severity, type, year, body, report, sentence. */
export function anomalyLine(a: Anomaly, lang: 'zh' | 'en' = 'zh'): string {
  const where = [a.report_year ?? '', a.issuing_body || a.body_key, a.report_id]
    .filter(Boolean)
    .join(' ');
  return `[${a.severity}] ${a.type.padEnd(14)} ${where}: ${lang === 'zh' ? a.sentence_zh : a.sentence_en}`;
}
