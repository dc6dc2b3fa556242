/** A topic page's concept rows as one line per body (pure, for TopicLines and its table). */
import type { LinePoint } from '../charts/lineLayout.ts';
import type { TopicRow } from '../sql/topicQuery.ts';

/**
 * The lines of one concept: one per body, one point per report year. A topic row carries the
 * comparability of its definition, not its segment; within one concept rows of the reference
 * definition are `same` and the others carry the relation, so comparability tells the two
 * definitions apart and the line breaks where it changes (table figure -> prose figure).
 */
export function topicLines(
  rows: readonly TopicRow[],
  concept: string,
): { key: string; label: string; points: LinePoint[] }[] {
  const byBody = new Map<string, { key: string; label: string; points: LinePoint[] }>();
  for (const r of rows) {
    if (r.category !== concept) continue;
    let s = byBody.get(r.body_key);
    if (!s) byBody.set(r.body_key, (s = { key: r.body_key, label: r.body_name, points: [] }));
    // Two reports of one year: the one with a number is drawn.
    const same = s.points.find((p) => p.year === r.report_year);
    if (same && (same.value != null || r.value == null)) continue;
    if (same) s.points.splice(s.points.indexOf(same), 1);
    s.points.push({
      year: r.report_year,
      value: r.value,
      segment: r.comparability,
      comparability: r.comparability,
      status: r.value_status,
    });
  }
  return [...byBody.values()];
}
