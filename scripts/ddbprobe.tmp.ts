import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const types: Record<string, string> = {
  html: 'text/html',
  mjs: 'text/javascript',
  js: 'text/javascript',
  wasm: 'application/wasm',
  csv: 'text/csv',
};
const server = createServer((req, res) => {
  const f = '/tmp/ddbprobe' + (req.url === '/' ? '/index.html' : req.url!.split('?')[0]);
  try {
    const b = readFileSync(f);
    res.setHeader('Content-Type', types[f.split('.').pop()!] ?? 'application/octet-stream');
    res.end(b);
  } catch {
    res.statusCode = 404;
    res.end();
  }
}).listen(38992);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    ...process.argv.slice(2),
  ],
});
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (e) => console.log('err', e.message));
  await page.goto('http://127.0.0.1:38992/');
  await page.waitForFunction('window.__marks', undefined, { timeout: 20000 });
  console.log(JSON.stringify(await page.evaluate('window.__marks')));
  await ctx.close();
}
await browser.close();
server.close();
