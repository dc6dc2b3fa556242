/**
 * The reports behind a chart's rows, for its source line and CSV: issuer, year and source URL
 * of each report id, from the database (once per set of ids).
 */
import { query } from '../db/duckdb.ts';
import { reportSourcesQuery, type ReportSource } from '../sql/reportSourcesQuery.ts';

/** The distinct report ids of rows that carry one, in first-seen order. */
export function reportIdsOf(rows: readonly Record<string, unknown>[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) if (typeof r.report_id === 'string' && r.report_id) ids.add(r.report_id);
  return [...ids];
}

const cache = new Map<string, Promise<ReportSource[]>>();

/** The reports of `ids` (cached: a chart asks again on every export). */
export function loadReportSources(ids: readonly string[]): Promise<ReportSource[]> {
  const key = [...ids].sort().join('\u0000');
  let hit = cache.get(key);
  if (!hit) {
    hit = ids.length ? query<ReportSource>(reportSourcesQuery(ids)) : Promise.resolve([]);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/** The rows with each one's report id and source URL as the last two columns of the CSV. */
export function withSources(
  rows: readonly Record<string, unknown>[],
  sources: readonly ReportSource[],
): Record<string, unknown>[] {
  const byId = new Map(sources.map((s) => [s.report_id, s]));
  return rows.map((r) => {
    const id = typeof r.report_id === 'string' ? r.report_id : '';
    return { ...r, report_id: id, source_url: byId.get(id)?.source_url ?? '' };
  });
}
