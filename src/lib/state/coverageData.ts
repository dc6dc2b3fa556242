/**
 * The Overview's rows: the coverage pre-aggregate filtered in the page, or DuckDB without one.
 * Unfiltered, the first page of the matrix paints from coverage-head.json while the whole coverage
 * (one row per report: 14 MB of JSON at 10⁵ reports) arrives.
 */
import { query } from '../db/duckdb.ts';
import { fromColumnar } from '../preagg/columnar.ts';
import { fetchPre, fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES, type CoverageHeadFile } from '../preagg/files.ts';
import {
  coverageRows,
  joinCoverage,
  noCoverageFilter,
  type CoverageSourceRow,
  type JoinedCoverageRow,
} from '../preagg/viewRows.ts';
import type { BodyRow } from '../sql/bodiesQuery.ts';
import { coverageQuery, type CoverageFilters, type CoverageRow } from '../sql/coverageQuery.ts';
import { countsFromCoverage } from './anomalyCounts.svelte.ts';
import { countMap, type AnomalyCount } from './anomalyMarks.ts';

/** The first page's rows and their anomaly counts, with the size and year span of the whole. */
export interface CoverageHead {
  rows: CoverageRow[];
  total: number;
  years: [number, number] | null;
  counts: Map<string, AnomalyCount>;
}

/** The joined rows of the last catalogue seen: a filter change only filters them. */
let joined: { bodies: readonly BodyRow[]; rows: Promise<JoinedCoverageRow[] | null> } | null = null;
/** Filtered rows by filters (the same array back for the same filters, so views can memoize). */
const filtered = new Map<string, CoverageRow[]>();

/** Resolves after the next frame has painted (at once outside a browser). */
function nextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export async function loadCoverage(
  filters: CoverageFilters,
  bodies: readonly BodyRow[],
  onHead: (head: CoverageHead) => void = () => {},
): Promise<CoverageRow[]> {
  if (joined?.bodies !== bodies) {
    filtered.clear();
    const byKey = new Map(bodies.map((b) => [b.body_key, b]));
    // Unfiltered, the head comes first and is drawn before the whole coverage is even asked
    // for: parsing 14 MB of JSON holds the main thread, and the page must have painted by then.
    const first = noCoverageFilter(filters)
      ? fetchPre<CoverageHeadFile>(PRE_FILES.coverageHead).then((head) => {
          if (!head) return;
          const source = fromColumnar<CoverageSourceRow>(head);
          onHead({
            rows: joinCoverage(source, byKey),
            total: head.total,
            years: head.years,
            counts: countMap(countsFromCoverage(source)),
          });
          return nextPaint();
        })
      : Promise.resolve();
    joined = {
      bodies,
      rows: first
        .then(() => fetchRows<CoverageSourceRow>(PRE_FILES.coverage))
        .then((rows) => rows && joinCoverage(rows, byKey)),
    };
  }
  const rows = await joined.rows;
  if (rows) {
    const key = JSON.stringify([filters.province, filters.city, filters.level, filters.scope]);
    let hit = filtered.get(key);
    if (!hit) filtered.set(key, (hit = coverageRows(rows, filters)));
    return hit;
  }
  return query<CoverageRow>(coverageQuery(filters));
}
