/** The Overview's rows: the coverage pre-aggregate filtered in the page, or DuckDB without one. */
import { query } from '../db/duckdb.ts';
import { fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import {
  coverageRows,
  joinCoverage,
  type CoverageSourceRow,
  type JoinedCoverageRow,
} from '../preagg/viewRows.ts';
import type { BodyRow } from '../sql/bodiesQuery.ts';
import { coverageQuery, type CoverageFilters, type CoverageRow } from '../sql/coverageQuery.ts';

/** The joined rows of the last catalogue seen: a filter change only filters them. */
let joined: { bodies: readonly BodyRow[]; rows: Promise<JoinedCoverageRow[] | null> } | null = null;
/** Filtered rows by filters (the same array back for the same filters, so views can memoize). */
const filtered = new Map<string, CoverageRow[]>();

export async function loadCoverage(
  filters: CoverageFilters,
  bodies: readonly BodyRow[],
): Promise<CoverageRow[]> {
  if (joined?.bodies !== bodies) {
    filtered.clear();
    joined = {
      bodies,
      rows: fetchRows<CoverageSourceRow>(PRE_FILES.coverage).then(
        (rows) => rows && joinCoverage(rows, new Map(bodies.map((b) => [b.body_key, b]))),
      ),
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
