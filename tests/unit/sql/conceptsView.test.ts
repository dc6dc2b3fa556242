import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crosswalkRows } from '../../../src/lib/sql/conceptsView.ts';
import { CONCEPTS, comparability } from '../../../src/lib/sql/crosswalk.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

interface ConceptRow {
  report_id: string;
  concept_id: string;
  format_version: string;
  value: number | null;
  value_status: string;
  comparability: string;
  segment: string;
}

async function concept(reportId: string, conceptId: string): Promise<ConceptRow | undefined> {
  const rows = await db.all<ConceptRow>({
    sql: 'SELECT * FROM concepts WHERE report_id = ? AND concept_id = ?',
    params: [reportId, conceptId],
  });
  return rows[0];
}

describe('crosswalk data', () => {
  test('every crosswalk metric id exists in data/metrics.csv', async () => {
    const ids = new Set(
      (await db.all<{ metric_id: string }>('SELECT metric_id FROM metrics')).map(
        (r) => r.metric_id,
      ),
    );
    for (const row of crosswalkRows()) expect(ids, row[0]).toContain(row[4]);
  });

  test('concept ids are unique', () => {
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
  });

  test.each([
    ['c_app_received', 'pre2019', 'approx'],
    ['c_app_received', 't2019', 'same'],
    ['c_den_state_secret', 'pre2019', 'same'],
    ['c_den_third_party', 'pre2019', 'approx'],
    ['c_ndoc_stock', 't2019', 'not comparable'],
  ] as const)('comparability(%s, %s) is %s', (id, format, want) => {
    expect(
      comparability(
        CONCEPTS.find((c) => c.id === id)!,
        format,
      ),
    ).toBe(want);
  });
});

describe('concepts view on the committed data', () => {
  test('二道区 2017 applications received = 23 (pre2019 app_received, approx)', async () => {
    expect(await concept('jilin-changchun-erdao-2017', 'c_app_received')).toMatchObject({
      value: 23,
      format_version: 'pre2019',
      comparability: 'approx',
    });
  });

  test('二道区 2017 review total is the printed 22, not the sum 21', async () => {
    expect((await concept('jilin-changchun-erdao-2017', 'c_review_total'))?.value).toBe(22);
  });

  test('二道区 2017 third-party refusals = commercial + privacy, derived', async () => {
    const facts = await db.all<{ v: number }>(
      `SELECT sum(value) AS v FROM facts WHERE report_id = 'jilin-changchun-erdao-2017'
       AND metric_id IN ('app_den_commercial_secret', 'app_den_privacy') AND source = 'table'`,
    );
    expect(await concept('jilin-changchun-erdao-2017', 'c_den_third_party')).toMatchObject({
      value: facts[0]!.v,
      value_status: 'derived',
    });
  });

  test('a t2021 report uses the 总计 column of table 三 and is `same`', async () => {
    const row = await concept('fujian-pingtan-jjpq-2025', 'c_app_received');
    expect(row).toMatchObject({ value: 11, format_version: 't2021', comparability: 'same' });
  });

  test('state-secret refusals are one series: every format is `same`', async () => {
    const rows = await db.all<{ comparability: string }>(
      `SELECT DISTINCT comparability FROM concepts WHERE concept_id = 'c_den_state_secret'`,
    );
    expect(rows.map((r) => r.comparability)).toEqual(['same']);
  });

  test('refused (all reasons) after 2019 = Σ res_den_* of the total column', async () => {
    const rows = await db.all<{ report_id: string; value: number; want: number }>(
      `SELECT c.report_id, c.value, f.value AS want FROM concepts c
       JOIN facts f ON f.report_id = c.report_id AND f.metric_id = 'res_denied_total'
         AND f.applicant_type = 'total'
       WHERE c.concept_id = 'c_out_refused' AND c.value IS NOT NULL AND f.value IS NOT NULL`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) expect(r.value, r.report_id).toBe(r.want);
  });

  test('a concept whose cell is ambiguous has no value and says so (never 0)', async () => {
    const rows = await db.all<ConceptRow>(
      `SELECT c.* FROM concepts c JOIN crosswalk x USING (concept_id, format_version)
       JOIN facts f ON f.report_id = c.report_id AND f.metric_id = x.metric_id
         AND f.applicant_type = x.applicant_type AND f.source = x.source AND f.period = 'year'
       WHERE f.value_status = 'ambiguous'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.value).toBeNull();
      expect(r.value_status).toBe('ambiguous');
    }
  });

  test('one row per report and concept', async () => {
    const dup = await db.all(
      'SELECT report_id, concept_id, count(*) AS n FROM concepts GROUP BY ALL HAVING n > 1',
    );
    expect(dup).toEqual([]);
  });
});

test('concept_values holds exactly the rows of the concepts view', async () => {
  const diff = await db.all(
    `(SELECT * FROM concepts EXCEPT ALL SELECT * FROM concept_values)
     UNION ALL (SELECT * FROM concept_values EXCEPT ALL SELECT * FROM concepts)`,
  );
  expect(diff).toEqual([]);
});
