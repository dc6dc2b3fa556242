/**
 * Browser test against the built app (`npm run build` first): serves `dist/` with `vite preview`
 * on a free port and drives the system Chromium through every "done when" item of the dashboard.
 * Screenshots of each view go to tests/e2e/artifacts/ (look at them).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';

const ARTIFACTS = 'tests/e2e/artifacts';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);
const TIMEOUT = 30_000;

/** Asks the OS for a port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject()));
    });
  });
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function query(params: Record<string, string | string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) q.append(k, x);
  return `/?${q}`;
}

/** Waits until the chart `id` has drawn something other than `before`; returns the new signature. */
async function waitDrawn(page: Page, id: string, before = ''): Promise<string> {
  const sel = `[data-chart="${id}"]`;
  await page.waitForFunction(
    ([s, b]) => {
      const d = document.querySelector(s!)?.getAttribute('data-drawn');
      return !!d && d !== b;
    },
    [sel, before],
    { timeout: TIMEOUT },
  );
  return (await page.locator(sel).getAttribute('data-drawn')) ?? '';
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  console.log(`  screenshot ${ARTIFACTS}/${name}.png`);
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first');
  await mkdir(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const errors: string[] = [];
  const foreign: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });

    // 1. Boot: the overview matrix draws, no console error.
    console.log('boot');
    await page.goto(`${origin}/`);
    await waitDrawn(page, 'coverage');
    assert((await page.locator('h1').textContent())?.includes('年报'), 'heading missing');
    const cells = await page.locator('[data-chart="coverage"] a[data-report]').count();
    assert(cells > 100, `coverage matrix has ${cells} cells`);
    const erdaoCell = page.locator('a[data-report="jilin-changchun-erdao-2017"]');
    assert(
      (await erdaoCell.textContent())?.includes('✗1'),
      '二道区 2017 cell does not show its failed check',
    );
    await shot(page, 'overview');

    // Overview filter: city -> URL and matrix; a click opens the report page.
    const before = await waitDrawn(page, 'coverage');
    await page.selectOption('#filter-city', '长春市');
    await waitDrawn(page, 'coverage', before);
    assert(page.url().includes('city='), `overview filter not in URL: ${page.url()}`);
    assert(
      (await page.locator('[data-chart="coverage"] a[data-report]').count()) === 1,
      'city filter did not narrow',
    );
    await erdaoCell.click();
    await page.getByText('P_review_split').first().waitFor({ timeout: TIMEOUT });
    assert(
      page.url().includes('r=jilin-changchun-erdao-2017'),
      'cell click did not open the report',
    );
    await page.goBack();
    await waitDrawn(page, 'coverage');

    // 2. Compare 二道区 2017: 政府网站 2841 in the table.
    console.log('compare 二道区 2017');
    await page.goto(
      `${origin}${query({ v: 'compare', s: 'm:pro_via_website', b: '二道区', y: '2017' })}`,
    );
    await waitDrawn(page, 'compare');
    await shot(page, 'compare-erdao-chart');
    await page.getByRole('tab', { name: '表格' }).click();
    const row = page.locator('[data-chart="compare"] tbody tr', { hasText: '二道区' });
    const rowText = (await row.first().textContent()) ?? '';
    assert(
      rowText.includes('政府网站') && rowText.includes('2841'),
      `compare table row: ${rowText}`,
    );
    await shot(page, 'compare-erdao-table');

    // 3. Four 平潭 片区, applications received 2019–2025: four series, gaps not zeros.
    console.log('compare 平潭 片区');
    await page.goto(
      `${origin}${query({ v: 'compare', s: 'c:c_app_received', b: PIANQU, y: '2019-2025' })}`,
    );
    let drawn = await waitDrawn(page, 'compare');
    const series = page.locator('[data-chart="compare"] g.series');
    assert((await series.count()) === 4, `want 4 series, got ${await series.count()}`);
    const jinjing = page.locator(`g.series[data-body="${PIANQU[1]}"]`);
    const points = Number(await jinjing.getAttribute('data-points'));
    assert(points === 6, `金井 should have 6 points (2020 missing), got ${points}`);
    // The 2020 gap leaves 2019 as a lone marker and joins 2021–2025 only (5 points: M + 4 L);
    // a zero-filled 2020 would draw one line through 7 points.
    const runs = await jinjing
      .locator('path[fill="none"]')
      .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length));
    assert(JSON.stringify(runs) === '[5]', `金井 line runs ${JSON.stringify(runs)}, want [5]`);
    await shot(page, 'compare-pingtan');

    // 4. A filter change updates the URL and the chart; reload restores it; back goes back.
    console.log('filter change, reload, back');
    await page.selectOption('#year-from', '2021');
    drawn = await waitDrawn(page, 'compare', drawn);
    assert(page.url().includes('y=2021-2025'), `URL not updated: ${page.url()}`);
    const after = Number(await jinjing.getAttribute('data-points'));
    assert(after === 5, `金井 2021–2025 should have 5 points, got ${after}`);
    const url = page.url();
    await page.reload();
    const reloaded = await waitDrawn(page, 'compare');
    assert(reloaded === drawn, `reload drew ${reloaded}, want ${drawn}`);
    assert(
      (await page.locator('#year-from').inputValue()) === '2021',
      'reload lost the year filter',
    );
    assert(page.url() === url, 'reload changed the URL');
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('y=2019-2025'), undefined, {
      timeout: TIMEOUT,
    });
    await page.waitForFunction(
      (b) =>
        document.querySelector(`g.series[data-body="${b}"]`)?.getAttribute('data-points') === '6',
      PIANQU[1],
      { timeout: TIMEOUT },
    );

    // 5. Report page of 二道区 2017: the failed 复议 check, 22 vs 21.
    console.log('report 二道区 2017');
    await page.goto(`${origin}${query({ v: 'report', r: 'jilin-changchun-erdao-2017' })}`);
    const check = page.locator('tr', { hasText: 'P_review_split' }).first();
    await check.waitFor({ timeout: TIMEOUT });
    const checkText = (await check.textContent()) ?? '';
    assert(
      /22/.test(checkText) && /21/.test(checkText) && checkText.includes('未通过'),
      `check row: ${checkText}`,
    );
    assert(
      (await page.getByText('2.政府网站公开政府信息数 条 2841').count()) > 0,
      'context line not shown',
    );
    await shot(page, 'report-erdao');

    // 6. Every topic page draws.
    for (const topic of ['channels', 'requests', 'refusals', 'review', 'staffing']) {
      console.log(`topic ${topic}`);
      await page.goto(`${origin}${query({ v: 'topics', topic })}`);
      const first = page.locator('[data-chart^="topic-"]').first();
      await first.waitFor({ timeout: TIMEOUT });
      await waitDrawn(page, (await first.getAttribute('data-chart')) ?? '');
      await page.locator('[data-chart^="topic-"] svg').first().waitFor({ timeout: TIMEOUT });
      await shot(page, `topic-${topic}`);
    }

    // 7. English toggle.
    await page.goto(`${origin}/`);
    await waitDrawn(page, 'coverage');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => location.search.includes('lang=en'), undefined, {
      timeout: TIMEOUT,
    });
    assert(
      (await page.locator('h2').first().textContent())?.includes('Report coverage'),
      'English toggle failed',
    );

    // 8. A missing or malformed data file gives a plain message naming the file.
    for (const [name, body, status] of [
      ['missing', '', 404],
      ['malformed', 'this,is,not\nthe,facts,file\n', 200],
    ] as const) {
      console.log(`data file ${name}`);
      const p2 = await context.newPage();
      await p2.route('**/data/facts.csv', (route) =>
        route.fulfill({ status, body, contentType: 'text/csv' }),
      );
      await p2.goto(`${origin}/`);
      const alert = p2.locator('[role="alert"]');
      await alert.waitFor({ timeout: TIMEOUT });
      const text = (await alert.textContent()) ?? '';
      assert(
        text.includes('data/facts.csv'),
        `${name} facts.csv: message does not name the file: ${text}`,
      );
      await p2.screenshot({ path: `${ARTIFACTS}/error-${name}.png` });
      await p2.close();
    }

    assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
    assert(foreign.length === 0, `requests left the app's origin:\n${foreign.join('\n')}`);
    console.log(
      'e2e ok: boot, overview, compare (二道区 2841, 平潭 片区 gaps), URL state, report, topics, errors',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
