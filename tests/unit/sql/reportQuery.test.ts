import { afterAll, beforeAll, expect, test } from 'vitest';
import type {
  EvidenceRow,
  ReportCheckRow,
  ReportFactRow,
} from '../../../src/lib/sql/reportQuery.ts';
import {
  reportChecksQuery,
  reportEvidenceQuery,
  reportFactsQuery,
  reportQuery,
} from '../../../src/lib/sql/reportQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const ERDAO = 'jilin-changchun-erdao-2017';

test('reportQuery(二道区 2017) names the body and its source file', async () => {
  const [row] = await db.all<Record<string, unknown>>(reportQuery(ERDAO));
  expect(row).toMatchObject({
    issuing_body: '二道区人民政府',
    city: '长春市',
    report_year: 2017,
    body_name: '二道区人民政府',
    source_file: 'jilin-changchun-erdao-2017.txt',
  });
});

test('reportChecksQuery(二道区 2017) puts the failed P_review_split 22 vs 21 first', async () => {
  const rows = await db.all<ReportCheckRow>(reportChecksQuery(ERDAO));
  expect(rows[0]).toMatchObject({
    check_id: 'P_review_split',
    lhs: 22,
    rhs: 21,
    delta: 1,
    severity: 'hard',
    status: 'fail',
  });
});

test('reportFactsQuery(二道区 2017) has 政府网站 2841 with its context line', async () => {
  const rows = await db.all<ReportFactRow>(reportFactsQuery(ERDAO));
  const website = rows.find((r) => r.metric_id === 'pro_via_website' && r.source === 'table');
  expect(website).toMatchObject({ value: 2841, table: 'P1 主动公开情况' });
  expect(website?.context).toContain('2841');
  expect(rows[0]!.table).toBe('P1 主动公开情况');
});

test('reportFactsQuery keeps value_raw as text', async () => {
  const rows = await db.all<ReportFactRow>(reportFactsQuery(ERDAO));
  for (const r of rows) if (r.value_raw != null) expect(typeof r.value_raw).toBe('string');
});

test('reportFactsQuery and reportEvidenceQuery(平潭 财政局 2011) give the unmapped rows their source line', async () => {
  const id = 'fujian-pingtan-ptx-czj-2011';
  const facts = await db.all<ReportFactRow>(reportFactsQuery(id));
  const evidence = await db.all<EvidenceRow>(reportEvidenceQuery(id));
  for (const rows of [facts, evidence]) {
    const unmapped = rows.filter((r) => r.qualifier?.startsWith('row '));
    expect(unmapped).toHaveLength(8);
    // Their empty metric id is NULL in the database: the evidence join still finds them.
    expect(unmapped.every((r) => r.context?.includes('件'))).toBe(true);
  }
});
