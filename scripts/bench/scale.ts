/**
 * npm run bench:scale -- [--reports 1e3,1e4,1e5] [--runs 5] [--data <dir>] [--work <dir>] [--reuse]
 *
 * For each size: a synthetic corpus's tables (`npm run synth -- --tables`), the app built over
 * them (build time, database and pre-aggregate sizes), then in headless Chromium with the HTTP cache
 * disabled, median of `runs` cold loads per view: time to first paint, bytes the server sent
 * before it; filter-change p95 on Overview and Compare; the tab's memory; and the app's DuckDB
 * queries timed in DuckDB-WASM (through the page) and in native DuckDB (`@duckdb/node-api`) on the
 * same database file, with the wasm/native ratio. `--data <dir>` measures an existing folder of
 * CSVs instead of synthesizing one (one size). `--reuse` keeps the serving data of an earlier run
 * in the same `--work` folder and builds only the app again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { DB_FILE, PRE_FILES } from '../../src/lib/preagg/files.ts';
import { coverageQuery } from '../../src/lib/sql/coverageQuery.ts';
import type { Query } from '../../src/lib/sql/query.ts';
import { reportFactsQuery } from '../../src/lib/sql/reportQuery.ts';
import { rankingQuery, seriesQuery } from '../../src/lib/sql/seriesQuery.ts';
import { storedAnomaliesQuery } from '../../src/lib/sql/anomalies.ts';
import { topicFactsQuery } from '../../src/lib/sql/topicQuery.ts';
import { CHANNEL_METRICS } from '../../src/lib/state/topics.ts';
import { TOPICS } from '../../src/lib/state/urlState.ts';
import { openApp, type AppSession } from '../lib/browser.ts';
import { median } from '../lib/median.ts';
import type { RequestLogEntry } from '../lib/serve.ts';

interface Args {
  sizes: number[];
  runs: number;
  data: string | null;
  work: string;
  /** Keep the serving data of an earlier build of the same size; only the app is built again. */
  reuse: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sizes: [1e3, 1e4, 1e5],
    runs: 5,
    data: null,
    work: 'node_modules/.bench',
    reuse: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--reports') args.sizes = value().split(',').map(Number);
    else if (flag === '--runs') args.runs = Number(value());
    else if (flag === '--data') args.data = value();
    else if (flag === '--work') args.work = value();
    else if (flag === '--reuse') args.reuse = true;
    else throw new Error(`unknown argument ${flag}`);
  }
  if (args.data) args.sizes = [0];
  return args;
}

/** Bytes of a file or of everything under a folder. */
function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((s, f) => s + sizeOf(join(path, f)), 0);
}

function countFiles(path: string): number {
  return readdirSync(path, { recursive: true }).filter((f) =>
    statSync(join(path, String(f))).isFile(),
  ).length;
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? NaN;

/** The page's view URLs, with real bodies and a real report of the built data. */
function viewUrls(dist: string): Record<string, string> {
  const catalogue = JSON.parse(readFileSync(join(dist, 'data/pre', PRE_FILES.catalogue), 'utf8'));
  const bodies: string[] = (catalogue.bodies.rows as unknown[][]).map((r) => String(r[0]));
  const compareBodies = bodies
    .filter((_, i) => i % Math.max(1, Math.floor(bodies.length / 10)) === 0)
    .slice(0, 10);
  const coverage = JSON.parse(readFileSync(join(dist, 'data/pre', PRE_FILES.coverage), 'utf8'));
  const reportCol = coverage.columns.indexOf('report_id');
  const middle = coverage.rows[Math.floor(coverage.rows.length / 2)];
  const report = String(middle[reportCol]);
  const body = String(middle[coverage.columns.indexOf('body_key')]);
  const q = (p: [string, string][]) => `/?${new URLSearchParams(p)}`;
  const urls: Record<string, string> = {
    overview: '/',
    compare: q([
      ['v', 'compare'],
      ['s', 'c:c_app_received'],
      ...compareBodies.map((b): [string, string] => ['b', b]),
    ]),
  };
  urls.ranking = q([['v', 'ranking']]);
  urls['ranking rate'] = q([
    ['v', 'ranking'],
    ['s', 'r:refusal'],
  ]);
  for (const t of TOPICS)
    urls[`topic ${t}`] = q([
      ['v', 'topics'],
      ['topic', t],
    ]);
  urls.report = q([
    ['v', 'report'],
    ['r', report],
  ]);
  urls.anomalies = q([['v', 'anomalies']]);
  urls.body = q([
    ['v', 'body'],
    ['b', body],
  ]);
  return urls;
}

const PAINTED = `(() => {
  const el = document.querySelector('[data-drawn]:not([data-drawn=""]), [data-partial]');
  return el ? performance.timeOrigin + performance.now() : false;
})()`;

interface ViewResult {
  paint: number[];
  bytes: number[];
  requests: number[];
}

/** One cold load of `url`: ms to first paint and bytes the server sent before it. */
async function coldLoad(
  session: AppSession,
  log: (RequestLogEntry & { at: number })[],
  url: string,
): Promise<{ paint: number; bytes: number; requests: number }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  log.length = 0;
  const start = Date.now();
  await page.goto(`${session.origin}${url}`);
  const handle = await page.waitForFunction(PAINTED, undefined, {
    timeout: 120_000,
    polling: 'raf',
  });
  const paintedAt = (await handle.jsonValue()) as number;
  const before = log.filter((e) => e.at <= paintedAt);
  await context.close();
  return {
    paint: paintedAt - start,
    bytes: before.reduce((s, e) => s + e.bytes, 0),
    requests: before.length,
  };
}

/** Changes a `<select>` and resolves with the ms until the frame's data-drawn changes. */
const changeSelect = (frame: string, select: string, value: string) => `
  new Promise((resolve) => {
    const f = document.querySelector('[data-chart="${frame}"]');
    const before = f.getAttribute('data-drawn');
    const s = document.querySelector('${select}');
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      const now = f.getAttribute('data-drawn');
      if (!now || now === before) return;
      obs.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }).observe(f, { attributes: true, attributeFilter: ['data-drawn'] });
    s.value = ${JSON.stringify(value)};
    s.dispatchEvent(new Event('change', { bubbles: true }));
  })`;

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(`typeof window.nianbaoQuery === 'function'`);
  await page.evaluate(`window.nianbaoQuery({ sql: 'SELECT 1', params: [] })`);
}

/** Filter changes, ms each, by kind: Overview province (to one and back to all), Compare start year. */
async function filterChanges(
  session: AppSession,
  urls: Record<string, string>,
  n: number,
): Promise<Record<string, number[]>> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const times: Record<string, number[]> = {
    'overview: one province': [],
    'overview: back to all': [],
    'compare: start year': [],
  };
  await page.goto(`${session.origin}${urls.overview}`);
  await page.waitForFunction(PAINTED);
  await waitReady(page);
  const provinces = await page.$$eval('#filter-province option', (os) =>
    os.map((o) => (o as HTMLOptionElement).value),
  );
  for (let i = 0; i < n; i++) {
    const value = provinces[(i % Math.max(1, provinces.length - 1)) + 1] ?? '';
    times['overview: one province']!.push(
      await page.evaluate<number>(changeSelect('coverage', '#filter-province', value)),
    );
    times['overview: back to all']!.push(
      await page.evaluate<number>(changeSelect('coverage', '#filter-province', '')),
    );
  }
  await page.goto(`${session.origin}${urls.compare}`);
  await page.waitForFunction(PAINTED);
  await waitReady(page);
  for (let i = 0; i < n; i++)
    times['compare: start year']!.push(
      await page.evaluate<number>(changeSelect('compare', '#year-from', String(2010 + (i % 8)))),
    );
  await page.close();
  return times;
}

/**
 * Resident memory of this bench's Chromium renderers, in bytes: only processes descended from this
 * Node process count, not other browsers on the machine. `tab` is the largest renderer: the one
 * that hosts the measured page with its dedicated workers (DuckDB's wasm memory among them);
 * `all` adds the others (spare renderers, earlier pages' processes not yet gone).
 */
function rendererRss(): { tab: number; all: number; processes: number } {
  const parent = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  const sizes: number[] = [];
  for (const pid of parent.keys()) {
    if (!ours(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      sizes.push(Number(m?.[1] ?? 0) * 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return {
    tab: Math.max(0, ...sizes),
    all: sizes.reduce((a, b) => a + b, 0),
    processes: sizes.length,
  };
}

/** The app's queries a user's interactions run, with parameters from the built data. */
function benchQueries(dist: string): Record<string, Query> {
  const catalogue = JSON.parse(readFileSync(join(dist, 'data/pre', PRE_FILES.catalogue), 'utf8'));
  const bodies: string[] = (catalogue.bodies.rows as unknown[][]).map((r) => String(r[0]));
  const ten = bodies.slice(0, 10);
  const provinceCol = catalogue.bodies.columns.indexOf('province');
  const province = String(catalogue.bodies.rows[0][provinceCol] ?? '');
  const coverage = JSON.parse(readFileSync(join(dist, 'data/pre', PRE_FILES.coverage), 'utf8'));
  const report = String(
    coverage.rows[Math.floor(coverage.rows.length / 3)][coverage.columns.indexOf('report_id')],
  );
  const year = Number(catalogue.years.at(-2) ?? 2020);
  return {
    'series: 10 bodies, concept': seriesQuery({
      kind: 'concept',
      id: 'c_app_received',
      bodies: ten,
    }),
    'series: 10 bodies, metric': seriesQuery({
      kind: 'metric',
      id: 'app_new_received',
      bodies: ten,
    }),
    'ranking: all bodies, 1 year': rankingQuery({
      kind: 'concept',
      id: 'c_app_received',
      year,
      peers: {},
    }),
    'topic facts: 10 bodies': topicFactsQuery(CHANNEL_METRICS, ['all'], { bodies: ten }),
    'report: figures + evidence': reportFactsQuery(report),
    'coverage: 1 province': {
      sql: `SELECT * FROM coverage WHERE report_province = ?`,
      params: [province],
    },
    'coverage query (from facts)': coverageQuery({ province }),
    'anomaly list (stored)': storedAnomaliesQuery(),
  };
}

/**
 * The app's queries timed in the page (DuckDB-WASM), the bytes of the database file each one's
 * first run read (by range), and the tab's memory after them.
 */
async function wasmTimes(
  session: AppSession,
  log: RequestLogEntry[],
  queries: Record<string, Query>,
  runs: number,
) {
  const dbBytes = (from: number) =>
    log.slice(from).reduce((s, e) => s + (e.url.includes(DB_FILE) ? e.bytes : 0), 0);
  const page = await session.browser.newPage();
  log.length = 0;
  await page.goto(`${session.origin}/?v=anomalies`);
  await waitReady(page);
  const attachBytes = dbBytes(0);
  const out: Record<string, number> = {};
  const read: Record<string, number> = {};
  for (const [name, q] of Object.entries(queries)) {
    const times: number[] = [];
    const from = log.length;
    for (let i = 0; i < runs; i++) {
      if (i === 1) read[name] = dbBytes(from);
      times.push(
        await page.evaluate<number>(`(async () => {
          const t0 = performance.now();
          await window.nianbaoQuery(${JSON.stringify(q)});
          return performance.now() - t0;
        })()`),
      );
    }
    read[name] ??= dbBytes(from);
    out[name] = median(times);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const memory = { heap, rss: rendererRss() };
  await page.close();
  return { times: out, read, attachBytes, memory };
}

async function nativeTimes(dbPath: string, queries: Record<string, Query>, runs: number) {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`ATTACH '${dbPath}' AS nb (READ_ONLY)`);
  await conn.run(`USE nb`);
  const out: Record<string, number> = {};
  for (const [name, q] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await conn.runAndReadAll(q.sql, q.params);
      times.push(performance.now() - t0);
    }
    out[name] = median(times);
  }
  conn.closeSync();
  instance.closeSync();
  return out;
}

async function benchSize(args: Args, size: number): Promise<void> {
  const dir = resolve(args.work, `scale-${size || 'data'}`);
  const data = args.data ? resolve(args.data) : join(dir, 'tables');
  const dist = join(dir, 'dist');
  mkdirSync(dir, { recursive: true });
  if (!args.data) synthesizeInto(size, data);
  const t0 = performance.now();
  process.env.NIANBAO_DATA = data;
  const reused = args.reuse && existsSync(join(dist, 'data', DB_FILE));
  if (reused) {
    // The app is built again (its code may have changed); the corpus's serving data is kept.
    const kept = join(dir, 'data.kept');
    renameSync(join(dist, 'data'), kept);
    process.env.NIANBAO_APP_ONLY = '1';
    try {
      await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    } finally {
      delete process.env.NIANBAO_APP_ONLY;
      renameSync(kept, join(dist, 'data'));
    }
  } else await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const buildSeconds = reused ? NaN : (performance.now() - t0) / 1000;
  const manifest = JSON.parse(readFileSync(join(dist, 'data/pre', PRE_FILES.manifest), 'utf8'));
  const dbPath = join(dist, 'data', DB_FILE);
  console.log(
    `\n## ${manifest.counts.reports} reports, ${manifest.counts.facts} facts, ${manifest.counts.bodies} bodies (${data})`,
  );
  console.log(
    `build ${buildSeconds.toFixed(1)} s · database ${mb(sizeOf(dbPath))} · pre-aggregates ${mb(sizeOf(join(dist, 'data/pre')))} raw in ${countFiles(join(dist, 'data/pre'))} files · CSV ${mb(sizeOf(join(data, 'facts.csv')) + sizeOf(join(data, 'reports.csv')) + sizeOf(join(data, 'checks.csv')))}`,
  );

  const log: (RequestLogEntry & { at: number })[] = [];
  const session = await openApp({
    dir: dist,
    onRequest: (e) => log.push({ ...e, at: Date.now() }),
  });
  try {
    const urls = viewUrls(dist);
    const results: Record<string, ViewResult> = {};
    for (const [view, url] of Object.entries(urls)) {
      const r: ViewResult = { paint: [], bytes: [], requests: [] };
      console.error(`  ${view} ${url.slice(0, 80)}`);
      for (let i = 0; i < args.runs; i++) {
        const one = await coldLoad(session, log, url);
        r.paint.push(one.paint);
        r.bytes.push(one.bytes);
        r.requests.push(one.requests);
      }
      results[view] = r;
    }
    console.log(
      `\n| view | first paint (ms, median of ${args.runs}) | bytes before it | requests |`,
    );
    console.log('|---|---:|---:|---:|');
    for (const [view, r] of Object.entries(results))
      console.log(
        `| ${view} | ${median(r.paint).toFixed(0)} | ${(median(r.bytes) / 1e3).toFixed(0)} KB | ${median(r.requests)} |`,
      );
    const byKind = await filterChanges(session, urls, 10);
    const changes = Object.values(byKind).flat();
    console.log(
      `\nfilter change: p95 ${p95(changes).toFixed(0)} ms, median ${median(changes).toFixed(0)} ms (${changes.length} changes)`,
    );
    for (const [kind, xs] of Object.entries(byKind))
      console.log(
        `  ${kind}: p95 ${p95(xs).toFixed(0)} ms, median ${median(xs).toFixed(0)} ms, each ${xs.map((x) => x.toFixed(0)).join(' ')}`,
      );
    const queries = benchQueries(dist);
    const {
      times: wasm,
      read,
      attachBytes,
      memory,
    } = await wasmTimes(session, log, queries, args.runs);
    console.log(
      `tab memory after the queries: JS heap ${mb(memory.heap)} (main thread); the tab's renderer RSS ${mb(memory.rss.tab)} (page, its workers and DuckDB's wasm memory); all ${memory.rss.processes} renderers ${mb(memory.rss.all)}`,
    );
    const native = await nativeTimes(dbPath, queries, args.runs);
    console.log(
      `\nattaching the database read ${mb(attachBytes)} of its ${mb(sizeOf(dbPath))} by range`,
    );
    console.log(
      `\n| query | DuckDB-WASM (ms) | native DuckDB (ms) | wasm/native | database read by its first run |`,
    );
    console.log('|---|---:|---:|---:|---:|');
    for (const name of Object.keys(queries))
      console.log(
        `| ${name} | ${wasm[name]!.toFixed(1)} | ${native[name]!.toFixed(1)} | ${(wasm[name]! / native[name]!).toFixed(1)} | ${mb(read[name]!)} |`,
      );
  } finally {
    await session.close();
  }
}

function synthesizeInto(size: number, out: string): void {
  if (existsSync(join(out, 'facts.csv'))) return;
  // A synthetic body publishes about 14.9 reports over 2008–2025 (some years missing); dividing
  // by 14 makes the corpus at least `size` reports.
  const bodies = Math.max(1, Math.ceil(size / 14));
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/synth.ts',
      '--tables',
      '--bodies',
      String(bodies),
      '--years',
      '2008-2025',
      '--seed',
      '1',
      '--out',
      out,
    ],
    { stdio: 'inherit' },
  );
}

const args = parseArgs(process.argv.slice(2));
for (const size of args.sizes) await benchSize(args, size);
