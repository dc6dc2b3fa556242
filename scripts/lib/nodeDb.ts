/**
 * A folder of the CLI's CSVs in a real DuckDB (Node), set up exactly as the app serves it: the
 * same table DDL and the same serving schema from src/lib/sql. Used by the SQL tests, the build
 * (which writes it to the database file the browser attaches) and the anomalies CLI.
 */
import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Query } from '../../src/lib/sql/query.ts';
import { quoteIdent, quoteLiteral } from '../../src/lib/sql/quote.ts';
import { SERVED_TABLES, servingSetup } from '../../src/lib/sql/serving.ts';
import { TABLES, createTableFromCsv, parseHeader } from '../../src/lib/sql/tables.ts';

export type Row = Record<string, unknown>;

export interface NodeDb {
  all<T = Row>(q: Query | string): Promise<T[]>;
  run(q: Query | string): Promise<void>;
  /** Streams a query's rows chunk by chunk (bounded memory for large results). */
  each<T = Row>(q: Query | string, onRow: (row: T) => void): Promise<void>;
  /** Writes every served table to a new database file (replacing any file there). */
  writeServingFile(path: string): Promise<void>;
  close(): void;
}

function plain(value: unknown): unknown {
  return typeof value === 'bigint' ? Number(value) : value;
}

const asQuery = (q: Query | string): Query => (typeof q === 'string' ? { sql: q, params: [] } : q);

/** The column names of a CSV file, from its first line only (the file may be gigabytes). */
export function csvHeader(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return parseHeader(buf.subarray(0, n).toString('utf8').split('\n', 1)[0] ?? '');
  } finally {
    closeSync(fd);
  }
}

/** Opens an in-memory DuckDB with the CSV tables of `dir` and the serving schema built on them. */
export async function openNodeDb(dir = 'data'): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  // Large corpora spill to disk: into the system's temporary folder, not the working directory.
  await conn.run(`SET temp_directory = ${quoteLiteral(join(tmpdir(), 'nianbao-duckdb'))}`);
  for (const table of TABLES) {
    const path = join(dir, `${table}.csv`);
    const header = csvHeader(path);
    await conn.run(createTableFromCsv(table, path, header));
  }
  for (const q of servingSetup()) {
    const t0 = performance.now();
    await conn.run(q.sql, q.params);
    if (process.env.NIANBAO_BUILD_LOG)
      console.error(
        `  ${((performance.now() - t0) / 1000).toFixed(1)} s ${q.sql.slice(0, 60).replace(/\s+/g, ' ')}`,
      );
  }
  return {
    async all<T>(q: Query | string): Promise<T[]> {
      const { sql, params } = asQuery(q);
      const reader = await conn.runAndReadAll(sql, params);
      return reader
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T);
    },
    async each<T>(q: Query | string, onRow: (row: T) => void): Promise<void> {
      const { sql, params } = asQuery(q);
      const result = await conn.stream(sql, params);
      for await (const rows of result.yieldRowObjectJs())
        for (const r of rows)
          onRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])) as T);
    },
    async run(q: Query | string): Promise<void> {
      const { sql, params } = asQuery(q);
      await conn.run(sql, params);
    },
    async writeServingFile(path: string): Promise<void> {
      rmSync(path, { force: true });
      rmSync(`${path}.wal`, { force: true });
      await conn.run(`ATTACH ${quoteLiteral(path)} AS served`);
      for (const [table, order] of Object.entries(SERVED_TABLES))
        await conn.run(
          `CREATE TABLE served.${quoteIdent(table)} AS SELECT * FROM ${quoteIdent(table)}${order ? ` ORDER BY ${order}` : ''}`,
        );
      await conn.run(`CHECKPOINT served`);
      await conn.run(`DETACH served`);
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
