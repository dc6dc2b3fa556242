/**
 * Accessibility of the built app (run by run.ts). axe-core runs on every view — Overview,
 * Compare (lines and bars), Ranking, each topic, a report, Anomalies, Method and the open import
 * panel — at 1440×900 and 390×844, in Chinese and English, and any serious or critical violation
 * fails (each is printed). At 390 px no view is wider than the window. The keyboard: the skip
 * link is the first Tab stop and leads to the main region, Compare's first chart is reached in at
 * most 10 Tab presses, the body picker is a combobox, the chart/table switch is a set of tabs,
 * and an anomaly mark opens the anomalies by Enter. Screenshots:
 * tests/e2e/artifacts/access-<view>-<width>-<lang>.png.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const ARTIFACTS = 'tests/e2e/artifacts';
const TIMEOUT = 60_000;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PIANQU = ['海坛', '金井', '君山', '苏平'].map((n) => `平潭综合实验区${n}片区管理局`);
const TOPICS = ['channels', 'requests', 'refusals', 'review', 'staffing'];
const SIZES = [
  [1440, 900],
  [390, 844],
] as const;
const LANGS = ['zh', 'en'] as const;

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`access: ${message}`);
}

interface ViewCase {
  name: string;
  params: [string, string][];
  /** The `data-chart` whose `data-drawn` says the view has painted (a prefix ends in `-`). */
  chart?: string;
  /** Something to wait for besides. */
  also?: string;
  /** Done once painted (opening the import panel). */
  then?: (page: Page) => Promise<void>;
}

const VIEWS: ViewCase[] = [
  { name: 'overview', params: [], chart: 'coverage' },
  {
    name: 'compare',
    params: [
      ['v', 'compare'],
      ['s', 'c:c_app_received'],
      ...PIANQU.map((b): [string, string] => ['b', b]),
      ['y', '2019-2025'],
    ],
    chart: 'compare',
    also: '[data-chart="compare"] .mark-link[href]',
  },
  {
    name: 'compare-bars',
    params: [
      ['v', 'compare'],
      ['s', 'c:c_app_received'],
      ...PIANQU.map((b): [string, string] => ['b', b]),
      ['y', '2020'],
    ],
    chart: 'compare',
    also: '[data-chart="compare"] .mark-link[href]',
  },
  { name: 'ranking', params: [['v', 'ranking']], chart: 'ranking' },
  ...TOPICS.map((topic): ViewCase => ({
    name: `topics-${topic}`,
    params: [
      ['v', 'topics'],
      ['topic', topic],
    ],
    chart: 'topic-',
  })),
  {
    name: 'report',
    params: [
      ['v', 'report'],
      ['r', 'jilin-changchun-erdao-2017'],
    ],
    chart: 'report',
    also: 'tr:has-text("P_review_split")',
  },
  { name: 'anomalies', params: [['v', 'anomalies']], chart: 'anomalies' },
  {
    name: 'body',
    params: [
      ['v', 'body'],
      ['b', '平潭综合实验区'],
    ],
    chart: 'body-',
  },
  { name: 'method', params: [['v', 'method']], also: 'h3#dictionary' },
  {
    name: 'import',
    params: [],
    chart: 'coverage',
    then: async (page) => {
      await page.locator('#import-panel > summary').click();
      await page.locator('#import-files').waitFor({ state: 'attached', timeout: TIMEOUT });
    },
  },
];

function url(origin: string, params: [string, string][], lang: string): string {
  const q = new URLSearchParams(params);
  if (lang === 'en') q.append('lang', 'en');
  const s = q.toString();
  return `${origin}/${s ? `?${s}` : ''}`;
}

/** Waits until the view has painted and the database has started (marks, names of reports). */
async function ready(page: Page, view: ViewCase): Promise<void> {
  if (view.chart) {
    const chart = view.chart;
    await page.waitForFunction(
      (id) =>
        [...document.querySelectorAll('[data-chart]')].some(
          (el) =>
            (id.endsWith('-')
              ? el.getAttribute('data-chart')!.startsWith(id)
              : el.getAttribute('data-chart') === id) && !!el.getAttribute('data-drawn'),
        ),
      chart,
      { timeout: TIMEOUT },
    );
  }
  if (view.also) await page.locator(view.also).first().waitFor({ timeout: TIMEOUT });
  await page.locator('.load[role="status"]').waitFor({ state: 'detached', timeout: TIMEOUT });
  await view.then?.(page);
}

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is: the serious and critical violations, with their first nodes. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<Result> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')} :: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
  });
}

/** Every view at both sizes in both languages: axe, the page width at 390 px, a screenshot. */
async function everyView(browser: Browser, origin: string): Promise<string[]> {
  const failures: string[] = [];
  for (const [width, height] of SIZES) {
    for (const lang of LANGS) {
      const ctx = await browser.newContext({ viewport: { width, height } });
      const page = await ctx.newPage();
      try {
        for (const view of VIEWS) {
          const tag = `${view.name}-${width}-${lang}`;
          await page.goto(url(origin, view.params, lang));
          await ready(page, view);
          const violations = await axeViolations(page);
          for (const v of violations)
            failures.push(
              `${tag}: [${v.impact}] ${v.id} — ${v.help}\n    ${v.nodes.join('\n    ')}`,
            );
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width === 390 && wide > 390)
            failures.push(`${tag}: the page is ${wide} px wide at a 390 px window`);
          await page.screenshot({ path: `${ARTIFACTS}/access-${tag}.png`, fullPage: true });
          console.log(
            `  access ${tag}: ${violations.length} serious/critical, scrollWidth ${wide}`,
          );
        }
      } finally {
        await ctx.close();
      }
    }
  }
  return failures;
}

/** What has the focus, as a short description. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(none)';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  });
}

/** The skip link and the way to Compare's first chart, by Tab presses from the page top. */
async function tabToChart(browser: Browser, origin: string, lang: 'zh' | 'en'): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  try {
    const view = VIEWS.find((v) => v.name === 'compare')!;
    await page.goto(url(origin, [['v', 'compare']], lang));
    await ready(page, { ...view, also: undefined });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return { text: el?.textContent?.trim(), href: el?.getAttribute('href') };
    });
    assert(
      skip.text === (lang === 'zh' ? '跳到主要内容' : 'Skip to main content') &&
        skip.href === '#main',
      `the first Tab stop is not the skip link: ${await focused(page)}`,
    );
    await page.keyboard.press('Enter');
    assert(
      await page.evaluate(() => document.activeElement?.id === 'main'),
      `the skip link left the focus on ${await focused(page)}`,
    );
    let presses = 1;
    const stops: string[] = [];
    while (presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
      stops.push(await focused(page));
      if (await page.evaluate(() => !!document.activeElement?.closest('[data-chart="compare"]')))
        break;
    }
    console.log(
      `  access: Compare's chart (${lang}) after ${presses} Tab presses: ${stops.join(' → ')}`,
    );
    assert(presses <= 10, `Compare's chart takes ${presses} Tab presses: ${stops.join(' → ')}`);
    return presses;
  } finally {
    await ctx.close();
  }
}

/** The body combobox, the chart/table tabs and an anomaly mark, by keyboard only. */
async function keyboardSteps(browser: Browser, origin: string): Promise<void> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  try {
    const input = page.locator('#body-search');
    await page.goto(url(origin, [['v', 'compare']], 'zh'));
    await ready(page, { name: 'compare', params: [], chart: 'compare' });

    // Combobox: typing filters, ArrowDown marks the first option, Enter chooses it.
    assert((await input.getAttribute('role')) === 'combobox', '#body-search is not a combobox');
    await input.focus();
    await page.keyboard.type('二道');
    assert((await input.getAttribute('aria-expanded')) === 'true', 'typing did not open the list');
    const options = page.locator('#body-listbox [role="option"]');
    const names = await options.allTextContents();
    assert(
      names.length > 0 && names.every((n) => n.includes('二道')),
      `typing 二道 lists ${names.join(' | ')}`,
    );
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    assert(active, 'ArrowDown marked no option');
    const key = await page.locator(`#${active}`).getAttribute('data-body');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (k) => new URLSearchParams(location.search).getAll('b').includes(k!),
      key,
      { timeout: TIMEOUT },
    );
    assert(
      (await page.locator(`#body-listbox [data-body="${key}"]`).getAttribute('aria-selected')) ===
        'true',
      'the chosen option is not aria-selected',
    );
    const chip = page.locator(`button[data-remove-body="${key}"]`);
    const chipName = await chip.evaluate((b) => b.previousElementSibling?.textContent ?? '');
    assert(
      (await page.getByRole('button', { name: `移除 ${chipName}`, exact: true }).count()) === 1,
      `no chip named "移除 ${chipName}" for the chosen body`,
    );
    await page.keyboard.press('Escape');
    assert(
      (await input.getAttribute('aria-expanded')) === 'false',
      'Escape did not close the list',
    );
    await chip.click();
    await page.waitForFunction(() => !location.search.includes('b='), undefined, {
      timeout: TIMEOUT,
    });

    // Tabs: one Tab stop, arrow keys move and show.
    const tabs = page.locator('[data-chart="compare"] [role="tab"]');
    assert(
      JSON.stringify(await tabs.evaluateAll((ts) => ts.map((t) => t.getAttribute('tabindex')))) ===
        '["0","-1"]',
      'the tabs are not one Tab stop',
    );
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-chart="compare"] [role="tabpanel"] table').waitFor({
      timeout: TIMEOUT,
    });
    assert(
      (await tabs.nth(1).getAttribute('aria-selected')) === 'true' &&
        (await page.evaluate(() => document.activeElement?.getAttribute('role'))) === 'tab',
      'ArrowRight did not select and focus the table tab',
    );
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-chart="compare"] [role="tabpanel"] svg').waitFor({
      timeout: TIMEOUT,
    });

    // An anomaly mark: a named link, opened by Enter.
    const view = VIEWS.find((v) => v.name === 'compare')!;
    await page.goto(url(origin, view.params, 'zh'));
    await ready(page, view);
    const mark = page.locator('[data-chart="compare"] .mark-link[href]').first();
    const name = (await mark.getAttribute('aria-label')) ?? '';
    assert(name.includes('异常') && name.includes('平潭'), `anomaly mark named "${name}"`);
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('v=anomalies'), undefined, {
      timeout: TIMEOUT,
    });
    await ready(page, { name: 'anomalies', params: [], chart: 'anomalies' });
    assert(
      (await page.locator('[data-chart="anomalies"] tbody tr').count()) > 0,
      'the mark opened an empty list',
    );
  } finally {
    await ctx.close();
  }
}

/** Every accessibility check; fails with every serious or critical violation listed. */
export async function accessSteps(browser: Browser, origin: string): Promise<void> {
  console.log('accessibility');
  for (const lang of LANGS) await tabToChart(browser, origin, lang);
  await keyboardSteps(browser, origin);
  const failures = await everyView(browser, origin);
  assert(
    failures.length === 0,
    `${failures.length} serious or critical findings:\n${failures.join('\n')}`,
  );
}
