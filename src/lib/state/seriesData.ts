/**
 * The rows of a Compare series: a concept comes from its pre-aggregate partitions (no database
 * needed, so the chart paints before DuckDB has started); a metric, or a build without
 * pre-aggregates, from DuckDB.
 */
import { query } from '../db/duckdb.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import { seriesRows } from '../preagg/viewRows.ts';
import { seriesQuery, type SeriesRow, type SeriesSpec } from '../sql/seriesQuery.ts';

export async function loadSeries(spec: SeriesSpec): Promise<SeriesRow[]> {
  if (spec.kind === 'concept' && spec.bodies.length) {
    const bodies = new Set(spec.bodies);
    const rows = await partitionRows<SeriesRow>(
      'series',
      spec.bodies,
      (b) => PRE_FILES.series(spec.id, b),
      (r) => bodies.has(r.body_key),
    );
    if (rows) return seriesRows(rows, spec);
  }
  return query<SeriesRow>(seriesQuery(spec));
}
