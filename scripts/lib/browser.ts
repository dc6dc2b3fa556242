/**
 * The built app (`dist/`) served by `vite preview` on a free port, and the system Chromium with
 * the flags this machine needs (no network, no sandbox as root). Shared by the e2e test and the
 * dashboard benchmark.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Asks the OS for a port nobody is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject()));
    });
  });
}

export interface AppSession {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the production build and launches Chromium; `close()` stops both. */
export async function openApp(): Promise<AppSession> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first');
  const port = await freePort();
  const server: PreviewServer = await preview({
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
