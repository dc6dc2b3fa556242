/**
 * Rates and ranking in the built app, from the home page by clicks only, at 1440×900 and 390×844,
 * in Chinese and English: (1) 平潭综合实验区's refusal rate 2011–2025 with n beside the values;
 * (2) the four 平潭 片区 ranked on requests received in 2023, with their applicant mix side by
 * side. Screenshots go to tests/e2e/artifacts/rates-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 60_000;
const PINGTAN = '平潭综合实验区';
const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`rates: ${message}`);
}

/** Waits until chart `id` has drawn a state other than `before`. */
async function drawn(page: Page, id: string, before = ''): Promise<string> {
  await page.waitForFunction(
    ([s, b]) => {
      const d = document.querySelector(s!)?.getAttribute('data-drawn');
      return !!d && d !== b;
    },
    [`[data-chart="${id}"]`, before],
    { timeout: TIMEOUT },
  );
  return (await page.locator(`[data-chart="${id}"]`).getAttribute('data-drawn')) ?? '';
}

/** Home page, then the language the run is in (by the toggle, as a reader would). */
async function home(page: Page, origin: string, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${origin}/`);
  await drawn(page, 'coverage');
  if (lang === 'en') {
    await page.click('#lang-toggle');
    await page.waitForFunction(() => location.search.includes('lang=en'), undefined, {
      timeout: TIMEOUT,
    });
  }
}

async function nav(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'views' }).getByRole('link', { name }).click();
}

/** Types into the body combobox and chooses the option `key` (unless it is chosen already). */
async function chooseBody(page: Page, search: string, key: string): Promise<void> {
  await page.fill('#body-search', search);
  const option = page.locator(`#body-listbox [role="option"][data-body="${key}"]`);
  if ((await option.getAttribute('aria-selected')) !== 'true') await option.click();
  await page.waitForFunction(
    (k) =>
      document.querySelector(`#body-listbox [data-body="${k}"]`)?.getAttribute('aria-selected') ===
      'true',
    key,
    { timeout: TIMEOUT },
  );
}

/** Journey 1: Compare -> 不予公开率 -> 平潭综合实验区 -> 2011–2025; n under the points and in the table. */
async function refusalRate(page: Page, origin: string, lang: 'zh' | 'en', tag: string) {
  await home(page, origin, lang);
  await nav(page, /^(比较|Compare)$/);
  await page.fill('#series-search', lang === 'zh' ? '不予公开率' : 'Refusal rate');
  await page.selectOption('#series-select', 'r:refusal');
  await chooseBody(page, PINGTAN, PINGTAN);
  await page.selectOption('#year-from', '2011');
  await page.selectOption('#year-to', '2025');
  await page.waitForFunction(() => /s=r%3Arefusal|s=r:refusal/.test(location.search), undefined, {
    timeout: TIMEOUT,
  });
  await page.waitForFunction(
    () => {
      const f = document.querySelector('[data-chart="compare"]');
      const d = f?.getAttribute('data-drawn') ?? '';
      return d.includes('"kind":"rate"') && d.includes('2011') && f?.querySelector('g.series');
    },
    undefined,
    { timeout: TIMEOUT },
  );
  const frame = page.locator('[data-chart="compare"]');
  const title = (await frame.locator('h3').textContent()) ?? '';
  assert(title.includes('2011–2025'), `title years: ${title}`);
  assert(title.includes(lang === 'zh' ? '不予公开率' : 'Refusal rate'), `title: ${title}`);
  assert(!title.includes('件'), `a rate titled with 件: ${title}`);
  const axis = await frame.locator('svg.line-chart .grid text').allTextContents();
  assert(axis.includes('2011') && axis.includes('2025'), `axis years: ${axis.join(' ')}`);
  assert(
    (await frame.locator('svg .y-title').textContent())?.includes('%'),
    'y axis title without %',
  );
  // 2023: 5 refused of 81 answered (corpus/expected/fujian-pingtan-shiyanqu-2023.tsv).
  const labels = await frame.locator('.point-label').allTextContents();
  assert(labels.includes('n=81'), `n=81 not beside the 2023 point: ${labels.join(' ')}`);
  await page.screenshot({ path: `${ARTIFACTS}/rates-refusal-${tag}.png`, fullPage: true });
  await page.getByRole('tab', { name: lang === 'zh' ? '表格' : 'Table' }).click();
  const row = (await frame.locator('tbody tr', { hasText: '2023' }).first().textContent()) ?? '';
  assert(row.includes('6.2%') && row.includes('81'), `2023 row: ${row}`);
  // 2016: no reply at all, so no rate (zero denominator), and not 0%.
  const y2016 = (await frame.locator('tbody tr', { hasText: '2016' }).first().textContent()) ?? '';
  assert(!y2016.includes('0%'), `2016 drawn as 0%: ${y2016}`);
  await page.getByRole('tab', { name: lang === 'zh' ? '图表' : 'Chart' }).click();

  // The share of the selected bodies' total, for a count: titled in %, never in 件, and a note
  // says one body is always 100%.
  await page.fill('#series-search', '');
  await page.selectOption('#series-select', 'c:c_app_received');
  await page.locator('input[name="measure"][value="share"]').check();
  await page.waitForFunction(
    () => {
      const d = document.querySelector('[data-chart="compare"]')?.getAttribute('data-drawn') ?? '';
      return d.includes('c_app_received') && d.endsWith('|share');
    },
    undefined,
    { timeout: TIMEOUT },
  );
  const shareTitle = (await frame.locator('h3').textContent()) ?? '';
  assert(shareTitle.includes('%') && !shareTitle.includes('件'), `share title: ${shareTitle}`);
  assert(await frame.locator('.share-note').isVisible(), 'no note on a one-body share');
}

/** Journey 2: Ranking -> 2023 -> the four 片区 -> sorted bars and their applicant mix. */
async function rankPianqu(page: Page, origin: string, lang: 'zh' | 'en', tag: string) {
  await home(page, origin, lang);
  await nav(page, /^(排名|Ranking)$/);
  await page.locator('#ranking-year').waitFor({ timeout: TIMEOUT });
  await page.selectOption('#ranking-year', '2023');
  for (const key of PIANQU) await chooseBody(page, '片区', key);
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-chart="ranking"] g.bar').length === n,
    PIANQU.length,
    { timeout: TIMEOUT },
  );
  const frame = page.locator('[data-chart="ranking"]');
  const order = await frame
    .locator('g.bar')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-body')));
  assert([...order].sort().join() === [...PIANQU].sort().join(), `ranked bodies: ${order.join()}`);
  const values = await frame.locator('g.bar rect').count();
  assert(values >= 2, `only ${values} bars with a value`);
  const title = (await frame.locator('h3').textContent()) ?? '';
  assert(title.includes('2023'), `ranking title: ${title}`);
  // The mix, side by side in ranking order.
  const mix = page.locator('[data-chart="ranking-mix-applicants"]');
  await mix.waitFor({ timeout: TIMEOUT });
  const mixText = (await mix.textContent()) ?? '';
  assert(mixText.includes('2023'), `mix without 2023: ${mixText.slice(0, 80)}`);
  await page.locator('[data-chart="ranking-multiples"] figure.panel').first().waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/rates-ranking-${tag}.png`, fullPage: true });
}

/** Both journeys at both sizes in both languages. */
export async function ratesSteps(context: BrowserContext, origin: string): Promise<void> {
  const browser = context.browser();
  assert(browser, 'no browser behind the context');
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const tag = `${lang}-${width}`;
      console.log(`rates journeys ${tag}`);
      const ctx = await browser.newContext({ viewport: { width, height } });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      try {
        await refusalRate(page, origin, lang, tag);
        await rankPianqu(page, origin, lang, tag);
      } finally {
        await ctx.close();
      }
      assert(errors.length === 0, `page errors ${tag}: ${errors.join('; ')}`);
    }
  }
}
