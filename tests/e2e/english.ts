/**
 * English complete: every view opened with lang=en shows no Chinese outside what is marked
 * lang="zh". The app marks only what it quotes: body names (with their pinyin beside them), place
 * names, report titles, printed cells, source lines and file names. A metric name, unit, heading,
 * check or code left in Chinese fails here. Screenshots: tests/e2e/artifacts/english-<view>.png.
 */
import type { Browser, Page } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 60_000;
const ERDAO_2017 = 'jilin-changchun-erdao-2017';
const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`english: ${message}`);
}

/** Waits until chart `id` has drawn. */
async function drawn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (s) => !!document.querySelector(s)?.getAttribute('data-drawn'),
    `[data-chart="${id}"]`,
    { timeout: TIMEOUT },
  );
}

/**
 * Visible text (and placeholders, and the options of visible selects) with Chinese characters or
 * CJK punctuation outside an element marked lang="zh…". Tooltips (<title>) are not visible text.
 */
function chineseLeft(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
    // (No named functions in here: the test runner's transform would name them with a helper
    // the page does not have.)
    const ZH = '[lang^="zh"]';
    const left: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const el = n.parentElement;
      if (!el || !CJK.test(text) || el.closest(ZH) || el.closest('title, script, style')) continue;
      const option = el.closest('option');
      const shown = option
        ? (option.closest('select')?.checkVisibility() ?? false)
        : el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
      if (shown) left.push(`${el.tagName.toLowerCase()}: ${text.trim().slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('[placeholder]'))
      if (CJK.test(el.getAttribute('placeholder') ?? '') && !el.closest(ZH))
        left.push(`placeholder: ${el.getAttribute('placeholder')}`);
    return left;
  });
}

/** Opens `query` in English, waits until `ready`, checks what is shown and takes a screenshot. */
async function check(
  page: Page,
  origin: string,
  view: string,
  query: string,
  ready: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto(`${origin}/?${query}&lang=en`);
  await ready(page);
  const left = await chineseLeft(page);
  await page.screenshot({ path: `${ARTIFACTS}/english-${view}.png`, fullPage: true });
  console.log(`  english ${view}: ${left.length} Chinese texts outside lang="zh"`);
  assert(left.length === 0, `${view} (${query}) shows Chinese:\n${left.slice(0, 20).join('\n')}`);
  // Every chart's accessible name says what it shows in English, never a fixed word.
  const names = await page
    .locator('svg[role="img"], [role="group"][aria-label]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  for (const name of names)
    assert(
      /^(Line chart|Bar chart|Stacked bars|Heatmap|Small multiples) of ./.test(name) ||
        // a small multiple's panel is named by its body
        /^\p{Script=Han}/u.test(name),
      `${view}: chart named "${name}"`,
    );
}

/** Every view in English, with the body names' pinyin and no Chinese left unmarked. */
export async function englishSteps(browser: Browser, origin: string): Promise<void> {
  console.log('english');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const bodies = (keys: string[]) => keys.map((k) => `b=${encodeURIComponent(k)}`).join('&');
  try {
    const chart = (id: string) => (p: Page) => drawn(p, id);
    await check(page, origin, 'overview', 'v=overview', chart('coverage'));
    await check(
      page,
      origin,
      'compare',
      `v=compare&s=m:app_new_received&${bodies(PIANQU)}&y=2019-2025`,
      chart('compare'),
    );
    const title = (await page.locator('[data-chart="compare"] h3').textContent()) ?? '';
    assert(title.includes('New requests received this year (requests)'), `compare title: ${title}`);
    assert(
      (await page.locator('[data-chart="compare"] g.series').count()) === PIANQU.length,
      'compare draws no lines',
    );
    await check(
      page,
      origin,
      'compare-table',
      `v=compare&s=c:c_out_refused&${bodies(['平潭综合实验区'])}&y=2011-2025&tab=table`,
      chart('compare'),
    );
    await check(
      page,
      origin,
      'ranking',
      `v=ranking&s=r:refusal&${bodies(PIANQU)}&y=2023&peer=chosen`,
      async (p) => {
        await drawn(p, 'ranking');
        await p.locator('[data-chart="ranking-multiples"] figure.panel').first().waitFor();
      },
    );
    for (const topic of ['channels', 'requests', 'refusals', 'review', 'staffing'])
      await check(page, origin, `topic-${topic}`, `v=topics&topic=${topic}`, async (p) => {
        await p.locator('[data-chart]').first().waitFor({ timeout: TIMEOUT });
        await drawn(p, (await p.locator('[data-chart]').first().getAttribute('data-chart')) ?? '');
      });
    // The report's body keeps its Chinese name and gains its pinyin (pinyin-pro, loaded in English).
    await check(page, origin, 'report', `v=report&r=${ERDAO_2017}`, async (p) => {
      await drawn(p, 'report');
      await p.locator('h2', { hasText: 'Erdao Qu' }).waitFor({ timeout: TIMEOUT });
    });
    const heading = (await page.locator('h2').first().textContent()) ?? '';
    assert(
      heading.includes('二道区') && heading.includes('Erdao Qu'),
      `report heading: ${heading}`,
    );
    await check(page, origin, 'anomalies', 'v=anomalies', chart('anomalies'));
    await check(page, origin, 'body', `v=body&${bodies(['平潭综合实验区'])}`, async (p) => {
      await drawn(p, 'body-received');
      await drawn(p, 'body-refusal');
    });
    // The data dictionary lists every metric with its English name and unit.
    await check(page, origin, 'method', 'v=method', async (p) => {
      await p.locator('details.catalogue summary').click();
      await p.locator('table[data-catalogue] tbody tr').first().waitFor({ timeout: TIMEOUT });
    });
    const rows = await page.locator('table[data-catalogue] tbody tr').count();
    assert(rows >= 160, `the catalogue lists ${rows} metrics`);
    assert(errors.length === 0, `page errors:\n${errors.join('\n')}`);
  } finally {
    await context.close();
  }
}
