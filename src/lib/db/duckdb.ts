/**
 * The only module that touches DuckDB-WASM: one lazy database shared by the whole app. The wasm
 * and worker files are bundled by Vite (`?url`) and served with the app, never from a CDN, and
 * extensions are never fetched. `startDb()` loads the four CSVs the build ships in `data/`.
 */
import {
  AsyncDuckDB,
  VoidLogger,
  type AsyncDuckDBConnection,
  type AsyncPreparedStatement,
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Query } from '../sql/query.ts';
import { viewSetup } from '../sql/setup.ts';
import { TABLES, createTableFromCsv, missingColumns, parseHeader } from '../sql/tables.ts';
import { DataFileError } from './dataFileError.ts';
import { fetchFile } from './fetchFile.ts';
import type { LoadProgress } from './loadProgress.ts';

let started: Promise<AsyncDuckDBConnection> | null = null;

async function openEngine(): Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
  performance.mark('nianbao:worker');
  const worker = new Worker(ehWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(ehWasm);
  performance.mark('nianbao:instantiated');
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  performance.mark('nianbao:opened');
  // Everything the app needs is built in; never reach out for an extension.
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  return { db, conn };
}

/** The header line of a CSV file's bytes. */
function headerOf(bytes: Uint8Array): string[] {
  const end = bytes.indexOf(10);
  return parseHeader(new TextDecoder().decode(bytes.subarray(0, end < 0 ? bytes.length : end)));
}

async function start(onProgress: (p: LoadProgress) => void): Promise<AsyncDuckDBConnection> {
  const progress: LoadProgress = { phase: 'engine', engineDone: false, files: {} };
  for (const t of TABLES) progress.files[`${t}.csv`] = { loaded: 0, total: null, done: false };
  const report = () => onProgress(structuredClone(progress));
  report();

  const base = import.meta.env.BASE_URL;
  const engine = openEngine().then((e) => {
    performance.mark('nianbao:engine');
    progress.engineDone = true;
    report();
    return e;
  });
  const files = TABLES.map((t) =>
    fetchFile(`${base}data/${t}.csv`, `data/${t}.csv`, (loaded, total) => {
      progress.phase = progress.phase === 'engine' ? 'files' : progress.phase;
      progress.files[`${t}.csv`] = { loaded, total, done: false };
      report();
    }).then((bytes) => {
      progress.files[`${t}.csv`] = { loaded: bytes.length, total: bytes.length, done: true };
      report();
      return bytes;
    }),
  );
  const [{ db, conn }, ...contents] = await Promise.all([engine, ...files]);
  performance.mark('nianbao:files');
  progress.phase = 'tables';
  report();
  for (const [i, table] of TABLES.entries()) {
    const name = `data/${table}.csv`;
    const bytes = contents[i]!;
    const header = headerOf(bytes);
    const missing = missingColumns(table, header);
    if (bytes.length === 0) throw new DataFileError(name, 'the file is empty');
    if (missing.length) throw new DataFileError(name, `missing columns: ${missing.join(', ')}`);
    await db.registerFileBuffer(`${table}.csv`, bytes);
    try {
      await conn.query(createTableFromCsv(table, `${table}.csv`, header));
    } catch (err) {
      throw new DataFileError(name, (err as Error).message);
    }
  }
  performance.mark('nianbao:tables');
  for (const sql of viewSetup()) await conn.query(sql);
  performance.mark('nianbao:ready');
  progress.phase = 'ready';
  report();
  return conn;
}

/** Starts the database once (later calls share the same start-up) and reports progress. */
export function startDb(
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<AsyncDuckDBConnection> {
  started ??= start(onProgress);
  return started;
}

/** Prepared statements by SQL text: the builders produce few distinct texts, reused often. */
const prepared = new Map<string, Promise<AsyncPreparedStatement>>();

/** Runs one query with bound parameters and returns plain row objects. */
export async function query<T = Record<string, unknown>>(q: Query): Promise<T[]> {
  const conn = await startDb();
  let stmt = prepared.get(q.sql);
  if (!stmt) {
    stmt = conn.prepare(q.sql);
    prepared.set(q.sql, stmt);
    stmt.catch(() => prepared.delete(q.sql));
  }
  const table = await (await stmt).query(...q.params);
  return table.toArray().map((row) => row.toJSON() as T);
}
