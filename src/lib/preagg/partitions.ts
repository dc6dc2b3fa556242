/**
 * Rows of a partitioned family for a set of keys: the buckets those keys fall in are fetched (in
 * parallel) and their rows kept when `keep` says so. Null when the build has no such family.
 */
import { bucketOf } from './bucket.ts';
import { fetchManifest, fetchRows } from './fetchPre.ts';
import type { PreManifest } from './files.ts';

export async function partitionRows<T>(
  family: keyof PreManifest['buckets'],
  keys: readonly string[],
  file: (bucket: number) => string,
  keep: (row: T) => boolean,
): Promise<T[] | null> {
  const manifest = await fetchManifest();
  if (!manifest) return null;
  const n = manifest.buckets[family];
  // A build from before the family existed: the caller asks DuckDB.
  if (!n) return null;
  const buckets = [...new Set(keys.map((k) => bucketOf(k, n)))].sort((a, b) => a - b);
  const parts = await Promise.all(buckets.map((b) => fetchRows<T>(file(b))));
  // A bucket with no rows has no file: that is an empty bucket, not a missing build.
  return parts.flatMap((rows) => (rows ?? []).filter(keep));
}
