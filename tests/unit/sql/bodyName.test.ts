/** The canonical body name (src/lib/sql/bodyName.ts), run in DuckDB on small tables and on data/. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodiesQuery, type BodyRow } from '../../../src/lib/sql/bodiesQuery.ts';
import { canonicalNamesSql } from '../../../src/lib/sql/bodyName.ts';
import { quoteLiteral } from '../../../src/lib/sql/quote.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let conn: DuckDBConnection;
let db: TestDb;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  db = await openTestDb();
});
afterAll(() => {
  conn.closeSync();
  db.close();
});

/** The canonical name of one body whose reports were signed `issuers` ([name, year] each). */
async function nameOf(key: string, issuers: [string | null, number | null][]): Promise<string> {
  const values = issuers
    .map(
      ([name, year]) =>
        `(${quoteLiteral(key)}, ${name == null ? 'NULL' : quoteLiteral(name)}, ${year ?? 'NULL'})`,
    )
    .join(', ');
  await conn.run(`CREATE OR REPLACE TABLE reports AS
SELECT body_key, CAST(issuing_body AS VARCHAR) AS issuing_body, CAST(report_year AS INTEGER) AS report_year
FROM (VALUES ${values}) t(body_key, issuing_body, report_year)`);
  const reader = await conn.runAndReadAll(canonicalNamesSql('reports'));
  const rows = reader.getRowObjectsJS() as { body_key: string; body_name: string }[];
  expect(rows).toHaveLength(1);
  return rows[0]!.body_name;
}

describe('canonicalNamesSql', () => {
  const cases: [string, string, [string | null, number | null][], string][] = [
    [
      'the shortest issuer name that contains the key, whatever the latest year signed',
      '平潭综合实验区',
      [
        ['平潭综合实验区管委会办公室', 2011],
        ['平潭综合实验区管委会', 2012],
        ['平潭综合实验区', 2016],
        ['平潭综合实验区管委会办公室', 2025],
      ],
      '平潭综合实验区',
    ],
    [
      'a government by its own name, not with its city before it',
      '洪泽区',
      [
        ['洪泽区人民政府', 2023],
        ['淮安市洪泽区人民政府', 2024],
      ],
      '洪泽区人民政府',
    ],
    [
      'names of one length: the one on more reports',
      '某县',
      [
        ['某县政府办', 2020],
        ['某县政府办', 2021],
        ['某县办公室', 2022],
      ],
      '某县政府办',
    ],
    [
      'names of one length and count: the later one',
      '某县',
      [
        ['某县政府办', 2020],
        ['某县办公室', 2022],
      ],
      '某县办公室',
    ],
    [
      'no name contains the key: the latest issuer name',
      '沐阳县',
      [
        ['沭阳县人民政府', 2024],
        ['沭阳县政府', 2025],
      ],
      '沭阳县政府',
    ],
    [
      'a name that contains the key wins over a shorter one that does not',
      '二道区',
      [
        ['长春二道', 2018],
        ['二道区人民政府', 2017],
      ],
      '二道区人民政府',
    ],
    [
      'empty issuer names and missing years do not count',
      '上海市科委',
      [
        ['', 2025],
        [null, 2025],
        ['上海市科委', null],
      ],
      '上海市科委',
    ],
  ];
  for (const [what, key, issuers, want] of cases)
    it(`${key}: ${what}`, async () => {
      expect(await nameOf(key, issuers)).toBe(want);
    });
});

describe('the bodies table of data/', () => {
  it('names each body by the rule: 平潭综合实验区, not its office', async () => {
    const bodies = await db.all<BodyRow>(bodiesQuery());
    const name = new Map(bodies.map((b) => [b.body_key, b.body_name]));
    expect(name.get('平潭综合实验区')).toBe('平潭综合实验区');
    expect(name.get('洪泽区')).toBe('洪泽区人民政府');
    expect(name.get('二道区')).toBe('二道区人民政府');
    // Every body has a name, and it is one of its reports' issuer names.
    const issuers = await db.all<{ body_key: string; names: string[] }>(
      `SELECT body_key, list(DISTINCT issuing_body) AS names FROM reports
       WHERE body_key IS NOT NULL GROUP BY body_key`,
    );
    for (const { body_key, names } of issuers)
      expect(names, body_key).toContain(name.get(body_key));
  });
});
