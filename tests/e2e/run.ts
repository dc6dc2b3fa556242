/**
 * Browser smoke test against the built app (run `npm run build` first): serves `dist/` with
 * `vite preview` on a free port, loads it in the system Chromium, checks the heading and that
 * the console stayed clean, and saves a screenshot to tests/e2e/artifacts/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const HEADING = '年报 Nianbao';
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

async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first');
  const port = await freePort();
  const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(err.message));

    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
    const heading = page.locator('h1');
    await heading.waitFor({ timeout: 10_000 });
    const text = (await heading.textContent())?.trim();
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/home.png`, fullPage: true });

    if (text !== HEADING) throw new Error(`heading is ${JSON.stringify(text)}, want ${HEADING}`);
    if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`);
    console.log(`e2e ok: ${HEADING}, no console errors, screenshot ${ARTIFACTS}/home.png`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
