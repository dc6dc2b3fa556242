/**
 * The report page's section of table rows that match no metric (run by run.ts): 平潭 财政局's
 * 2011 report keeps eight 统计表 rows unmapped (data/facts.csv); the page lists each with its
 * label, number and source line, in Chinese and English. Screenshots: unmapped-{zh,en}.png.
 */
import type { BrowserContext } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 30_000;
const REPORT = 'fujian-pingtan-ptx-czj-2011';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`unmapped rows: ${message}`);
}

export async function unmappedSteps(context: BrowserContext, origin: string): Promise<void> {
  console.log('report page: rows not recognised');
  const page = await context.newPage();
  for (const [lang, title] of [
    ['zh', '未识别的表格行 (8)'],
    ['en', 'Rows not recognised (8)'],
  ] as const) {
    await page.goto(`${origin}/?v=report&r=${REPORT}${lang === 'en' ? '&lang=en' : ''}`);
    const section = page.locator('[data-unmapped]');
    await section.waitFor({ timeout: TIMEOUT });
    assert((await section.getAttribute('data-unmapped')) === '8', 'not eight rows');
    const heading = (await section.locator('h3').textContent()) ?? '';
    assert(heading.trim() === title, `heading ${heading}`);
    // Labels and source lines come with the evidence strings, from the database.
    const first = section.locator('tbody tr').first();
    await first.getByText('1.在办').waitFor({ timeout: TIMEOUT });
    const cells = await first.locator('td').allTextContents();
    assert(cells[0] === '1' && cells[2] === '0', `first row: ${cells.join(' | ')}`);
    assert(cells[3]!.includes('其中：1．在办件0'), `source line: ${cells[3]}`);
    // The rows are no longer a table group of figures without a metric.
    const groups = await page.locator('h4').allTextContents();
    assert(!groups.some((g) => g.startsWith('—')), `a group of unmapped figures: ${groups}`);
    await page.screenshot({ path: `${ARTIFACTS}/unmapped-${lang}.png`, fullPage: true });
    console.log(`  screenshot ${ARTIFACTS}/unmapped-${lang}.png`);
  }
  await page.close();
}
