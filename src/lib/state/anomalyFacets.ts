/** The choices of the Anomalies view's filters, with how many findings each has (pure). */
import type { Anomaly } from '../sql/anomalies.ts';

export interface BodyFacet {
  key: string;
  name: string;
  n: number;
}

/** Bodies with findings, named after `names` (the bodies table) or their latest report, by name. */
export function anomalyBodies(
  rows: readonly Anomaly[],
  names: ReadonlyMap<string, string> = new Map(),
): BodyFacet[] {
  const byKey = new Map<string, BodyFacet & { year: number }>();
  for (const a of rows) {
    if (!a.body_key) continue;
    const b = byKey.get(a.body_key);
    const year = a.report_year ?? -Infinity;
    if (!b) {
      byKey.set(a.body_key, { key: a.body_key, name: a.issuing_body || a.body_key, n: 1, year });
    } else {
      b.n++;
      if (year > b.year && a.issuing_body) [b.name, b.year] = [a.issuing_body, year];
    }
  }
  return [...byKey.values()]
    .map(({ key, name, n }) => ({ key, name: names.get(key) ?? name, n }))
    .sort((x, y) => x.name.localeCompare(y.name, 'zh') || x.key.localeCompare(y.key));
}

/** The years of the findings, in order. */
export function anomalyYears(rows: readonly Anomaly[]): number[] {
  const years = new Set<number>();
  for (const a of rows) if (a.report_year != null) years.add(a.report_year);
  return [...years].sort((x, y) => x - y);
}

/** How many findings have each value of `field`. */
export function countBy<K extends 'type' | 'severity'>(
  rows: readonly Anomaly[],
  field: K,
): Map<Anomaly[K], number> {
  const out = new Map<Anomaly[K], number>();
  for (const a of rows) out.set(a[field], (out.get(a[field]) ?? 0) + 1);
  return out;
}

/**
 * A checkbox filter where "none chosen" means "all": ticking or unticking `value` gives the new
 * list, and a list of every value collapses back to [] (all).
 */
export function toggleFilter<T>(list: readonly T[], all: readonly T[], value: T, on: boolean): T[] {
  const current = list.length ? list : all;
  const next = all.filter((x) => (x === value ? on : current.includes(x)));
  return next.length === all.length ? [] : next;
}
