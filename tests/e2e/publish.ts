/**
 * Browser steps of the publishing features (run by run.ts): the report page opened from a
 * finding shows the formula and its figures in the first screen (journey 3), a chart's PNG and
 * SVG carry the title and source line, the copied link reloads the same chart, the embedded view
 * has no chrome, and the full dataset downloads are reachable. Screenshots at 1440×900 and
 * 390×844, in Chinese and English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
  // The metrics are named in the UI language (src/lib/i18n/metricNames.ts).
  const wantFormula =
    lang === 'zh'
      ? '行政复议数量 22 ≠ 维持具体行政行为数 15 + 被依法纠错数 0 + 其他情形数 6 = 21'
      : 'Administrative reconsiderations 22 ≠ Reconsiderations upheld 15 + Reconsiderations corrected 0 + Other reconsiderations 6 = 21';
  assert(text === wantFormula, `formula of 二道区 2017: ${text}`);
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

const PINGTAN = '平潭综合实验区';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }),
    page.locator(`[data-chart="compare"] .downloads button`, { hasText: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * Journey 1, export and link part: the chart's SVG carries its title, subtitle and source line
 * naming the reports, the PNG is the same picture, the CSV is named after the chart with each
 * row's report id and source URL, and the copied link reloads the same chart.
 */
async function journeyExport(page: Page, origin: string, lang: 'zh' | 'en', size: string) {
  const q = new URLSearchParams({ v: 'compare', s: 'c:c_app_received', y: '2011-2025' });
  q.append('b', PINGTAN);
  if (lang === 'en') q.set('lang', 'en');
  await page.goto(`${origin}/?${q}`);
  await waitDrawn(page, 'compare');
  const title = (await page.locator('[data-chart="compare"] h3').textContent()) ?? '';
  // The source line names the reports once the database has answered.
  await page.waitForFunction(
    (name) => document.querySelector('[data-source-line]')?.textContent?.includes(`${name}`),
    '2025',
    { timeout: TIMEOUT },
  );
  const source = (await page.locator('[data-source-line]').textContent()) ?? '';
  assert(source.includes('2011–2025') || source.includes('2011'), `source line: ${source}`);
  await page.screenshot({ path: `${ARTIFACTS}/publish-compare-${size}-${lang}.png` });

  const svg = await download(page, 'SVG');
  const text = svg.bytes.toString('utf8');
  const parts = (part: string) =>
    [...text.matchAll(new RegExp(`<text[^>]*data-part="${part}"[^>]*>([^<]*)</text>`, 'g'))]
      .map((m) => m[1])
      .join('');
  const unescape = (x: string) =>
    x.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  assert(unescape(parts('title')) === title, `SVG title "${parts('title')}", want "${title}"`);
  const svgSource = unescape(parts('source'));
  assert(
    svgSource.includes('Nianbao') && svgSource.includes('2011') && svgSource.includes('平潭'),
    `SVG source line: ${svgSource}`,
  );
  assert(parts('subtitle').includes(PINGTAN), `SVG subtitle: ${parts('subtitle')}`);
  assert(/\d{4}-\d{2}-\d{2}/.test(parts('date')), `SVG date line: ${parts('date')}`);
  assert(
    svg.name === `${title}.svg`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' '),
    `SVG named ${svg.name}`,
  );

  const png = await download(page, 'PNG');
  assert(png.bytes.subarray(1, 4).toString() === 'PNG', 'the PNG download is not a PNG');
  writeFileSync(`${ARTIFACTS}/publish-export-${size}-${lang}.png`, png.bytes);
  const pngHeight = png.bytes.readUInt32BE(20) / 2;
  const plotHeight = await page
    .locator('[data-chart="compare"] .chart svg')
    .evaluate((el) => el.getBoundingClientRect().height);
  assert(
    pngHeight > plotHeight + 60,
    `PNG is ${pngHeight} px high, the plot ${plotHeight}: no room for title and source`,
  );

  const csv = await download(page, 'CSV');
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');
  assert(
    csv.name.endsWith('.csv') && csv.name.startsWith(title.slice(0, 4)),
    `CSV named ${csv.name}`,
  );
  assert(lines[0]!.endsWith('report_id,source_url'), `CSV header: ${lines[0]}`);
  assert(
    lines.slice(1).some((l) => /fujian-pingtan-shiyanqu-20\d\d,https?:\/\//.test(l)),
    `CSV rows carry no report id with its URL: ${lines.slice(1, 3).join(' / ')}`,
  );

  // Copy link, then open it: the same chart.
  const drawn = await page.locator('[data-chart="compare"]').getAttribute('data-drawn');
  await page.locator('[data-copy-link]').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert(link.startsWith(origin) && !link.includes('embed='), `copied link: ${link}`);
  await page.goto('about:blank');
  await page.goto(link);
  await waitDrawn(page, 'compare');
  await page.reload();
  await waitDrawn(page, 'compare');
  const again = await page.locator('[data-chart="compare"]').getAttribute('data-drawn');
  assert(again === drawn, `the copied link drew ${again}, want ${drawn}`);

  // The embed code opens the same chart without the app's chrome.
  const code = (await page.locator('[data-embed-code]').inputValue()) ?? '';
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&#38;/g, '&') ?? '';
  assert(src.includes('embed=1'), `embed code: ${code}`);
  await page.goto(src);
  await waitDrawn(page, 'compare');
  assert(
    (await page.locator('header nav').count()) === 0,
    'the embedded view shows the navigation',
  );
  assert(
    (await page.locator('aside.controls').count()) === 0,
    'the embedded view shows the filters',
  );
  const embedded = await page.locator('[data-chart="compare"]').getAttribute('data-drawn');
  assert(embedded === drawn, `the embedded chart drew ${embedded}, want ${drawn}`);
  await page.screenshot({ path: `${ARTIFACTS}/publish-embed-${size}-${lang}.png` });
}

/** The method page names the statuses and checks, and every download link answers. */
async function methodPage(page: Page, origin: string, lang: 'zh' | 'en', size: string) {
  await page.goto(`${origin}/${lang === 'en' ? '?lang=en' : ''}`);
  await page.locator('nav a', { hasText: lang === 'zh' ? '方法与下载' : 'Method & data' }).click();
  await page.locator('[data-view="method"]').waitFor({ timeout: TIMEOUT });
  for (const status of ['resolved', 'ambiguous'])
    assert(await page.locator(`[data-status="${status}"]`).count(), `${status} not explained`);
  const links = await page
    .locator('[data-downloads] a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  assert(links.length === 8, `${links.length} download links, want 8 (4 files × CSV, Parquet)`);
  for (const href of links) {
    const r = await page.request.get(href);
    assert(r.ok() && (await r.body()).length > 100, `${href}: ${r.status()}`);
  }
  for (const file of ['reports', 'facts', 'checks', 'metrics'])
    assert(
      (await page.locator(`[data-dictionary="${file}"] tbody tr`).count()) > 3,
      `no dictionary for ${file}`,
    );
  await page.screenshot({ path: `${ARTIFACTS}/publish-method-${size}-${lang}.png` });
  await page.locator('details.catalogue summary').click();
  const metrics = await page.locator('[data-catalogue] tbody tr').count();
  assert(metrics > 100, `the metric catalogue lists ${metrics} metrics`);
}

/** Filters stay on their view, and a visible reset clears them. */
async function filterScope(page: Page, origin: string) {
  await page.goto(
    `${origin}/?v=compare&s=c:c_app_received&b=${encodeURIComponent(PINGTAN)}&y=2019-2025`,
  );
  await waitDrawn(page, 'compare');
  assert(
    await page.locator('[data-active-filters]').count(),
    'no reset shown on a filtered Compare',
  );
  await page.locator('nav a', { hasText: '异常' }).click();
  await waitDrawn(page, 'anomalies');
  const q = new URL(page.url()).searchParams;
  assert(!q.has('b') && !q.has('y') && !q.has('s'), `Compare's filters carried: ${page.url()}`);
  assert((await page.locator('[data-active-filters]').count()) === 0, 'reset shown with no filter');
  await page.selectOption('#anomaly-body', '二道区');
  await page.locator('[data-active-filters] button').click();
  await page.waitForFunction(() => !location.search.includes('b='), undefined, {
    timeout: TIMEOUT,
  });
  assert((await page.locator('#anomaly-body').inputValue()) === '', 'reset left the body filter');
  // Back in Compare through the navigation: its own filters as they were left.
  await page.locator('nav a', { hasText: '比较' }).click();
  await waitDrawn(page, 'compare');
  assert(page.url().includes('y=2019-2025'), `Compare lost its filters: ${page.url()}`);
}

/** Every publishing step, at both sizes and in both languages. */
export async function publishSteps(browser: Browser, origin: string): Promise<void> {
  for (const size of SIZES)
    for (const lang of LANGS) {
      console.log(`publish: finding, export, link, embed, method at ${size.name} px (${lang})`);
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        acceptDownloads: true,
      });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await journeyFinding(page, origin, lang, size.name);
        await journeyExport(page, origin, lang, size.name);
        await methodPage(page, origin, lang, size.name);
        if (size.name === '1440' && lang === 'zh') await filterScope(page, origin);
      } finally {
        await context.close();
      }
      assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
    }
}
