/**
 * npm run bench:import — on the production build, in headless Chromium: import throughput in the
 * page (reports/s from the files given to the picker to the batch kept, extraction in the import
 * worker included) for text and PDF reports, median of 3 fresh browser contexts; and the main
 * thread's longest task (PerformanceObserver 'longtask') during an import of LONGTASK_REPORTS text
 * reports, from the files given to the Overview showing them. Times are taken in the page (from
 * the input's change event), the driver's own wall time is printed beside. Throughput is measured
 * with the files picked 1 s after the panel opened (which starts the import worker) and at once. Sizes: TEXT_REPORTS (100),
 * PDF_REPORTS (20), LONGTASK_REPORTS (200).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openApp } from '../lib/browser.ts';
import { median } from '../lib/median.ts';

const RUNS = 3;
const TEXT_REPORTS = Number(process.env.TEXT_REPORTS ?? 100);
const PDF_REPORTS = Number(process.env.PDF_REPORTS ?? 20);
const LONGTASK_REPORTS = Number(process.env.LONGTASK_REPORTS ?? 200);
/** How long after opening the import panel the files are picked (the panel starts the worker). */
const PICK_AFTER_MS = 1000;

/**
 * Runs in the page before any script: keeps the long tasks seen, and the page's own times of the
 * files picked (the input's change event), the batch kept and the first own report shown, so the
 * times do not include the test driver's round trips.
 */
const RECORD_LONG_TASKS = `
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => { window.__picked ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (window.__picked == null) return;
    if (window.__keptAt == null && document.querySelector('[data-batch="1"][data-done="true"]'))
      window.__keptAt = performance.now();
    if (window.__shownAt == null && document.querySelector('[data-chart="coverage"] a[data-own]'))
      window.__shownAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** `n` copies of the corpus's reports of `ext`, each under its own name (so each is a report). */
function copies(ext: string, n: number): string[] {
  const sources = readdirSync('corpus/raw').filter((f) => f.endsWith(ext));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
  return Array.from({ length: n }, (_, i) => {
    const source = sources[i % sources.length]!;
    const path = join(dir, `${source.replace(ext, '')}-${i}${ext}`);
    copyFileSync(join('corpus/raw', source), path);
    return path;
  });
}

/** Imports `files` into a fresh context; seconds until the batch is kept, longest main-thread task. */
async function importOnce(
  browser: Browser,
  origin: string,
  files: string[],
  pickAfterMs = 0,
): Promise<{
  seconds: number;
  shownSeconds: number;
  wallSeconds: number;
  longestMs: number;
  whileReadingMs: number;
}> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORD_LONG_TASKS });
    await page.goto(`${origin}/`);
    await page.locator('[data-chart="coverage"][data-drawn]:not([data-drawn=""])').waitFor();
    await page.locator('#import-panel summary').click();
    // Opening the panel starts the import worker; a person takes a while to pick the files.
    if (pickAfterMs) await page.waitForTimeout(pickAfterMs);
    // Long tasks of the start-up are not the import's.
    await page.evaluate('window.__tasks = []; window.__t0 = performance.now()');
    const t0 = Date.now();
    await page.setInputFiles('#import-files', files);
    await page.locator('[data-batch="1"][data-done="true"]').waitFor({ timeout: 600_000 });
    const wallSeconds = (Date.now() - t0) / 1000;
    await page.locator('[data-chart="coverage"] a[data-own]').first().waitFor({ timeout: 600_000 });
    const [seconds, shownSeconds] = (await page.evaluate(
      '[(window.__keptAt - window.__picked) / 1000, (window.__shownAt - window.__picked) / 1000]',
    )) as [number, number];
    // Tasks while the worker reads the files, and over the whole import (the database and the
    // view's new rows included).
    const [whileReadingMs, longestMs] = (await page.evaluate(`[
      Math.max(0, ...window.__tasks.filter(([t]) => t >= window.__picked && t < window.__keptAt).map(([, d]) => d)),
      Math.max(0, ...window.__tasks.filter(([t]) => t >= window.__picked).map(([, d]) => d)),
    ]`)) as [number, number];
    return { seconds, shownSeconds, wallSeconds, longestMs, whileReadingMs };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const app = await openApp();
  const rows: string[] = [];
  try {
    for (const [kind, ext, n] of [
      ['text', '.txt', TEXT_REPORTS],
      ['PDF', '.pdf', PDF_REPORTS],
    ] as const) {
      const files = copies(ext, n);
      for (const [when, pickAfterMs] of [
        ['files picked 1 s after the panel opened', PICK_AFTER_MS],
        ['files picked as the panel opens (the worker still starting)', 0],
      ] as const) {
        const runs = [];
        for (let i = 0; i < RUNS; i++)
          runs.push(await importOnce(app.browser, app.origin, files, pickAfterMs));
        const rate = median(runs.map((r) => n / r.seconds));
        rows.push(
          `${kind}, ${when}: ${n} reports, ${rate.toFixed(1)} reports/s (median of ${RUNS}; runs ${runs.map((r) => r.seconds.toFixed(1)).join(', ')} s to kept, ${runs.map((r) => r.shownSeconds.toFixed(1)).join(', ')} s to the Overview, in the page's clock; ${runs.map((r) => r.wallSeconds.toFixed(1)).join(', ')} s to kept as the test driver saw it)`,
        );
        console.error(rows.at(-1));
      }
      rmSync(join(files[0]!, '..'), { recursive: true, force: true });
    }
    const files = copies('.txt', LONGTASK_REPORTS);
    const run = await importOnce(app.browser, app.origin, files, PICK_AFTER_MS);
    rmSync(join(files[0]!, '..'), { recursive: true, force: true });
    rows.push(
      `longest main-thread task during a ${LONGTASK_REPORTS}-report import: ${run.longestMs.toFixed(0)} ms; while the files are read: ${run.whileReadingMs.toFixed(0)} ms (${run.seconds.toFixed(1)} s to kept, ${run.shownSeconds.toFixed(1)} s to the Overview)`,
    );
  } finally {
    await app.close();
  }
  console.log(rows.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
