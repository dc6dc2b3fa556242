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

/** The first page's rows, with the size and year span of the whole coverage. */
export interface CoverageHead {
  rows: CoverageRow[];
  total: number;
  years: [number, number] | null;
}

/** The joined rows of the last catalogue seen: a filter change only filters them. */
let joined: {
  bodies: readonly BodyRow[];
  rows: Promise<JoinedCoverageRow[] | null>;
  settled: boolean;
} | null = null;
/** Filtered rows by filters (the same array back for the same filters, so views can memoize). */
const filtered = new Map<string, CoverageRow[]>();

export async function loadCoverage(
  filters: CoverageFilters,
  bodies: readonly BodyRow[],
  onHead: (head: CoverageHead) => void = () => {},
): Promise<CoverageRow[]> {
  if (joined?.bodies !== bodies) {
    filtered.clear();
    const byKey = new Map(bodies.map((b) => [b.body_key, b]));
    const j: NonNullable<typeof joined> = {
      bodies,
      rows: fetchRows<CoverageSourceRow>(PRE_FILES.coverage).then((rows) => {
        j.settled = true;
        return rows && joinCoverage(rows, byKey);
      }),
      settled: false,
    };
    joined = j;
    if (noCoverageFilter(filters))
      void fetchPre<CoverageHeadFile>(PRE_FILES.coverageHead).then((head) => {
        if (!head || j.settled) return;
        const rows = joinCoverage(fromColumnar<CoverageSourceRow>(head), byKey);
        onHead({ rows, total: head.total, years: head.years });
      });
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
