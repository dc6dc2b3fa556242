/**
 * Browser test against the built app (`npm run build` first): serves `dist/` as `npm start` does
 * on a free port and drives the system Chromium through every "done when" item of the dashboard.
 * Screenshots of each view go to tests/e2e/artifacts/ (look at them).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type BrowserContext, type Page } from 'playwright-core';
import { openApp } from '../../scripts/lib/browser.ts';
import { openNodeDb } from '../../scripts/lib/nodeDb.ts';
import { anomaliesQuery, type Anomaly } from '../../src/lib/sql/anomalies.ts';
import { anomalyList } from '../../src/lib/state/anomalyList.ts';
import { bodySteps } from './body.ts';
import { englishSteps } from './english.ts';
import { accessSteps } from './access.ts';
import { importJourney } from './import.ts';
import { publishSteps } from './publish.ts';
import { ratesSteps } from './rates.ts';
import { unmappedSteps } from './unmapped.ts';

const ARTIFACTS = 'tests/e2e/artifacts';
const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);
const TIMEOUT = 30_000;

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

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage });
  console.log(`  screenshot ${ARTIFACTS}/${name}.png`);
}

interface ListedRow {
  type: string;
  report: string;
  body: string;
  text: string;
}

/** The rows the Anomalies view lists, as data attributes and text. */
function listedRows(page: Page): Promise<ListedRow[]> {
  return page.locator('[data-chart="anomalies"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      type: tr.getAttribute('data-type') ?? '',
      report: tr.getAttribute('data-report') ?? '',
      body: tr.getAttribute('data-body') ?? '',
      text: tr.textContent ?? '',
    })),
  );
}

/** Fails unless a listed row of `report` and `type` has every one of `texts`. */
function expectListed(
  rows: ListedRow[],
  what: string,
  report: string,
  type: string,
  texts: string[],
) {
  const hit = rows.find(
    (r) => r.report === report && r.type === type && texts.every((t) => r.text.includes(t)),
  );
  assert(hit, `Anomalies view does not list ${what} (${report}, ${type}, ${texts.join(' / ')})`);
}

async function main(): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const app = await openApp();
  const { origin, browser } = app;
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
    // The printed cells come from the database, which starts after the first paint.
    await page
      .getByText('2.政府网站公开政府信息数 │ 统计数 │ 2841 条')
      .first()
      .waitFor({ timeout: TIMEOUT })
      .catch(() => assert(false, 'printed cell not shown'));
    await shot(page, 'report-erdao');

    // 5b. The Anomalies view lists the findings of `npm run anomalies`, filters, and links.
    await anomaliesSteps(page, origin);

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
      ['malformed', 'this is not a database file', 200],
    ] as const) {
      console.log(`data file ${name}`);
      const p2 = await context.newPage();
      await p2.route('**/data/nianbao.duckdb', (route) =>
        route.fulfill({ status, body, contentType: 'application/octet-stream' }),
      );
      await p2.goto(`${origin}/`);
      const alert = p2.locator('[role="alert"]');
      await alert.waitFor({ timeout: TIMEOUT });
      const text = (await alert.textContent()) ?? '';
      assert(
        text.includes('data/nianbao.duckdb'),
        `${name} nianbao.duckdb: message does not name the file: ${text}`,
      );
      await p2.screenshot({ path: `${ARTIFACTS}/error-${name}.png` });
      await p2.close();
    }

    // 9. A source URL that is not http(s) is shown as text, never as a link.
    await unsafeLinkSteps(context, origin);

    // 10. A URL longer than the app ever makes gets the app's own message and the overview.
    console.log('oversized URL');
    await page.goto(`${origin}/?v=compare&prov=${'x'.repeat(6000)}`);
    await page.locator('[data-notice="tooLong"]').waitFor({ timeout: TIMEOUT });
    await waitDrawn(page, 'coverage');
    assert(new URL(page.url()).search === '', `oversized URL kept: ${page.url().slice(0, 80)}`);
    await shot(page, 'url-too-long', false);
    await importJourney(
      await browser.newContext({ viewport: { width: 1280, height: 900 } }),
      origin,
    );

    await ratesSteps(context, origin);
    await publishSteps(browser, origin);
    await unmappedSteps(context, origin);
    await bodySteps(browser, origin);
    await englishSteps(browser, origin);
    await accessSteps(browser, origin);

    assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
    assert(foreign.length === 0, `requests left the app's origin:\n${foreign.join('\n')}`);
    console.log(
      'e2e ok: boot, overview, compare (二道区 2841, 平潭 片区 gaps), URL state, report, anomalies (list, filters, highlight, marks, CSV), topics, errors, unsafe URLs as text, oversized URL',
    );
  } finally {
    await app.close();
  }
}

/** Source URLs that would run code if they became links, each given to one report of the data. */
const UNSAFE_URLS: Record<string, string> = {
  'jilin-changchun-erdao-2017': 'javascript:alert(document.domain)',
  'fujian-pingtan-shiyanqu-2022': 'data:text/html,<script>alert(1)</script>',
  'fujian-pingtan-shiyanqu-2012': 'vbscript:msgbox(1)',
};

/**
 * The report page of reports whose source_url is `javascript:`, `data:` and `vbscript:`: the
 * page reads a report's row from its bucket of the report pre-aggregate
 * (`data/pre/report-row/<bucket>.json`), so the served buckets get those URLs on the way (the
 * shipped data is not changed), and each page must show the URL as text, with no link and no
 * dialog.
 */
async function unsafeLinkSteps(context: BrowserContext, origin: string): Promise<void> {
  console.log('unsafe source URLs');
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const replaced = new Set<string>();
  await page.route('**/data/pre/report-row/*.json', async (route) => {
    const response = await route.fetch();
    if (!response.ok()) return route.fulfill({ response });
    const pre = (await response.json()) as { columns: string[]; rows: unknown[][] };
    const id = pre.columns.indexOf('report_id');
    const url = pre.columns.indexOf('source_url');
    for (const row of pre.rows) {
      const unsafe = UNSAFE_URLS[String(row[id])];
      if (unsafe === undefined) continue;
      row[url] = unsafe;
      replaced.add(String(row[id]));
    }
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(pre),
    });
  });
  for (const [id, url] of Object.entries(UNSAFE_URLS)) {
    await page.goto(`${origin}${query({ v: 'report', r: id })}`);
    const shown = page.locator('[data-url-text]');
    await shown.waitFor({ timeout: TIMEOUT });
    assert((await shown.textContent()) === url, `${id}: URL text is ${await shown.textContent()}`);
    const links = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert(
      !links.some((h) => /^\s*(javascript|data|vbscript):/i.test(h) || h.includes(url)),
      `${id}: the URL became a link (${links.join(' ')})`,
    );
    await shown.click();
    if (url.startsWith('javascript:')) await shot(page, 'report-unsafe-url', false);
  }
  const missed = Object.keys(UNSAFE_URLS).filter((id) => !replaced.has(id));
  assert(missed.length === 0, `no report-row pre-aggregate served for ${missed.join(', ')}`);
  assert(dialogs === 0, `an unsafe source URL ran code (${dialogs} dialogs)`);
  await page.close();
}

/** The Anomalies view, the report page it links to, and the marks on Overview and Compare. */
async function anomaliesSteps(page: Page, origin: string): Promise<void> {
  console.log('anomalies');
  // What the CLI finds on the data the app serves (the same SQL and filtering).
  const db = await openNodeDb('dist/data/download');
  const expected = anomalyList(await db.all<Anomaly>(anomaliesQuery()));
  db.close();

  await page.goto(`${origin}${query({ v: 'anomalies' })}`);
  let drawn = await waitDrawn(page, 'anomalies');
  let rows = await listedRows(page);
  assert(
    rows.length === expected.length,
    `Anomalies view lists ${rows.length} findings, npm run anomalies ${expected.length}`,
  );
  expectListed(rows, '二道区 2017 复议', 'jilin-changchun-erdao-2017', 'identity', [
    '二道区',
    'P_review_split',
    '左边 22，右边 21',
  ]);
  expectListed(
    rows,
    '二道区 2017 诉讼 text vs table',
    'jilin-changchun-erdao-2017',
    'text_vs_table',
    ['正文写 0，统计表是 3', 'text_litig_total'],
  );
  expectListed(
    rows,
    '平潭 2022 text 75 vs table 74',
    'fujian-pingtan-shiyanqu-2022',
    'text_vs_table',
    ['平潭综合实验区', '正文写 75，统计表是 74'],
  );
  for (const year of [2012, 2013])
    expectListed(
      rows,
      `平潭 ${year} 历年累计 break`,
      `fujian-pingtan-shiyanqu-${year}`,
      'continuity',
      ['历年累计', '上年历年累计 + 本年'],
    );
  expectListed(rows, '平潭 2016 历年累计 falls', 'fujian-pingtan-shiyanqu-2016', 'continuity', [
    '累计数比上年还少',
  ]);
  expectListed(rows, '洪泽区 2023 复议 总计 0 vs 11', 'jiangsu-huaian-hongzequ-2023', 'identity', [
    '洪泽区',
    '行政复议总计',
    '左边 0，右边 11',
  ]);
  await shot(page, 'anomalies', false);

  // A filter change: the URL and the list follow.
  await page.selectOption('#anomaly-body', '二道区');
  drawn = await waitDrawn(page, 'anomalies', drawn);
  assert(
    page.url().includes(`b=${encodeURIComponent('二道区')}`),
    `body not in URL: ${page.url()}`,
  );
  rows = await listedRows(page);
  const erdao = expected.filter((a) => a.body_key === '二道区');
  assert(
    rows.length === erdao.length && rows.every((r) => r.body === '二道区'),
    `body filter lists ${rows.length} rows, want ${erdao.length} of 二道区`,
  );
  await shot(page, 'anomalies-filtered');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  assert(
    lines[0]?.startsWith('anomaly_id,type,severity,report_id') &&
      lines.length === erdao.length + 1 &&
      csv.includes('左边 22，右边 21'),
    `CSV export: ${csv.slice(0, 300)}`,
  );

  // The finding's link opens the report with its figures and check highlighted.
  await page
    .locator(
      'tr[data-type="identity"][data-report="jilin-changchun-erdao-2017"] a[data-link="report"]',
    )
    .click();
  await page.locator('tr[data-highlight]').first().waitFor({ timeout: TIMEOUT });
  const url = new URL(page.url());
  assert(
    url.searchParams.get('v') === 'report' &&
      url.searchParams.get('r') === 'jilin-changchun-erdao-2017' &&
      url.searchParams.getAll('hlc').includes('P_review_split') &&
      url.searchParams.getAll('hl').includes('review_total'),
    `finding link went to ${page.url()}`,
  );
  const marked = await page.locator('tr[data-highlight]').allTextContents();
  assert(
    marked.some((t) => t.includes('P_review_split') && t.includes('22') && t.includes('21')),
    `the P_review_split check is not highlighted: ${marked.join(' | ')}`,
  );
  assert(
    marked.some((t) => t.includes('行政复议数量') && t.includes('22')) &&
      marked.some((t) => t.includes('维持具体行政行为数') && t.includes('15')),
    `the review figures are not highlighted: ${marked.join(' | ')}`,
  );
  assert(
    marked.every((t) => t.includes('相关行')),
    'a highlighted row has no text cue',
  );
  await page.waitForFunction(
    () => {
      // The finding (formula and figures) is at the top, in the first screen.
      const r = document.querySelector('[data-finding]')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    },
    undefined,
    { timeout: TIMEOUT },
  );
  await shot(page, 'report-highlight', false);
  await page
    .locator('tr[data-highlight]', { hasText: '行政复议数量' })
    .first()
    .evaluate((tr) => tr.scrollIntoView({ block: 'center' }));
  await shot(page, 'report-highlight-facts', false);

  // Back to the list; a type and a threshold change re-filter and re-run the query.
  await page.goBack();
  drawn = await waitDrawn(page, 'anomalies');
  await page.selectOption('#anomaly-body', '');
  drawn = await waitDrawn(page, 'anomalies', drawn);
  await page.uncheck('#type-gap');
  drawn = await waitDrawn(page, 'anomalies', drawn);
  rows = await listedRows(page);
  assert(page.url().includes('type=identity'), `type filter not in URL: ${page.url()}`);
  assert(
    rows.length === expected.filter((a) => a.type !== 'gap').length &&
      !rows.some((r) => r.type === 'gap'),
    `type filter lists ${rows.length} rows`,
  );
  const jumps = rows.filter((r) => r.type === 'jump').length;
  await page.fill('#th-jf', '2');
  await page.press('#th-jf', 'Enter');
  await waitDrawn(page, 'anomalies', drawn);
  assert(page.url().includes('jf=2'), `threshold not in URL: ${page.url()}`);
  const moreJumps = (await listedRows(page)).filter((r) => r.type === 'jump').length;
  assert(moreJumps > jumps, `jump factor 2 lists ${moreJumps} jumps, factor 3 ${jumps}`);

  // Marks: the Overview matrix and the Compare points of reports with anomalies.
  console.log('anomaly marks');
  await page.goto(`${origin}/`);
  await waitDrawn(page, 'coverage');
  const mark = page.locator('[data-chart="coverage"] a[data-anomalies]');
  await page
    .locator('td:has(a[data-report="jilin-changchun-erdao-2017"]) a[data-anomalies]')
    .waitFor({ timeout: TIMEOUT });
  const erdaoMark = page.locator(
    'td:has(a[data-report="jilin-changchun-erdao-2017"]) a[data-anomalies]',
  );
  assert(
    (await erdaoMark.getAttribute('data-anomalies')) === String(erdao.length) &&
      (await erdaoMark.getAttribute('title'))?.includes('恒等式不成立'),
    `二道区 2017 mark: ${await erdaoMark.getAttribute('title')}`,
  );
  assert((await mark.count()) > 10, `only ${await mark.count()} overview marks`);
  await shot(page, 'overview-marks');
  await erdaoMark.click();
  await waitDrawn(page, 'anomalies');
  assert(
    page.url().includes('v=anomalies') && page.url().includes('y=2017'),
    `overview mark went to ${page.url()}`,
  );
  assert((await listedRows(page)).length === erdao.length, 'overview mark: wrong list');

  await page.goto(
    `${origin}${query({ v: 'compare', s: 'c:c_app_received', b: PIANQU, y: '2019-2025' })}`,
  );
  await waitDrawn(page, 'compare');
  await page.locator('[data-chart="compare"] circle.anomaly-mark').first().waitFor({
    timeout: TIMEOUT,
  });
  const ringed = await page
    .locator(`g.series[data-body="${PIANQU[2]}"] circle.anomaly-mark`)
    .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-year')));
  assert(ringed.includes('2020'), `君山 2020 (failed identities) not ringed: ${ringed.join()}`);
  await shot(page, 'compare-marks');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
