/**
 * The only module that touches DuckDB-WASM: one lazy database shared by the whole app. The wasm
 * and worker files are bundled by Vite (`?url`) and served with the app, never from a CDN, and
 * extensions are never fetched. `startDb()` attaches the database file the build writes, read by
 * HTTP range requests: nothing is downloaded whole and no view waits for the data to load.
 */
import {
  AsyncDuckDB,
  DuckDBDataProtocol,
  VoidLogger,
  type AsyncDuckDBConnection,
  type AsyncPreparedStatement,
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { DB_FILE } from '../preagg/files.ts';
import type { Query } from '../sql/query.ts';
import { DataFileError } from './dataFileError.ts';
import type { LoadProgress } from './loadProgress.ts';

let started: Promise<AsyncDuckDBConnection> | null = null;
/** The engine once open: `configure` registers files with it. */
let engine: AsyncDuckDB | null = null;
/** The last `configure` run: queries wait for it, so none reads tables half rebuilt. */
let configured: Promise<void> = Promise.resolve();
/** Queries wait for this first: which data the page shows is not known before it settles. */
let held: Promise<unknown> = Promise.resolve();

/**
 * Queries wait until `until` settles (the page has read which data it shows): one asked before
 * would read the shipped tables the user's own rows are about to join.
 */
export function holdQueries(until: Promise<unknown>): void {
  held = until.catch(() => {});
}

async function openEngine(): Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
  performance.mark('nianbao:worker');
  const worker = new Worker(ehWorker);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(ehWasm);
  performance.mark('nianbao:instantiated');
  await db.open({
    query: { castBigIntToDouble: true },
    // Read the database file by range (see attach); these are the settings that do it.
    filesystem: {
      reliableHeadRequests: true,
      allowFullHTTPReads: false,
      forceFullHTTPReads: false,
    },
  });
  const conn = await db.connect();
  engine = db;
  performance.mark('nianbao:opened');
  // Everything the app needs is built in; never reach out for an extension.
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  return { db, conn };
}

const progress: LoadProgress = { phase: 'engine', engineDone: false, files: {} };
const listeners = new Set<(p: LoadProgress) => void>();
function report(): void {
  for (const l of listeners) l(structuredClone(progress));
}

/**
 * Attaches the build's database file read-only over HTTP. With direct I/O and without full-file
 * reads, DuckDB asks for the blocks a query needs with range requests (206) and never downloads
 * the whole file; this needs a server that answers a ranged HEAD with 206 and Content-Length.
 */
async function attach(db: AsyncDuckDB, conn: AsyncDuckDBConnection): Promise<void> {
  const name = `data/${DB_FILE}`;
  const url = new URL(`${import.meta.env.BASE_URL}${name}`, location.href).href;
  let head: Response;
  try {
    head = await fetch(url, { method: 'HEAD' });
  } catch (err) {
    throw new DataFileError(name, `could not be fetched (${(err as Error).message})`);
  }
  if (!head.ok) throw new DataFileError(name, `HTTP ${head.status} ${head.statusText}`.trim());
  const total = Number(head.headers.get('content-length')) || null;
  progress.files[DB_FILE] = { loaded: 0, total, done: false };
  report();
  await db.registerFileURL(DB_FILE, url, DuckDBDataProtocol.HTTP, true);
  try {
    await conn.query(`ATTACH '${DB_FILE}' AS nb (READ_ONLY)`);
    await conn.query(`USE nb`);
  } catch (err) {
    throw new DataFileError(name, (err as Error).message);
  }
  progress.files[DB_FILE] = { loaded: total ?? 0, total, done: true };
}

async function start(): Promise<AsyncDuckDBConnection> {
  report();
  const { db, conn } = await openEngine();
  performance.mark('nianbao:engine');
  progress.engineDone = true;
  progress.phase = 'files';
  report();
  await attach(db, conn);
  performance.mark('nianbao:ready');
  progress.phase = 'ready';
  report();
  return conn;
}

/** Starts the database once (later calls share the same start-up) and reports progress. */
export function startDb(
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<AsyncDuckDBConnection> {
  listeners.add(onProgress);
  onProgress(structuredClone(progress));
  started ??= start();
  return started;
}

/** Prepared statements by SQL text: the builders produce few distinct texts, reused often. */
const prepared = new Map<string, Promise<AsyncPreparedStatement>>();

/** Runs one query with bound parameters and returns plain row objects. */
export async function query<T = Record<string, unknown>>(q: Query): Promise<T[]> {
  const conn = await startDb();
  await held;
  await configured;
  let stmt = prepared.get(q.sql);
  if (!stmt) {
    stmt = conn.prepare(q.sql);
    prepared.set(q.sql, stmt);
    stmt.catch(() => prepared.delete(q.sql));
  }
  const table = await (await stmt).query(...q.params);
  return table.toArray().map((row) => row.toJSON() as T);
}

/**
 * Registers text files (by name, for `read_csv`) and runs statements in order, after any earlier
 * run; later queries wait for it. Statements prepared before are forgotten, since the tables
 * they read may have been replaced (the user's own data beside the shipped data).
 */
export function configure(
  files: Record<string, string>,
  statements: readonly Query[],
): Promise<void> {
  const run = configured
    .catch(() => {})
    .then(async () => {
      const conn = await startDb();
      for (const [name, text] of Object.entries(files)) await engine!.registerFileText(name, text);
      for (const q of statements) {
        if (!q.params.length) {
          await conn.query(q.sql);
          continue;
        }
        const stmt = await conn.prepare(q.sql);
        try {
          await stmt.query(...q.params);
        } finally {
          await stmt.close();
        }
      }
      for (const stmt of prepared.values()) stmt.then((s) => s.close()).catch(() => {});
      prepared.clear();
    });
  configured = run;
  return run;
}
