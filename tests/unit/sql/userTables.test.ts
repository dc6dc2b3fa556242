/**
 * The user's reports beside the shipped ones, in real DuckDB: the build's database file is
 * attached as the page attaches it, the user's CSVs are loaded by `dataModeSetup`, and the app's
 * own queries see shipped, own or both.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../scripts/lib/nodeDb.ts';
import { importFiles } from '../../../src/lib/import/importFiles.ts';
import { keptReport, userCsvs, userReports } from '../../../src/lib/import/userReports.ts';
import type { Query } from '../../../src/lib/sql/query.ts';
import { coverageQuery, type CoverageRow } from '../../../src/lib/sql/coverageQuery.ts';
import { dataModeSetup, userCsvFile, USER_TABLES } from '../../../src/lib/sql/userTables.ts';
import { quoteLiteral } from '../../../src/lib/sql/quote.ts';

const work = mkdtempSync(join(tmpdir(), 'nianbao-user-tables-'));
let conn: DuckDBConnection;
const SHIPPED = readFileSync('data/reports.csv', 'utf8').trimEnd().split('\n').length - 1;
// Two reports the shipped data has (their own copies) and one of 2017 for 二道区.
const FILES = [
  'corpus/raw/jilin-changchun-erdao-2017.txt',
  'corpus/raw/shanghai-shanghai-kewei-2024.md',
];

async function all<T>(q: Query | string): Promise<T[]> {
  const { sql, params } = typeof q === 'string' ? { sql: q, params: [] } : q;
  const reader = await conn.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as T[];
}
async function mode(m: 'shipped' | 'own' | 'both'): Promise<void> {
  for (const q of dataModeSetup(m, (t) => join(work, userCsvFile(t))))
    await conn.run(q.sql, q.params);
}

beforeAll(async () => {
  const built = await openNodeDb('data');
  await built.writeServingFile(join(work, 'nb.duckdb'));
  built.close();
  const batch = await importFiles(
    FILES.map((f) => ({ name: f, size: 1, bytes: async () => new Uint8Array(readFileSync(f)) })),
  );
  const csv = userCsvs(userReports(batch, 'file').map(keptReport));
  for (const t of USER_TABLES) writeFileSync(join(work, userCsvFile(t)), csv[t]);
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`ATTACH ${quoteLiteral(join(work, 'nb.duckdb'))} AS nb (READ_ONLY)`);
  await conn.run('USE nb');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dataModeSetup', () => {
  it('both: the coverage query lists the shipped reports and the user’s, under their own ids', async () => {
    await mode('both');
    const rows = await all<CoverageRow>(coverageQuery({}));
    expect(rows.length).toBe(SHIPPED + 2);
    const own = rows.filter((r) => r.report_id.startsWith('my:'));
    expect(own.map((r) => [r.report_id, r.body_name, r.report_year])).toEqual([
      ['my:shanghai-shanghai-kewei-2024', '上海市科委', 2024],
      ['my:jilin-changchun-erdao-2017', '二道区人民政府', 2017],
    ]);
    // The same body as the shipped report: one series, two reports of the year.
    const erdao = rows.filter((r) => r.body_name === '二道区人民政府' && r.report_year === 2017);
    expect(erdao.map((r) => r.report_id).sort()).toEqual([
      'jilin-changchun-erdao-2017',
      'my:jilin-changchun-erdao-2017',
    ]);
  });

  it('both: the figures, their evidence, concepts and the anomaly list cover the user’s rows', async () => {
    const [f] = await all<{ n: number }>(
      `SELECT count(*)::INT AS n FROM facts WHERE report_id = 'my:jilin-changchun-erdao-2017'`,
    );
    const [shipped] = await all<{ n: number }>(
      `SELECT count(*)::INT AS n FROM nb.facts WHERE report_id = 'jilin-changchun-erdao-2017'`,
    );
    expect(f!.n).toBe(shipped!.n);
    const [e] = await all<{ n: number }>(
      `SELECT count(*)::INT AS n FROM evidence WHERE report_id LIKE 'my:%'`,
    );
    expect(e!.n).toBeGreaterThan(0);
    const [shippedEvidence] = await all<{ n: number }>(
      `SELECT count(*)::INT AS n FROM evidence WHERE report_id NOT LIKE 'my:%'`,
    );
    const [nbEvidence] = await all<{ n: number }>(`SELECT count(*)::INT AS n FROM nb.evidence`);
    expect(shippedEvidence!.n).toBe(nbEvidence!.n);
    const concepts = await all<{ report_id: string }>(
      `SELECT DISTINCT report_id FROM concept_values WHERE report_id LIKE 'my:%' ORDER BY 1`,
    );
    expect(concepts.map((r) => r.report_id)).toEqual([
      'my:jilin-changchun-erdao-2017',
      'my:shanghai-shanghai-kewei-2024',
    ]);
    // A copy of a shipped report is found as a copied table by the anomaly list.
    const copies = await all<{ n: number }>(
      `SELECT count(*)::INT AS n FROM anomaly_list WHERE type = 'copy_table' AND (report_id LIKE 'my:%' OR other_report_id LIKE 'my:%')`,
    );
    expect(copies[0]!.n).toBeGreaterThan(0);
  });

  it('own: only the user’s reports; shipped: the attached file again', async () => {
    await mode('own');
    expect((await all<CoverageRow>(coverageQuery({}))).map((r) => r.report_id)).toEqual([
      'my:shanghai-shanghai-kewei-2024',
      'my:jilin-changchun-erdao-2017',
    ]);
    await mode('shipped');
    expect((await all<CoverageRow>(coverageQuery({}))).length).toBe(SHIPPED);
  });
});
