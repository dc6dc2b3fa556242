import { quoteIdent } from './quote.ts';

/**
 * SQL for `bucketOf(column, n)` (src/lib/preagg/bucket.ts): FNV-1a over the code points of the
 * text, modulo n, so the build puts a row in the bucket the browser will look in.
 */
export function bucketExpr(column: string, n: number): string {
  const chars = `list_filter(string_split(coalesce(${quoteIdent(column)}, ''), ''), c -> c <> '')`;
  return `(list_reduce(list_transform(${chars}, c -> unicode(c)::UBIGINT),
  (h, x) -> (xor(h, x) * 16777619) % 4294967296, 2166136261::UBIGINT) % ${Math.trunc(n)})::INTEGER`;
}
