import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { readdirSync } from 'node:fs';
const wasm = readdirSync('dist/assets').find((f) => f.endsWith('.wasm'))!;
const server = await preview({ preview: { host: '127.0.0.1', port: 38991 }, logLevel: 'warn' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    ...(process.argv[2] ? [process.argv[2]] : []),
  ],
});
const page = await browser.newPage();
await page.goto('http://127.0.0.1:38991/robots-none.html').catch(() => {});
for (let i = 0; i < 3; i++) {
  const r = await page.evaluate(`(async () => {
    const t0 = performance.now();
    const resp = await fetch('/assets/${wasm}', { cache: 'no-store' });
    const buf = await resp.arrayBuffer();
    const t1 = performance.now();
    const mod = await WebAssembly.compile(buf);
    const t2 = performance.now();
    const resp2 = await fetch('/assets/${wasm}', { cache: 'no-store' });
    const mod2 = await WebAssembly.compileStreaming(resp2);
    const t3 = performance.now();
    return { fetch: t1 - t0, compile: t2 - t1, streaming: t3 - t2 };
  })()`);
  console.log(r);
}
await browser.close();
await server.close();
