/**
 * The committed data/ CSVs in a real DuckDB (Node), set up exactly as the app does it: the same
 * table DDL and views from src/lib/sql. Used by the SQL tests, the build-time snapshot and the
 * anomalies CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Query } from '../../src/lib/sql/query.ts';
import { viewSetup } from '../../src/lib/sql/setup.ts';
import { TABLES, createTableFromCsv, parseHeader } from '../../src/lib/sql/tables.ts';

export type Row = Record<string, unknown>;

export interface NodeDb {
  all<T = Row>(q: Query | string): Promise<T[]>;
  close(): void;
}

function plain(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

/** Opens an in-memory DuckDB with reports, facts, checks, metrics and the app's views. */
export async function openNodeDb(dir = 'data'): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  for (const table of TABLES) {
    const path = join(dir, `${table}.csv`);
    const header = parseHeader(readFileSync(path, 'utf8').split('\n', 1)[0] ?? '');
    await conn.run(createTableFromCsv(table, path, header));
  }
  for (const sql of viewSetup()) await conn.run(sql);
  return {
    async all<T>(q: Query | string): Promise<T[]> {
      const { sql, params } = typeof q === 'string' ? { sql: q, params: [] } : q;
      const reader = await conn.runAndReadAll(sql, params);
      return reader
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T);
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
