/**
 * The concept series the build precomputes with the app's own SQL (`conceptSnapshotQuery`, run in
 * Node DuckDB by scripts/vite/snapshotPlugin.ts): a Compare link draws its chart from it while
 * DuckDB-WASM is still starting (about 2.5 s cold). Filtering it gives exactly what
 * `seriesQuery` returns for a concept (tests/unit/sql/snapshot.test.ts checks that).
 */
import type { SeriesRow, SeriesSpec } from '../sql/seriesQuery.ts';

export interface Snapshot {
  columns: string[];
  rows: unknown[][];
}

let loading: Promise<Map<string, SeriesRow[]> | null> | null = null;

/** Index snapshot rows by concept id, in the query's order. */
export function indexSnapshot(snapshot: Snapshot): Map<string, SeriesRow[]> {
  const byId = new Map<string, SeriesRow[]>();
  for (const values of snapshot.rows) {
    const row = Object.fromEntries(
      snapshot.columns.map((c, i) => [c, values[i]]),
    ) as unknown as SeriesRow & { id: string };
    const { id, ...rest } = row;
    byId.set(id, [...(byId.get(id) ?? []), rest]);
  }
  return byId;
}

/** The rows `seriesQuery(spec)` would return, from the snapshot. */
export function seriesFromSnapshot(byId: Map<string, SeriesRow[]>, spec: SeriesSpec): SeriesRow[] {
  const bodies = new Set(spec.bodies);
  return (byId.get(spec.id) ?? []).filter(
    (r) =>
      (bodies.size === 0 || bodies.has(r.body_key)) &&
      (spec.from == null || r.report_year >= spec.from) &&
      (spec.to == null || r.report_year <= spec.to),
  );
}

/** Fetches the build's snapshot once; null when there is none (dev server, old build). */
export function loadSnapshot(): Promise<Map<string, SeriesRow[]> | null> {
  loading ??= fetch(`${import.meta.env.BASE_URL}data/concept-series.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Snapshot>) : null))
    .then((s) => (s ? indexSnapshot(s) : null))
    .catch(() => null);
  return loading;
}
