/**
 * Every rate in real DuckDB: small fixtures written at the level rates read (`concept_values`,
 * `reports`, `bodies`), then the committed data for figures of corpus/expected.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RATES, RATE_IDS, rateFormats } from '../../../src/lib/rates/rates.ts';
import { CONCEPT_BY_ID, type Format } from '../../../src/lib/sql/crosswalk.ts';
import type { Query } from '../../../src/lib/sql/query.ts';
import { rateSetup } from '../../../src/lib/sql/rateValues.ts';
import { rankingQuery, seriesQuery, type SeriesRow } from '../../../src/lib/sql/seriesQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

type Fmt = Format | 'mixed';
/** report id, body, year, format, then concept -> [value, status] (no entry = no row). */
const FIXTURE: [string, string, number, Fmt, Record<string, [number | null, string]>][] = [
  [
    'a-2021',
    'A',
    2021,
    't2021',
    {
      c_out_refused: [3, 'derived'],
      c_out_total: [40, 'reported'],
      c_out_granted: [20, 'reported'],
      c_out_partial: [5, 'reported'],
      c_out_unable: [4, 'derived'],
      c_out_not_processed: [2, 'derived'],
      c_review_total: [2, 'reported'],
      c_litig_total: [1, 'derived'],
      c_app_received: [50, 'reported'],
      c_review_corrected: [1, 'reported'],
      c_review_decided: [4, 'derived'],
      c_app_from_legal: [5, 'reported'],
    },
  ],
  // n = 4: below the minimum, the count is kept and the rate has no value.
  ['a-2019', 'A', 2019, 't2019', { c_out_refused: [1, 'derived'], c_out_total: [4, 'reported'] }],
  // A zero denominator: no value, and not a zero rate.
  [
    'a-2018',
    'A',
    2018,
    'pre2019',
    { c_out_refused: [0, 'reported'], c_out_total: [0, 'reported'] },
  ],
  // The numerator was not printed (ambiguous): missing, never 0.
  [
    'a-2017',
    'A',
    2017,
    'pre2019',
    {
      c_out_refused: [null, 'ambiguous'],
      c_out_total: [30, 'reported'],
      c_app_recv_online: [12, 'reported'],
      c_app_received: [48, 'reported'],
    },
  ],
  // A blank set to 0 stays marked in the rate.
  [
    'a-2016',
    'A',
    2016,
    'pre2019',
    { c_out_refused: [0, 'imputed_zero'], c_out_total: [20, 'reported'] },
  ],
  // Two reports for one year: the one with a rate wins.
  ['b-2021x', 'B', 2021, 't2021', {}],
  ['b-2021', 'B', 2021, 't2021', { c_out_refused: [30, 'derived'], c_out_total: [60, 'reported'] }],
  // A mixed report without the figures: missing, not "not in this format".
  ['c-2019', 'C', 2019, 'mixed', {}],
  ['c-2021', 'C', 2021, 't2021', { c_out_refused: [1, 'derived'], c_out_total: [100, 'reported'] }],
];

let instance: DuckDBInstance;
let conn: DuckDBConnection;
async function all<T>(q: Query): Promise<T[]> {
  const reader = await conn.runAndReadAll(q.sql, q.params);
  return reader
    .getRowObjectsJS()
    .map(
      (r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
        ) as T,
    );
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  conn = await instance.connect();
  const esc = (s: string) => `'${s}'`;
  await conn.run(
    `CREATE TABLE reports AS SELECT * FROM (VALUES ${FIXTURE.map(
      ([id, body, year, fmt]) => `(${esc(id)}, ${esc(body)}, ${year}, ${esc(fmt)})`,
    ).join(', ')}) t(report_id, body_key, report_year, format_version)`,
  );
  await conn.run(`CREATE TABLE bodies AS SELECT DISTINCT body_key, body_key || ' body' AS body_name,
    'district_county' AS body_level, 'P' AS province, CASE body_key WHEN 'C' THEN 'Y' ELSE 'X' END AS city
    FROM reports`);
  const cv = FIXTURE.flatMap(([id, , , fmt, values]) =>
    Object.entries(values).map(([c, [v, st]]) => {
      const segment = CONCEPT_BY_ID.get(c)!.formats[fmt as Format]!.segment;
      const comp = fmt === 'pre2019' ? 'approx' : 'same';
      return `(${esc(id)}, ${esc(c)}, ${v ?? 'NULL'}, ${esc(st)}, ${esc(segment)}, ${esc(comp)})`;
    }),
  );
  await conn.run(`CREATE TABLE concept_values (report_id VARCHAR, concept_id VARCHAR, value DOUBLE,
    value_status VARCHAR, segment VARCHAR, comparability VARCHAR)`);
  await conn.run(`INSERT INTO concept_values VALUES ${cv.join(', ')}`);
  for (const sql of rateSetup()) await conn.run(sql);
});
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

const series = (id: string, bodies: string[], minN?: number) =>
  all<SeriesRow>(seriesQuery({ kind: 'rate', id, bodies, minN }));

describe('rates on a fixture', () => {
  test('refusal rate of A 2021 is 3 / 40 with n = 40', async () => {
    const row = (await series('refusal', ['A'])).find((r) => r.report_year === 2021);
    expect(row).toMatchObject({ numerator: 3, denominator: 40, value_status: 'rate' });
    expect(row!.value).toBeCloseTo(0.075);
  });

  test.each([
    ['granted', 25 / 40],
    ['unable', 4 / 40],
    ['not_processed', 2 / 40],
    ['review_per_100', 4],
    ['litigation_per_100', 2],
    ['legal_share', 0.1],
  ])('%s of A 2021 is %d', async (id, want) => {
    const row = (await series(id, ['A'])).find((r) => r.report_year === 2021);
    expect(row!.value).toBeCloseTo(want);
  });

  test('correction rate of A 2021: n = 4 is below 10 (count only), a rate with min n 2', async () => {
    const small = (await series('review_correction', ['A'])).find((r) => r.report_year === 2021);
    expect(small).toMatchObject({
      value: null,
      value_status: 'small_n',
      numerator: 1,
      denominator: 4,
    });
    const shown = (await series('review_correction', ['A'], 2)).find((r) => r.report_year === 2021);
    expect(shown!.value).toBeCloseTo(0.25);
  });

  test('refusal rate of A 2019 with n = 4 keeps its count and has no value', async () => {
    const row = (await series('refusal', ['A'])).find((r) => r.report_year === 2019);
    expect(row).toMatchObject({
      value: null,
      value_status: 'small_n',
      numerator: 1,
      denominator: 4,
    });
  });

  test('a zero denominator (A 2018) gives no value and says so, not 0', async () => {
    const row = (await series('refusal', ['A'])).find((r) => r.report_year === 2018);
    expect(row).toMatchObject({ value: null, value_status: 'zero_denominator', denominator: 0 });
  });

  test('an ambiguous numerator (A 2017) leaves the rate missing', async () => {
    const row = (await series('refusal', ['A'])).find((r) => r.report_year === 2017);
    expect(row).toMatchObject({
      value: null,
      value_status: 'missing',
      numerator: null,
      denominator: 30,
    });
  });

  test('a rate the format cannot give is not_in_format (not-processed before 2019, channels after)', async () => {
    const np = (await series('not_processed', ['A'])).find((r) => r.report_year === 2017);
    expect(np).toMatchObject({ value: null, value_status: 'not_in_format' });
    const online = await series('channel_online', ['A']);
    expect(online.find((r) => r.report_year === 2017)!.value).toBeCloseTo(0.25);
    expect(online.find((r) => r.report_year === 2021)).toMatchObject({
      value: null,
      value_status: 'not_in_format',
    });
  });

  test('a mixed-format report without the figures is missing', async () => {
    const row = (await series('not_processed', ['C'])).find((r) => r.report_year === 2019);
    expect(row).toMatchObject({ value: null, value_status: 'missing' });
  });

  test('a blank set to 0 gives rate 0 marked imputed_zero', async () => {
    const row = (await series('refusal', ['A'])).find((r) => r.report_year === 2016);
    expect(row).toMatchObject({ value: 0, value_status: 'imputed_zero', denominator: 20 });
  });

  test('pre-2019 and 2019+ rates are different segments (a break), pre-2019 approx', async () => {
    const rows = await series('refusal', ['A']);
    const seg = (y: number) => rows.find((r) => r.report_year === y)!;
    expect(seg(2016).segment).not.toBe(seg(2021).segment);
    expect(seg(2016).comparability).toBe('approx');
    expect(seg(2021).comparability).toBe('same');
  });

  test('two reports for B 2021: the one with a rate wins, n_reports = 2', async () => {
    const rows = await series('refusal', ['B']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ report_id: 'b-2021', value: 0.5, n_reports: 2 });
  });

  test('rankingQuery(refusal, 2021) sorts the peers, city X leaves C out', async () => {
    const all3 = await all<SeriesRow>(
      rankingQuery({ kind: 'rate', id: 'refusal', year: 2021, peers: {} }),
    );
    expect(all3.map((r) => r.body_key)).toEqual(['B', 'A', 'C']);
    const cityX = await all<SeriesRow>(
      rankingQuery({ kind: 'rate', id: 'refusal', year: 2021, peers: { city: 'X' } }),
    );
    expect(cityX.map((r) => r.body_key)).toEqual(['B', 'A']);
  });
});

describe('rate definitions', () => {
  test('every rate names concepts that exist, and has at least one format', () => {
    for (const id of RATE_IDS) {
      const r = RATES[id];
      for (const c of [...r.numerator, ...r.denominator])
        expect(CONCEPT_BY_ID.has(c), `${id}: ${c}`).toBe(true);
      expect(rateFormats(r).length, id).toBeGreaterThan(0);
    }
  });

  test.each([
    ['refusal', ['pre2019', 't2019', 't2021']],
    ['not_processed', ['t2019', 't2021']],
    ['legal_share', ['t2019', 't2021']],
    ['channel_online', ['pre2019']],
  ] as const)('rateFormats(%s) is %j', (id, want) => {
    expect(rateFormats(RATES[id])).toEqual(want);
  });
});

describe('rates on the committed data', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  test('平潭综合实验区 2023 refusal rate = (1+1+1+2) / 81 (corpus/expected res_den_*, res_total)', async () => {
    const rows = await db.all<SeriesRow>(
      seriesQuery({
        kind: 'rate',
        id: 'refusal',
        bodies: ['平潭综合实验区'],
        from: 2023,
        to: 2023,
      }),
    );
    expect(rows[0]).toMatchObject({ numerator: 5, denominator: 81, value_status: 'rate' });
  });

  test('平潭综合实验区 2016 refusal rate: 0 replies, so no rate (zero_denominator)', async () => {
    const rows = await db.all<SeriesRow>(
      seriesQuery({
        kind: 'rate',
        id: 'refusal',
        bodies: ['平潭综合实验区'],
        from: 2016,
        to: 2016,
      }),
    );
    expect(rows[0]).toMatchObject({
      value: null,
      value_status: 'zero_denominator',
      denominator: 0,
    });
  });
});
