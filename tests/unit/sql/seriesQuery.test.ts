import { group } from 'd3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SeriesRow } from '../../../src/lib/sql/seriesQuery.ts';
import { seriesQuery, topBodiesQuery } from '../../../src/lib/sql/seriesQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);

describe('seriesQuery', () => {
  test("seriesQuery(metric pro_via_website, ['二道区'], 2017) is 2841", async () => {
    const rows = await db.all<SeriesRow>(
      seriesQuery({
        kind: 'metric',
        id: 'pro_via_website',
        bodies: ['二道区'],
        from: 2017,
        to: 2017,
      }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      report_id: 'jilin-changchun-erdao-2017',
      body_name: '二道区人民政府',
      value: 2841,
      comparability: 'same',
    });
  });

  test('seriesQuery(concept c_app_received, four 片区, 2019–2025) has four bodies and gaps', async () => {
    const rows = await db.all<SeriesRow>(
      seriesQuery({ kind: 'concept', id: 'c_app_received', bodies: PIANQU, from: 2019, to: 2025 }),
    );
    const byBody = group(rows, (r) => r.body_key);
    expect([...byBody.keys()].sort()).toEqual([...PIANQU].sort());
    for (const [, list] of byBody) {
      expect(list.length).toBeGreaterThan(1);
      expect(list.length).toBeLessThan(7); // each 片区 misses at least one year: no zero rows filled in
      for (const r of list) expect(r.report_year).toBeGreaterThanOrEqual(2019);
    }
    const jinjing = byBody.get(PIANQU[1]!)!;
    expect(jinjing.map((r) => r.report_year)).not.toContain(2020);
    expect(jinjing.find((r) => r.report_year === 2025)?.value).toBe(11);
  });

  test('seriesQuery binds values: a quote in a body name matches nothing and breaks nothing', async () => {
    const rows = await db.all(
      seriesQuery({ kind: 'metric', id: "x' OR 1=1 --", bodies: ["'; DROP TABLE facts; --"] }),
    );
    expect(rows).toEqual([]);
    expect((await db.all<{ n: number }>('SELECT count(*) AS n FROM facts'))[0]!.n).toBeGreaterThan(
      0,
    );
  });

  test('seriesQuery with no bodies and no years returns every body', async () => {
    const rows = await db.all<SeriesRow>(
      seriesQuery({ kind: 'concept', id: 'c_app_received', bodies: [] }),
    );
    expect(new Set(rows.map((r) => r.body_key)).size).toBeGreaterThan(10);
  });

  test('topBodiesQuery(concept c_app_received, 3) returns 3 bodies with values', async () => {
    const rows = await db.all<{ body_key: string; n: number }>(
      topBodiesQuery('concept', 'c_app_received', 3),
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.n).toBeGreaterThan(0);
  });
});
