/** One stacked bar: a row (body-year) split into categories. */
export interface StackRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

export interface StackSegment {
  category: string;
  index: number;
  value: number;
  share: number;
  x0: number;
  x1: number;
}

export interface StackedBar {
  key: string;
  label: string;
  total: number;
  segments: StackSegment[];
  /** Categories the report printed without a number (not drawn, listed in the table). */
  unknown: string[];
}

/**
 * Stacks each row's categories left to right, as counts (x in units) or as 100% (x in 0–1).
 * NULL values are not drawn and not counted; they are reported in `unknown`.
 */
export function stackRows(
  rows: StackRow[],
  categories: string[],
  normalize: boolean,
): StackedBar[] {
  return rows.map((row) => {
    const total = categories.reduce((s, c) => s + (row.values[c] ?? 0), 0);
    let at = 0;
    const segments: StackSegment[] = [];
    categories.forEach((category, index) => {
      const value = row.values[category];
      if (value == null || value === 0) return;
      const width = normalize ? (total ? value / total : 0) : value;
      segments.push({
        category,
        index,
        value,
        share: total ? value / total : 0,
        x0: at,
        x1: at + width,
      });
      at += width;
    });
    const unknown = categories.filter((c) => c in row.values && row.values[c] == null);
    return { key: row.key, label: row.label, total, segments, unknown };
  });
}

/** Pivots long rows (row key, category, value) into StackRows, keeping first-seen row order. */
export function pivotRows<T>(
  rows: T[],
  keyOf: (r: T) => string,
  labelOf: (r: T) => string,
  categoryOf: (r: T) => string,
  valueOf: (r: T) => number | null,
): StackRow[] {
  const byKey = new Map<string, StackRow>();
  for (const r of rows) {
    const key = keyOf(r);
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { key, label: labelOf(r), values: {} }));
    row.values[categoryOf(r)] = valueOf(r);
  }
  return [...byKey.values()];
}
