import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CoverageRow, FilterOption } from '../../../src/lib/sql/coverageQuery.ts';
import { coverageQuery, filterOptionsQuery } from '../../../src/lib/sql/coverageQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

test('coverageQuery({}) lists every report, those without figures too', async () => {
  const rows = await db.all<CoverageRow>(coverageQuery({}));
  const want = await db.all<{ report_id: string; n: number }>(
    `SELECT r.report_id, count(f.report_id) AS n FROM reports r
     LEFT JOIN facts f USING (report_id) GROUP BY r.report_id`,
  );
  expect(rows).toHaveLength(want.length);
  const got = new Map(rows.map((r) => [r.report_id, r.n_facts]));
  for (const w of want) expect(got.get(w.report_id), w.report_id).toBe(w.n);
});

test('coverageQuery counts the failed hard checks of 二道区 2017 (1)', async () => {
  const rows = await db.all<CoverageRow>(coverageQuery({ city: '长春市' }));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ report_id: 'jilin-changchun-erdao-2017', n_failed_hard: 1 });
});

test('coverageQuery filters by level and scope together', async () => {
  const rows = await db.all<CoverageRow>(coverageQuery({ level: 'department', scope: 'own' }));
  const all = await db.all<{ n: number }>(
    `SELECT count(*) AS n FROM reports WHERE body_level = 'department' AND scope = 'own'`,
  );
  expect(rows).toHaveLength(all[0]!.n);
});

test('filterOptionsQuery offers every province, city, level and scope', async () => {
  const rows = await db.all<FilterOption>(filterOptionsQuery());
  const fields = new Set(rows.map((r) => r.field));
  expect([...fields].sort()).toEqual(['city', 'level', 'province', 'scope']);
  expect(rows).toContainEqual(expect.objectContaining({ field: 'city', value: '长春市' }));
});
