/**
 * The Overview's search and the body page in the built app (run by run.ts): from the Overview,
 * search 二道, click the row's name, land on the body page with its reports and series, open a
 * report from it. The matrix: no column moves when the ⚠ marks arrive, the years scroll inside
 * the table's box (never the page) with the names kept in view, and a search opened cold waits
 * for the whole list while saying so. Screenshots tests/e2e/artifacts/body-*.png at 1440×900 and
 * 390×844.
 */
import type { Browser, Page } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 30_000;
const ERDAO = '二道区';
const ERDAO_2017 = 'jilin-changchun-erdao-2017';
const PINGTAN = '平潭综合实验区';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`body: ${message}`);
}

async function drawn(page: Page, id: string, want?: string): Promise<string> {
  await page.waitForFunction(
    ([s, w]) => {
      const d = document.querySelector(s!)?.getAttribute('data-drawn');
      return !!d && (!w || d === w);
    },
    [`[data-chart="${id}"]`, want ?? ''],
    { timeout: TIMEOUT },
  );
  return (await page.locator(`[data-chart="${id}"]`).getAttribute('data-drawn')) ?? '';
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/body-${name}.png`, fullPage: true });
  console.log(`  screenshot ${ARTIFACTS}/body-${name}.png`);
}

/** The x of each year column's header, and how many ⚠ marks the matrix has, at this moment. */
function yearColumns(page: Page): Promise<{ xs: number[]; marks: number }> {
  return page.evaluate(() => ({
    xs: [...document.querySelectorAll('[data-chart="coverage"] thead th[data-year]')].map(
      (th) => th.getBoundingClientRect().x,
    ),
    marks: document.querySelectorAll('[data-chart="coverage"] [data-anomalies]').length,
  }));
}

/**
 * Records the year columns' x positions at the first moment the matrix has rows (the first
 * paint of the matrix, before or with the marks), for `firstColumns`.
 */
const RECORD_FIRST = `(() => {
  const observer = new MutationObserver(() => {
    const ths = document.querySelectorAll('[data-chart="coverage"] thead th[data-year]');
    if (!ths.length || !document.querySelector('[data-chart="coverage"] tbody tr')) return;
    window.__firstColumns = {
      xs: [...ths].map((th) => th.getBoundingClientRect().x),
      marks: document.querySelectorAll('[data-chart="coverage"] [data-anomalies]').length,
    };
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const same = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 0.5);

/** No column of the matrix moves between its first paint, the marks in, and the marks taken out. */
async function noShift(page: Page, tag: string): Promise<void> {
  await page.locator('[data-chart="coverage"] [data-anomalies]').first().waitFor({
    timeout: TIMEOUT,
  });
  const first = (await page.evaluate(
    () => (window as unknown as { __firstColumns?: unknown }).__firstColumns,
  )) as { xs: number[]; marks: number } | undefined;
  assert(first && first.xs.length > 10, `${tag}: the first paint of the matrix was not recorded`);
  const withMarks = await yearColumns(page);
  assert(withMarks.marks > 0, `${tag}: no ⚠ mark in the matrix`);
  assert(
    same(first.xs, withMarks.xs),
    `${tag}: year columns moved when ${withMarks.marks - first.marks} marks arrived: ${first.xs} -> ${withMarks.xs}`,
  );
  // The state before any mark arrived, whatever the first paint had: every mark taken out.
  const withoutMarks = await page.evaluate(() => {
    for (const a of document.querySelectorAll('[data-chart="coverage"] [data-anomalies]'))
      a.remove();
    return [...document.querySelectorAll('[data-chart="coverage"] thead th[data-year]')].map(
      (th) => th.getBoundingClientRect().x,
    );
  });
  assert(same(withoutMarks, withMarks.xs), `${tag}: year columns depend on the ⚠ marks`);
}

/** The page never scrolls sideways: the matrix's years scroll inside its own box. */
async function fitsWidth(page: Page, tag: string): Promise<{ box: number; inner: number }> {
  const m = await page.evaluate(() => {
    const box = document.querySelector('[data-chart="coverage"] .scroll')!;
    return {
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
      box: box.scrollWidth,
      inner: box.clientWidth,
    };
  });
  assert(m.page <= m.window, `${tag}: the page scrolls sideways (${m.page} > ${m.window})`);
  return { box: m.box, inner: m.inner };
}

export async function bodySteps(browser: Browser, origin: string): Promise<void> {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(err.message));
  };

  // 1440×900: the whole journey.
  console.log('body page: search 二道, the body page, a report (1440×900)');
  const wide = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await wide.newPage();
  watch(page);
  await page.addInitScript(RECORD_FIRST);
  await page.goto(`${origin}/`);
  await drawn(page, 'coverage');
  await page.locator('[data-chart="coverage"] [data-anomalies]').first().waitFor({
    timeout: TIMEOUT,
  });
  await shot(page, 'overview-1440');
  await noShift(page, '1440');
  const box = await fitsWidth(page, '1440');
  assert(box.box <= box.inner, `1440: the years do not all fit (${box.box} > ${box.inner})`);
  // A body is named by the rule, not by the office that signed its latest report.
  const pingtan = page.locator(`a.body-link[data-body="${PINGTAN}"]`);
  assert((await pingtan.textContent())?.trim() === PINGTAN, 'Overview: 平潭综合实验区 misnamed');
  // The marks were taken out: the Overview again, for the search.
  await page.reload();
  await drawn(page, 'coverage');

  const before = await drawn(page, 'coverage');
  await page.fill('#overview-search', '二道');
  await drawn(page, 'coverage', `${before.split('|')[0]}|二道`);
  assert(new URL(page.url()).searchParams.get('q') === '二道', `search not in URL: ${page.url()}`);
  const rows = page.locator('[data-chart="coverage"] tbody tr');
  assert((await rows.count()) === 1, `search 二道 shows ${await rows.count()} rows`);
  await shot(page, 'search-1440');
  await page.locator(`a.body-link[data-body="${ERDAO}"]`).click();
  await drawn(page, 'body', ERDAO);
  const url = new URL(page.url());
  assert(
    url.searchParams.get('v') === 'body' && url.searchParams.get('b') === ERDAO,
    `row name did not open the body page: ${page.url()}`,
  );
  assert(
    (await page.locator('[data-body-name]').textContent())?.trim() === '二道区人民政府',
    'body page: name',
  );
  const report = page.locator(`[data-body-reports] tr[data-report="${ERDAO_2017}"]`);
  const reportText = (await report.textContent()) ?? '';
  assert(reportText.includes('2017') && reportText.includes('✗'), `report row: ${reportText}`);
  await drawn(page, 'body-received', ERDAO);
  const points = await page
    .locator(`[data-chart="body-received"] g.series[data-body="${ERDAO}"]`)
    .getAttribute('data-points');
  assert(points === '1', `requests received: ${points} points`);
  await drawn(page, 'body-outcomes', ERDAO);
  await drawn(page, 'body-refusal', ERDAO);
  await drawn(page, 'body-channels', ERDAO);
  await shot(page, 'page-1440');
  await page.locator(`a[data-open-report="${ERDAO_2017}"]`).click();
  await page.getByText('P_review_split').first().waitFor({ timeout: TIMEOUT });
  assert(page.url().includes(`r=${ERDAO_2017}`), `report not opened: ${page.url()}`);
  await page.goBack();
  await drawn(page, 'body', ERDAO);
  await page.goBack();
  await page.goBack();
  await drawn(page, 'coverage');
  assert(
    !new URL(page.url()).searchParams.has('q'),
    `back did not leave the search: ${page.url()}`,
  );

  // A search opened cold waits for the whole list, and says so (the list is held back here).
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/pre/coverage.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${origin}/?q=${encodeURIComponent('平潭县')}`);
  await page.locator('[data-search-state="loading"]').waitFor({ timeout: TIMEOUT });
  assert(
    (await page.locator('[data-chart="coverage"] tbody tr').count()) === 0,
    'a search shows the first page unsearched while the list loads',
  );
  release();
  await drawn(page, 'coverage');
  const found = await page.locator('[data-chart="coverage"] a.body-link').allTextContents();
  assert(
    found.length > 1 && found.every((n) => n.includes('平潭县')),
    `search 平潭县: ${found.join(', ')}`,
  );
  await page.unroute('**/data/pre/coverage.json');
  await wide.close();

  // 390×844: the matrix scrolls inside its box with the names in view; the body page.
  console.log('body page (390×844), embedded');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const small = await phone.newPage();
  watch(small);
  await small.addInitScript(RECORD_FIRST);
  await small.goto(`${origin}/`);
  await drawn(small, 'coverage');
  await small.locator('[data-chart="coverage"] [data-anomalies]').first().waitFor({
    timeout: TIMEOUT,
  });
  await shot(small, 'overview-390');
  await noShift(small, '390');
  const narrow = await fitsWidth(small, '390');
  assert(narrow.box > narrow.inner, '390: the years should scroll inside the box');
  const nameX = () =>
    small.locator(`a.body-link[data-body="${PINGTAN}"]`).evaluate((a) => {
      return a.closest('th')!.getBoundingClientRect().x;
    });
  const x0 = await nameX();
  await small
    .locator('[data-chart="coverage"] .scroll')
    .evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  assert(Math.abs((await nameX()) - x0) < 0.5, '390: the name column does not stay in view');
  await shot(small, 'overview-390-scrolled');
  await small.goto(`${origin}/?v=body&b=${encodeURIComponent(PINGTAN)}`);
  await drawn(small, 'body', PINGTAN);
  await drawn(small, 'body-received', PINGTAN);
  assert(
    (await small.locator('[data-body-name]').textContent())?.trim() === PINGTAN,
    '390: body name',
  );
  assert(
    (await small.locator('[data-body-anomalies]').count()) === 1,
    '390: 平潭综合实验区 lists no finding',
  );
  const pageWidth = await small.evaluate(() => document.documentElement.scrollWidth);
  assert(pageWidth <= 390, `390: the body page scrolls sideways (${pageWidth})`);
  await shot(small, 'page-390');

  // Embedded: the body page alone, without the app's navigation.
  await small.goto(`${origin}/?v=body&b=${encodeURIComponent(ERDAO)}&embed=1`);
  await drawn(small, 'body', ERDAO);
  assert((await small.locator('nav[aria-label="views"]').count()) === 0, 'embed shows the nav');
  await phone.close();

  assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
}
