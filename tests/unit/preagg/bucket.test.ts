import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { bucketCount, bucketOf } from '../../../src/lib/preagg/bucket.ts';
import { bucketExpr } from '../../../src/lib/sql/bucketExpr.ts';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => conn.closeSync());

async function sqlBuckets(keys: string[], n: number): Promise<number[]> {
  const reader = await conn.runAndReadAll(
    `WITH l AS (SELECT ?::JSON::VARCHAR[] AS ks)
SELECT ${bucketExpr('k', n)} AS b FROM (SELECT i, ks[i] AS k FROM l, range(1, len(ks) + 1) t(i)) ORDER BY i`,
    [JSON.stringify(keys)],
  );
  return reader.getRowObjectsJS().map((r) => Number(r.b));
}

describe('bucketOf', () => {
  it('bucketOf and bucketExpr agree on real-looking and arbitrary keys', async () => {
    const keys = [
      '',
      'a',
      'jilin-changchun-erdao-2017',
      '平潭综合实验区金井片区管理局',
      'fujian-pingtan-shiyanqu',
      'x'.repeat(300),
      '𠀀astral',
    ];
    for (const n of [1, 7, 64, 4096])
      expect(await sqlBuckets(keys, n)).toEqual(keys.map((k) => bucketOf(k, n)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 20 }),
        async (ks) => {
          const clean = ks.map((k) => k.replace(/[\ud800-\udfff]/g, ''));
          expect(await sqlBuckets(clean, 256)).toEqual(clean.map((k) => bucketOf(k, 256)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('bucketCount(total, target) keeps buckets under the target', () => {
    expect(bucketCount(0, 100)).toBe(1);
    expect(bucketCount(100, 100)).toBe(1);
    expect(bucketCount(101, 100)).toBe(2);
    expect(bucketCount(1_000_000, 16_000)).toBe(64);
  });
});
