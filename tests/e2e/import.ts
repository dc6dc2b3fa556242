/**
 * The import journey of issue 11 on the production build: a folder holding a text report, an
 * HTML page, a PDF, a .docx, a scanned-PDF stand-in and a binary file named .pdf is given to the
 * folder picker; four reports show in the Overview marked as the user's own, the two bad files
 * are listed with their reasons, a reload keeps them, removing one takes it out of every view,
 * and no request leaves the origin.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { makeDocx } from '../lib/makeDocx.ts';
import { makePdf } from '../lib/makePdf.ts';

const TIMEOUT = 60_000;
const ARTIFACTS = 'tests/e2e/artifacts';

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** The folder dropped: four reports from the corpus (one rewritten as .docx) and two bad files. */
export function importFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'nianbao-import-')), 'reports');
  const files: Record<string, Uint8Array | string> = {
    // The corpus's names: a report's body and year are read from its name when the text lacks
    // them. The corpus's own HTML pages name no body, so the page is one of its reports as HTML.
    'shanghai-shanghai-kewei-2024.md': readFileSync('corpus/raw/shanghai-shanghai-kewei-2024.md'),
    'jiangsu-suqian-shuyangxian-2025.html': htmlPage(
      readFileSync('corpus/raw/jiangsu-suqian-shuyangxian-2025.txt', 'utf8'),
    ),
    'jiangsu-huaian-hongzequ-2024.pdf': readFileSync('corpus/raw/jiangsu-huaian-hongzequ-2024.pdf'),
    'jilin-changchun-erdao-2017.docx': makeDocx(
      readFileSync('corpus/raw/jilin-changchun-erdao-2017.txt', 'utf8'),
    ),
    // A scan: pages with no text layer at all.
    'scan.pdf': makePdf(2, () => ''),
    // Bytes of no known format under a PDF name.
    'binary.pdf': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
  };
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A whole HTML page holding `text`, a paragraph per line. */
function htmlPage(text: string): string {
  const esc = (l: string) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text
    .split('\n')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

const ownCells = (page: Page) =>
  page
    .locator('[data-chart="coverage"] a[data-own]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('data-report') ?? ''));

async function waitOwnCells(page: Page, n: number): Promise<string[]> {
  await page.waitForFunction(
    (want) => document.querySelectorAll('[data-chart="coverage"] a[data-own]').length === want,
    n,
    { timeout: TIMEOUT },
  );
  return ownCells(page);
}

export async function importJourney(context: BrowserContext, origin: string): Promise<void> {
  console.log('import: drop a folder of six files');
  const outside: string[] = [];
  const onRequest = (r: { url(): string }) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(blob|data):/.test(url)) outside.push(url);
  };
  context.on('request', onRequest);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/`);
  await page.locator('[data-chart="coverage"][data-drawn]:not([data-drawn=""])').waitFor({
    timeout: TIMEOUT,
  });
  await page.locator('#import-panel summary').click();
  assert(
    ((await page.locator('[data-privacy]').textContent()) ?? '').includes('不会上传'),
    'the panel says nothing is uploaded',
  );
  await page.setInputFiles('#import-folder', importFolder());
  await page.locator('[data-batch][data-done="true"]').waitFor({ timeout: TIMEOUT });
  const lines = await page
    .locator('[data-batch] li[data-file]')
    .evaluateAll((lis) =>
      lis.map((li) => [
        li.getAttribute('data-file')!.split('/').pop()!,
        li.getAttribute('data-status'),
        li.getAttribute('data-reason'),
      ]),
    );
  const byName = Object.fromEntries(
    lines.map(([name, status, reason]) => [name, { status, reason }]),
  );
  console.log('  lines', JSON.stringify(byName));
  assert(byName['scan.pdf']?.reason === 'scanned', 'the scan is named a scanned PDF');
  assert(byName['binary.pdf']?.status === 'error', 'the binary .pdf is refused');
  assert(byName['binary.pdf']?.reason === 'unreadable', 'the binary .pdf says why');
  for (const good of [
    'shanghai-shanghai-kewei-2024.md',
    'jiangsu-suqian-shuyangxian-2025.html',
    'jiangsu-huaian-hongzequ-2024.pdf',
    'jilin-changchun-erdao-2017.docx',
  ])
    assert(byName[good] && !byName[good].reason, `${good} gives a report`);

  const own = await waitOwnCells(page, 4);
  assert(
    own.every((id) => id.startsWith('my:')),
    `own reports carry the own id: ${own}`,
  );
  await page.screenshot({ path: `${ARTIFACTS}/import-overview.png`, fullPage: true });

  console.log('import: the data switch');
  await page.locator('#data-mode-own').check();
  await page.waitForFunction(
    () => {
      const cells = document.querySelectorAll('[data-chart="coverage"] a[data-report]');
      return cells.length === 4 && [...cells].every((a) => a.hasAttribute('data-own'));
    },
    null,
    { timeout: TIMEOUT },
  );
  await page.locator('#data-mode-shipped').check();
  await waitOwnCells(page, 0);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-chart="coverage"] a[data-report]').length > 100,
    null,
    { timeout: TIMEOUT },
  );
  await page.locator('#data-mode-both').check();
  await waitOwnCells(page, 4);

  console.log('import: reload keeps them');
  await page.reload();
  await waitOwnCells(page, 4);

  console.log('import: a chart drawing on an own report says so in its legend and caption');
  // With both, the shipped report of a body-year the user also brought is the one drawn (the
  // series takes the first report id), so nothing is marked; with only the user's, it is.
  const compareUrl = `${origin}/?v=compare&b=${encodeURIComponent('二道区')}`;
  const compareText = () =>
    page.evaluate(() => document.querySelector('[data-chart="compare"]')?.textContent ?? '');
  await page.goto(compareUrl);
  await page.locator('[data-chart="compare"][data-drawn]:not([data-drawn=""])').waitFor({
    timeout: TIMEOUT,
  });
  const shippedText = await compareText();
  assert(
    !shippedText.includes('（含我的数据）') && !shippedText.includes('您导入的报告'),
    'a chart drawn on the shipped report is not marked as own',
  );
  await page.goto(`${origin}/`);
  await page.locator('#import-panel summary').click();
  await page.locator('#data-mode-own').check();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-chart="coverage"] a[data-report]:not([data-own])').length ===
      0,
    null,
    { timeout: TIMEOUT },
  );
  await page.goto(compareUrl);
  await page.waitForFunction(
    () => {
      const text = document.querySelector('[data-chart="compare"]')?.textContent ?? '';
      return text.includes('（含我的数据）') && text.includes('您导入的报告');
    },
    null,
    { timeout: TIMEOUT },
  );
  await page.goto(`${origin}/`);
  await page.locator('#import-panel summary').click();
  await page.locator('#data-mode-both').check();
  await page.waitForFunction(
    () => document.querySelectorAll('[data-chart="coverage"] a[data-report]').length > 100,
    null,
    { timeout: TIMEOUT },
  );

  console.log('import: its page shows it, then remove it');
  const gone = 'my:shanghai-shanghai-kewei-2024';
  const reportUrl = `${origin}/?v=report&r=${encodeURIComponent(gone)}`;
  await page.goto(reportUrl);
  await page.locator(`[data-chart="report"][data-drawn="${gone}"]`).waitFor({ timeout: TIMEOUT });
  assert(await page.locator('[data-own-note]').isVisible(), 'the report page says it is own');
  await page.goto(`${origin}/`);
  await waitOwnCells(page, 4);
  await page.locator('#import-panel summary').click();
  await page.locator(`[data-remove="${gone}"]`).click();
  const left = await waitOwnCells(page, 3);
  assert(!left.includes(gone), 'the removed report left the Overview');
  await page.goto(reportUrl);
  await waitOwnCells(page, 0).catch(() => {});
  await page.waitForTimeout(3000);
  const drawn = await page.locator('[data-chart="report"]').getAttribute('data-drawn');
  assert(drawn !== gone, 'the removed report has no page any more');
  await page.goto(`${origin}/?v=anomalies`);
  await page.locator('[data-chart="anomalies"][data-drawn]:not([data-drawn=""])').waitFor({
    timeout: TIMEOUT,
  });
  const listed = await page.locator(`[data-chart="anomalies"] tr[data-report="${gone}"]`).count();
  assert(listed === 0, 'the removed report is not in the anomaly list');
  await csvSteps(page, origin);
  assert(errors.length === 0, `no page error: ${errors.join('; ')}`);
  context.off('request', onRequest);
  assert(outside.length === 0, `no request leaves the origin: ${outside.join(', ')}`);
  await page.close();
  console.log('  import journey ok');
}

/** The CLI's CSVs of the reports `ids` (rows of data/), written to a new folder; returns the paths. */
function cliCsvs(
  ids: readonly string[],
  edit: (table: string, lines: string[]) => void = () => {},
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-csv-'));
  return ['reports', 'facts', 'checks'].map((table) => {
    const [head, ...rows] = readFileSync(`data/${table}.csv`, 'utf8').trimEnd().split('\n');
    const lines = [head!, ...rows.filter((l) => ids.includes(l.split(',')[0]!))];
    edit(table, lines);
    const path = join(dir, `${table}.csv`);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  });
}

/** The CLI's CSVs of a small corpus load; a reports.csv with a broken row loads nothing. */
async function csvSteps(page: Page, origin: string): Promise<void> {
  console.log('import: the CLI CSVs of three reports, then a broken reports.csv');
  await page.goto(`${origin}/`);
  const before = await waitOwnCells(page, 3);
  await page.locator('#import-panel summary').click();
  const ids = [
    'fujian-pingtan-czjrj-2018',
    'fujian-pingtan-dishuiju-2013',
    'fujian-pingtan-czjrj-2015',
  ];
  await page.setInputFiles('#import-files', cliCsvs(ids));
  await page.locator('[data-batch="1"][data-done="true"]').waitFor({ timeout: TIMEOUT });
  const after = await waitOwnCells(page, 6);
  for (const id of ids) assert(after.includes(`my:${id}`), `${id} loaded from the CSVs`);
  await page.setInputFiles(
    '#import-files',
    cliCsvs(['fujian-pingtan-czjrj-2016', 'fujian-pingtan-czjrj-2017'], (table, lines) => {
      if (table === 'reports') lines[2] = lines[2]!.replace(',2017,', ',twenty-seventeen,');
    }),
  );
  await page.locator('[data-batch="2"][data-done="true"]').waitFor({ timeout: TIMEOUT });
  const problem = await page.locator('[data-batch="2"] li[data-file$="reports.csv"]').textContent();
  assert(
    /第 3 行：column report_year: "twenty-seventeen" is not a whole number/.test(problem ?? ''),
    `the broken row is named: ${problem}`,
  );
  await page.screenshot({ path: `${ARTIFACTS}/import-csv.png`, fullPage: false });
  await page.waitForTimeout(1000);
  const still = await ownCells(page);
  assert(still.length === 6, `nothing loaded from the broken drop (${still.length})`);
  assert(
    before.every((id) => still.includes(id)),
    'the earlier reports stay',
  );

  console.log('import: remove all');
  await page.locator('#remove-all').click();
  await waitOwnCells(page, 0);
  await page.reload();
  await page.locator('[data-chart="coverage"][data-drawn]:not([data-drawn=""])').waitFor({
    timeout: TIMEOUT,
  });
  assert((await ownCells(page)).length === 0, 'nothing own after a reload');
}
