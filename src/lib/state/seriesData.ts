/**
 * The rows of a Compare series: a concept, or a rate at the default minimum n, comes from its
 * pre-aggregate partitions (no database needed, so the chart paints before DuckDB has started); a
 * metric, another minimum n, or a build without pre-aggregates, from DuckDB.
 */
import { query } from '../db/duckdb.ts';
import { DEFAULT_MIN_N } from '../rates/rates.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import { seriesRows } from '../preagg/viewRows.ts';
import { seriesQuery, type SeriesRow, type SeriesSpec } from '../sql/seriesQuery.ts';

export async function loadSeries(spec: SeriesSpec): Promise<SeriesRow[]> {
  const bodies = new Set(spec.bodies);
  const keep = (r: SeriesRow) => bodies.has(r.body_key);
  if (spec.kind === 'concept' && spec.bodies.length) {
    const rows = await partitionRows<SeriesRow>(
      'series',
      spec.bodies,
      (b) => PRE_FILES.series(spec.id, b),
      keep,
    );
    if (rows) return seriesRows(rows, spec);
  }
  if (
    spec.kind === 'rate' &&
    spec.bodies.length &&
    (spec.minN ?? DEFAULT_MIN_N) === DEFAULT_MIN_N
  ) {
    const rows = await partitionRows<SeriesRow>(
      'rate',
      spec.bodies,
      (b) => PRE_FILES.rateSeries(spec.id, b),
      keep,
    );
    if (rows) return seriesRows(rows, spec);
  }
  return query<SeriesRow>(seriesQuery(spec));
}
