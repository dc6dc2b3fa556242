/** The Overview's rows: the coverage pre-aggregate filtered in the page, or DuckDB without one. */
import { query } from '../db/duckdb.ts';
import { fetchRows } from '../preagg/fetchPre.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { coverageRows } from '../preagg/viewRows.ts';
import { coverageQuery, type CoverageFilters, type CoverageRow } from '../sql/coverageQuery.ts';

export async function loadCoverage(filters: CoverageFilters): Promise<CoverageRow[]> {
  const rows = await fetchRows<Parameters<typeof coverageRows>[0][number]>(PRE_FILES.coverage);
  if (rows) return coverageRows(rows, filters);
  return query<CoverageRow>(coverageQuery(filters));
}
