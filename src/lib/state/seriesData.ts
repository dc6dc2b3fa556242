/**
 * The rows of a Compare series and of a Ranking: a concept, or a rate at the default minimum n, comes from its
 * pre-aggregate partitions (no database needed, so the chart paints before DuckDB has started); a
 * metric, another minimum n, or a build without pre-aggregates, from DuckDB.
 */
import { query } from '../db/duckdb.ts';
import { DEFAULT_MIN_N } from '../rates/rates.ts';
import { fetchManifest, fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import { rankingRows, seriesRows } from '../preagg/viewRows.ts';
import type { BodyRow } from '../sql/bodiesQuery.ts';
import {
  rankingQuery,
  seriesQuery,
  type PeerGroup,
  type SeriesRow,
  type SeriesSpec,
} from '../sql/seriesQuery.ts';

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

/**
 * The rows of a ranking: a concept, or a rate at the default minimum n, from the year's ranking
 * file (every body, in ranking order) filtered to the peer group; anything else from DuckDB.
 */
export async function loadRanking(
  spec: Pick<SeriesSpec, 'kind' | 'id' | 'minN'> & { year: number; peers: PeerGroup },
  bodies: readonly Pick<BodyRow, 'body_key' | 'body_level' | 'city' | 'province'>[],
): Promise<SeriesRow[]> {
  const stored =
    spec.kind === 'concept' ||
    (spec.kind === 'rate' && (spec.minN ?? DEFAULT_MIN_N) === DEFAULT_MIN_N);
  if (stored && (await fetchManifest())?.ranking) {
    const kind = spec.kind as 'concept' | 'rate';
    // A year with no row for the measure has no file: an empty ranking, not a missing build.
    const rows = (await fetchRows<SeriesRow>(PRE_FILES.ranking(kind, spec.id, spec.year))) ?? [];
    return rankingRows(rows, spec.peers, bodies);
  }
  return query<SeriesRow>(rankingQuery(spec));
}
