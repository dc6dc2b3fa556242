/**
 * One report's row, figures (with their evidence strings) and checks: from the report
 * pre-aggregate's bucket of that id, or from DuckDB when the build has none.
 */
import { query } from '../db/duckdb.ts';
import { PRE_FILES } from '../preagg/files.ts';
import { partitionRows } from '../preagg/partitions.ts';
import {
  reportChecksQuery,
  reportFactsQuery,
  reportQuery,
  type ReportCheckRow,
  type ReportFactRow,
} from '../sql/reportQuery.ts';

export interface ReportData {
  report: Record<string, unknown> | undefined;
  facts: ReportFactRow[];
  checks: ReportCheckRow[];
}

export async function loadReport(id: string): Promise<ReportData> {
  const part = <T extends { report_id?: unknown }>(p: 'row' | 'facts' | 'checks') =>
    partitionRows<T>(
      'report',
      [id],
      (b) => PRE_FILES.report(p, b),
      (r) => r.report_id === id,
    );
  const [row, facts, checks] = await Promise.all([
    part<Record<string, unknown>>('row'),
    part<ReportFactRow>('facts'),
    part<ReportCheckRow>('checks'),
  ]);
  if (row && facts && checks) return { report: row[0], facts, checks };
  const [report, f, c] = await Promise.all([
    query(reportQuery(id)),
    query<ReportFactRow>(reportFactsQuery(id)),
    query<ReportCheckRow>(reportChecksQuery(id)),
  ]);
  return { report: report[0], facts: f, checks: c };
}
