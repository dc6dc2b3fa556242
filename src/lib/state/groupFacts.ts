/** Groups a report's figures by catalogue table, keeping their order (pure). */
import type { ReportFactRow } from '../sql/reportQuery.ts';

export function groupFacts(rows: ReportFactRow[]): { table: string; rows: ReportFactRow[] }[] {
  const groups: { table: string; rows: ReportFactRow[] }[] = [];
  for (const r of rows) {
    const table = r.table ?? '—';
    const last = groups.at(-1);
    if (last && last.table === table) last.rows.push(r);
    else groups.push({ table, rows: [r] });
  }
  return groups;
}
