/**
 * Partitions of the pre-aggregates: a row goes to bucket `bucketOf(key, n)` of its family. The build
 * computes the same number in SQL (`bucketExpr` in src/lib/sql/bucketExpr.ts) when it writes
 * `pre/<family>/<bucket>.json`; the browser fetches only the buckets of the keys a view shows.
 */

/** FNV-1a (32 bit) of a string's code points, modulo `n`. */
export function bucketOf(key: string, n: number): number {
  let h = 0x811c9dc5;
  for (const ch of key) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % n;
}

/** The smallest power of two that keeps the average bucket under `target` bytes (at least 1). */
export function bucketCount(totalBytes: number, target: number): number {
  let n = 1;
  while (totalBytes / n > target && n < 65536) n *= 2;
  return n;
}
