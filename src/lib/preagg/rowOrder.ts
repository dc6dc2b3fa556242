/**
 * Sorting rows as DuckDB's ORDER BY does for text and numbers: ascending, NULLs last, text by
 * code point (the byte order of UTF-8), so rows merged from several buckets come out in the order
 * the SQL query gives.
 */
function compareValues(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  if (x === y) return 0;
  // Code point order: compare by iterating code points (UTF-16 `<` misorders astral characters).
  const xs = [...x];
  const ys = [...y];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++)
    if (xs[i] !== ys[i]) return xs[i]!.codePointAt(0)! - ys[i]!.codePointAt(0)!;
  return xs.length - ys.length;
}

/** A comparator over the given columns, in order. */
export function byColumns<T>(...columns: (keyof T)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const c of columns) {
      const d = compareValues(a[c], b[c]);
      if (d !== 0) return d;
    }
    return 0;
  };
}
