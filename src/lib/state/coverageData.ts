/** The Overview's rows: the coverage pre-aggregate filtered in the page, or DuckDB without one. */
import { query } from '../db/duckdb.ts';
import { fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { coverageRows, type CoverageSourceRow } from '../preagg/viewRows.ts';
import type { BodyRow } from '../sql/bodiesQuery.ts';
import { coverageQuery, type CoverageFilters, type CoverageRow } from '../sql/coverageQuery.ts';

export async function loadCoverage(
  filters: CoverageFilters,
  bodies: readonly BodyRow[],
): Promise<CoverageRow[]> {
  const rows = await fetchRows<CoverageSourceRow>(PRE_FILES.coverage);
  if (rows) return coverageRows(rows, new Map(bodies.map((b) => [b.body_key, b])), filters);
  return query<CoverageRow>(coverageQuery(filters));
}
