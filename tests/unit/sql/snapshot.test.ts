import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conceptSnapshot } from '../../../scripts/vite/snapshotPlugin.ts';
import { indexSnapshot, seriesFromSnapshot } from '../../../src/lib/db/snapshot.ts';
import { seriesQuery, type SeriesRow, type SeriesSpec } from '../../../src/lib/sql/seriesQuery.ts';
import { openTestDb, type TestDb } from './nodeDb.ts';

let db: TestDb;
let byId: Map<string, SeriesRow[]>;
beforeAll(async () => {
  db = await openTestDb();
  byId = indexSnapshot(JSON.parse(await conceptSnapshot()));
}, 60_000);
afterAll(() => db.close());

const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);

describe('concept snapshot', () => {
  it.each<[string, SeriesSpec]>([
    [
      'four 片区, applications received, 2019–2025',
      { kind: 'concept', id: 'c_app_received', bodies: PIANQU, from: 2019, to: 2025 },
    ],
    [
      '二道区 and 平潭, one year',
      {
        kind: 'concept',
        id: 'c_app_received',
        bodies: ['二道区', '平潭综合实验区'],
        from: 2017,
        to: 2017,
      },
    ],
    [
      '平潭综合实验区, refusals, all years',
      { kind: 'concept', id: 'c_out_refused', bodies: ['平潭综合实验区'], from: null, to: null },
    ],
    [
      'a body with two reports in one year',
      {
        kind: 'concept',
        id: 'c_app_received',
        bodies: ['平潭县质量技术监督局'],
        from: null,
        to: null,
      },
    ],
  ])('seriesFromSnapshot(%s) is exactly what seriesQuery returns', async (_name, spec) => {
    const sql = await db.all<SeriesRow>(seriesQuery(spec));
    expect(sql.length).toBeGreaterThan(0);
    expect(seriesFromSnapshot(byId, spec)).toEqual(sql);
  });

  it('covers every concept that has a value somewhere', async () => {
    const ids = await db.all<{ id: string }>(
      `SELECT DISTINCT concept_id AS id FROM concept_values`,
    );
    for (const { id } of ids) expect(byId.has(id), id).toBe(true);
  });
});
