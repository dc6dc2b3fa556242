/** Rows of the Compare view, as drawn and as listed in its table (pure, shared by chart and CSV). */
import type { LinePoint } from '../charts/lineLayout.ts';
import { withShares } from '../charts/shares.ts';
import { isUserReport } from '../import/userReports.ts';
import type { SeriesRow } from '../sql/seriesQuery.ts';

export type CompareRow = SeriesRow & { share: number | null; shown: number | null };

/** Adds shares of the selected bodies' total per year and the value drawn (`shown`). */
export function compareRows(rows: SeriesRow[], share: boolean): CompareRow[] {
  return withShares(rows, (r) => r.report_year).map((r) => ({
    ...r,
    shown: share ? r.share : r.value,
  }));
}

/**
 * One line per body in the order of `bodies` (then any other), points = shown values. A line that
 * draws on one of the user's own reports has `ownMark` after its name (the legend says so).
 */
export function lineSeries(
  rows: CompareRow[],
  bodies: string[],
  ownMark = '',
): { key: string; label: string; points: LinePoint[] }[] {
  const byBody = new Map<string, { key: string; label: string; points: LinePoint[] }>();
  const own = new Set(rows.filter((r) => isUserReport(r.report_id)).map((r) => r.body_key));
  for (const r of rows) {
    let s = byBody.get(r.body_key);
    const label = own.has(r.body_key) && ownMark ? `${r.body_name} ${ownMark}` : r.body_name;
    if (!s) byBody.set(r.body_key, (s = { key: r.body_key, label, points: [] }));
    s.points.push({
      year: r.report_year,
      value: r.shown,
      segment: r.segment,
      comparability: r.comparability,
      status: r.value_status,
    });
  }
  const order = (k: string) => (bodies.includes(k) ? bodies.indexOf(k) : bodies.length);
  return [...byBody.values()].sort((a, b) => order(a.key) - order(b.key));
}
