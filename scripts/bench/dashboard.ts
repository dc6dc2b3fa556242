/**
 * npm run bench:dashboard — on the production build (`npm run build` first), in headless Chromium
 * with the HTTP cache disabled: time from navigation to the first chart drawn (Compare, the four
 * 平潭 片区, applications received 2019–2025) and from a filter change (the start year) to the
 * chart updated. Median of RUNS (default 5) fresh page loads.
 */
import { openApp } from '../lib/browser.ts';
import { median } from '../lib/median.ts';

const runs = Number(process.env.RUNS ?? 5);
const BODIES = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);

// Page scripts are plain strings: tsx would wrap named functions in helpers the page lacks.

/** Runs in the page before any script: notes when the Compare chart first draws. */
const RECORD_FIRST_CHART = `
  new MutationObserver((_, obs) => {
    const el = document.querySelector('[data-chart="compare"]');
    if (el && el.getAttribute('data-drawn') && el.querySelector('svg')) {
      window.__firstChart = window.__firstChart ?? performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn'] });
`;

/** In the page: changes the start year and resolves with the ms until the chart shows it. */
const changeFilter = (year: string) => `
  new Promise((resolve) => {
    const frame = document.querySelector('[data-chart="compare"]');
    const before = frame.getAttribute('data-drawn');
    const select = document.querySelector('#year-from');
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      if (frame.getAttribute('data-drawn') === before) return;
      obs.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }).observe(frame, { attributes: true, attributeFilter: ['data-drawn'] });
    select.value = '${year}';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  })
`;

async function main(): Promise<void> {
  const app = await openApp();
  const { origin, browser } = app;
  const q = new URLSearchParams({ v: 'compare', s: 'c:c_app_received', y: '2019-2025' });
  for (const b of BODIES) q.append('b', b);
  const url = `${origin}/?${q}`;
  const first: number[] = [];
  const change: number[] = [];
  const marks: Record<string, number[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.addInitScript({ content: RECORD_FIRST_CHART });
      await page.goto(url);
      await page.waitForFunction('window.__firstChart', undefined, { timeout: 60_000 });
      first.push(await page.evaluate<number>('window.__firstChart'));
      const entries = await page.evaluate<[string, number][]>(
        `performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])`,
      );
      for (const [name, at] of entries) (marks[name] ??= []).push(at);
      // The year choices come with the catalogue, loaded just after the first chart.
      await page.waitForSelector('#year-from option[value="2020"]', { state: 'attached' });
      // Alternate between two years so every change is a real one.
      change.push(await page.evaluate<number>(changeFilter('2021')));
      change.push(await page.evaluate<number>(changeFilter('2020')));
      await context.close();
    }
  } finally {
    await app.close();
  }
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `dashboard bench: ${runs} runs, headless Chromium, cache disabled, ${decodeURIComponent(url)}`,
  );
  console.log(
    `navigation -> first chart drawn: median ${median(first).toFixed(0)} ms (runs: ${fmt(first)})`,
  );
  console.log(
    `filter change -> chart updated:  median ${median(change).toFixed(0)} ms (runs: ${fmt(change)})`,
  );
  const steps = Object.entries(marks).map(
    ([k, v]) => `${k.replace('nianbao:', '')} ${median(v).toFixed(0)}`,
  );
  console.log(`start-up marks, median ms after navigation: ${steps.join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
