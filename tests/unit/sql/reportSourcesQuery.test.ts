import { afterAll, beforeAll, expect, test } from 'vitest';
import { reportSourcesQuery, type ReportSource } from '../../../src/lib/sql/reportSourcesQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

test('reportSourcesQuery(two reports) gives their issuers, years and URLs', async () => {
  const rows = await db.all<ReportSource>(
    reportSourcesQuery(['jilin-changchun-erdao-2017', 'fujian-pingtan-shiyanqu-2019']),
  );
  expect(rows.map((r) => [r.report_id, r.issuing_body, r.report_year])).toEqual([
    ['jilin-changchun-erdao-2017', '二道区人民政府', 2017],
    ['fujian-pingtan-shiyanqu-2019', '平潭综合实验区', 2019],
  ]);
  // 二道区 2017 was copied without its URL; the 平潭 report keeps its 原文链接.
  expect(rows[0]!.source_url ?? '').toBe('');
  expect(rows[1]!.source_url).toMatch(/^https?:\/\//);
});

test('reportSourcesQuery(no ids) gives no report, not every report', async () => {
  expect(await db.all(reportSourcesQuery([]))).toEqual([]);
});
