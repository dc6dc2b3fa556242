/**
 * Browser steps of the publishing features (run by run.ts): the report page opened from a
 * finding shows the formula and its figures in the first screen (journey 3), a chart's PNG and
 * SVG carry the title and source line, the copied link reloads the same chart, the embedded view
 * has no chrome, and the full dataset downloads are reachable. Screenshots at 1440×900 and
 * 390×844, in Chinese and English.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 30_000;
const SIZES = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;
const LANGS = ['zh', 'en'] as const;

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

async function waitDrawn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (s) => !!document.querySelector(s)?.getAttribute('data-drawn'),
    `[data-chart="${id}"]`,
    { timeout: TIMEOUT },
  );
}

/** Whether the whole element is inside the window without scrolling. */
function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
  });
}

/**
 * Journey 3: from the Anomalies list open 二道区 2017 and see the 复议 formula and its four figures
 * in the first screen; back returns to the list with its filter.
 */
async function journeyFinding(page: Page, origin: string, lang: 'zh' | 'en', size: string) {
  await page.goto(`${origin}/${lang === 'en' ? '?lang=en' : ''}`);
  await page.locator('nav a', { hasText: lang === 'zh' ? '异常' : 'Anomalies' }).click();
  await waitDrawn(page, 'anomalies');
  await page.selectOption('#anomaly-body', '二道区');
  const link = page.locator(
    'tr[data-type="identity"][data-report="jilin-changchun-erdao-2017"] a[data-link="report"]',
  );
  await link.waitFor({ timeout: TIMEOUT });
  const listUrl = page.url();
  await link.click();
  const formula = page.locator('[data-formula="P_review_split"]');
  await formula.waitFor({ timeout: TIMEOUT });
  const text = (await formula.textContent()) ?? '';
  assert(
    text === '行政复议数量 22 ≠ 维持具体行政行为数 15 + 被依法纠错数 0 + 其他情形数 6 = 21',
    `formula of 二道区 2017: ${text}`,
  );
  const words = (await page.locator('[data-finding] .words').first().textContent()) ?? '';
  const wantWords =
    lang === 'zh'
      ? '行政复议数量 = 维持 + 纠错 + 其他情形'
      : 'reviews = upheld + corrected + other';
  assert(words.includes('P_review_split') && words.includes(wantWords), `words: ${words}`);
  // The four figures, each with its own printed cell (not the neighbouring cells' numbers).
  const printed = page.locator('[data-finding] tr[data-figure] [data-printed]');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-finding] [data-printed]')].every((td) =>
        td.textContent?.includes('│'),
      ),
    undefined,
    { timeout: TIMEOUT },
  );
  const cells = await printed.allTextContents();
  for (const want of [
    '四、行政复议数量 │ 统计数 │ 22 件',
    '一)维持具体行政行为数 │ 统计数 │ 15 件',
    '二)被依法纠错数 │ 统计数 │ 0 件',
    '三)其他情形数 │ 统计数 │ 6 件',
  ])
    assert(cells.includes(want), `printed cells of the finding: ${cells.join(' / ')}`);
  for (const figure of ['review_total', 'review_upheld', 'review_corrected', 'review_other'])
    assert(
      await inFirstScreen(page, `[data-finding] tr[data-figure="${figure}"] >> nth=0`),
      `${figure} is not in the first screen at ${size} (${lang})`,
    );
  assert(await inFirstScreen(page, '[data-formula="P_review_split"]'), 'formula off screen');
  await page.screenshot({ path: `${ARTIFACTS}/publish-finding-${size}-${lang}.png` });

  // Back goes to the list with its filter, not to the overview.
  await page.locator('a[data-back="anomalies"]').click();
  await waitDrawn(page, 'anomalies');
  assert(page.url() === listUrl, `back went to ${page.url()}, want ${listUrl}`);
  assert((await page.locator('#anomaly-body').inputValue()) === '二道区', 'back lost the filter');
}

/** Every publishing step, at both sizes and in both languages. */
export async function publishSteps(browser: Browser, origin: string): Promise<void> {
  for (const size of SIZES)
    for (const lang of LANGS) {
      console.log(`publish: journey 3 at ${size.name} px (${lang})`);
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await journeyFinding(page, origin, lang, size.name);
      } finally {
        await context.close();
      }
      assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
    }
  void readFileSync;
}
