/** Pivots coverage rows into the body x year matrix of the Overview (pure). */
import type { CoverageRow } from '../sql/coverageQuery.ts';

export interface CoverageBody {
  key: string;
  name: string;
  place: string;
  cells: Map<number, CoverageRow[]>;
}

export interface CoverageMatrix {
  years: number[];
  bodies: CoverageBody[];
  /** Reports without a body or year (not read yet): listed, never dropped. */
  unplaced: CoverageRow[];
}

const built = new WeakMap<readonly CoverageRow[], CoverageMatrix>();

/**
 * `coverageMatrix(rows, span)`, built once per rows array (a filter going back and forth is
 * instant); `span` is only read on the first build of an array.
 */
export function cachedCoverageMatrix(
  rows: readonly CoverageRow[],
  span: readonly [number, number] | null = null,
): CoverageMatrix {
  let m = built.get(rows);
  if (!m) built.set(rows, (m = coverageMatrix(rows, span)));
  return m;
}

/**
 * Bodies x years. The years run from the first to the last of the rows, widened to `span` when
 * given (the first page drawn before the whole coverage has the whole coverage's columns).
 */
export function coverageMatrix(
  rows: readonly CoverageRow[],
  span: readonly [number, number] | null = null,
): CoverageMatrix {
  const bodies = new Map<string, CoverageBody>();
  const unplaced: CoverageRow[] = [];
  const years = new Set<number>();
  for (const r of rows) {
    if (!r.body_key || r.report_year == null) {
      unplaced.push(r);
      continue;
    }
    years.add(r.report_year);
    let b = bodies.get(r.body_key);
    if (!b) {
      b = {
        key: r.body_key,
        name: r.body_name,
        place: [r.city].filter(Boolean).join(' '),
        cells: new Map(),
      };
      bodies.set(r.body_key, b);
    }
    const list = b.cells.get(r.report_year) ?? [];
    list.push(r);
    b.cells.set(r.report_year, list);
  }
  if (span) years.add(span[0]).add(span[1]);
  const sorted = [...years].sort((a, b) => a - b);
  const all = sorted.length
    ? Array.from({ length: sorted.at(-1)! - sorted[0]! + 1 }, (_, i) => sorted[0]! + i)
    : [];
  return { years: all, bodies: [...bodies.values()], unplaced };
}

/** Short text of a format, so the matrix does not rely on colour alone. */
export function formatBadge(format: string | null): string {
  return { pre2019: 'P', t2019: '19', t2021: '21', mixed: 'M', none: '–' }[format ?? ''] ?? '?';
}
