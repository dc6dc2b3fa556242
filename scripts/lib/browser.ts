/**
 * The built app (`dist/`) served as `npm start` serves it (scripts/lib/serve.ts) on a free port, and the system Chromium with
 * the flags this machine needs (no network, no sandbox as root). Shared by the e2e test and the
 * dashboard benchmark.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { serveDir, type RequestLogEntry } from './serve.ts';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface AppSession {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the production build and launches Chromium; `close()` stops both. */
export async function openApp(
  options: { dir?: string; onRequest?: (e: RequestLogEntry) => void } = {},
): Promise<AppSession> {
  const dir = options.dir ?? 'dist';
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`${dir}/ is missing: run \`npm run build\` first`);
  const server = await serveDir(dir, { onRequest: options.onRequest });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  return {
    origin: server.origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
