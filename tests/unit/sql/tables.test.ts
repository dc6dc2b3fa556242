import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../../scripts/lib/checkDataFolder.ts';
import { openNodeDb } from '../../../scripts/lib/nodeDb.ts';
import { readCsv } from '../../../src/lib/csv/readCsv.ts';
import { writeCsv } from '../../../src/lib/csv/writeCsv.ts';
import { anomaliesQuery } from '../../../src/lib/sql/anomalies.ts';
import { REQUIRED_COLUMNS, TABLES, type TableName } from '../../../src/lib/sql/tables.ts';

const work = mkdtempSync(join(tmpdir(), 'nianbao-required-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/ whose files keep only `columns(table)`, in the folder `name`. */
function folder(name: string, columns: (table: TableName) => readonly string[]): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const table of TABLES) {
    const rows = readCsv(readFileSync(`data/${table}.csv`, 'utf8'));
    const keep = columns(table);
    writeFileSync(
      join(dir, `${table}.csv`),
      writeCsv(keep, rows, (r) => keep.map((c) => r[c])),
    );
  }
  return dir;
}

describe('REQUIRED_COLUMNS', () => {
  it('a data folder of only the required columns passes the check, loads and gives anomalies', async () => {
    const dir = folder('required', (t) => REQUIRED_COLUMNS[t]);
    expect(checkDataFolder(dir)).toBeNull();
    const db = await openNodeDb(dir);
    try {
      expect((await db.all(anomaliesQuery())).length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 60_000);

  it.each(TABLES.flatMap((t) => REQUIRED_COLUMNS[t].map((c) => [t, c] as const)))(
    'checkDataFolder(data/ without %s.%s) names the missing column',
    (table, column) => {
      const header = (t: TableName) =>
        readFileSync(`data/${t}.csv`, 'utf8').split('\n', 1)[0]!.split(',');
      const dir = folder('without', (t) => header(t).filter((c) => t !== table || c !== column));
      expect(checkDataFolder(dir)).toBe(`${join(dir, `${table}.csv`)}:1: missing column ${column}`);
    },
  );
});
