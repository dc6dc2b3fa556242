import { openApp } from './scripts/lib/browser.ts';
const log: string[] = [];
let t0 = 0;
const app = await openApp({
  dir: process.argv[2],
  onRequest: (e) =>
    log.push(
      `${Date.now() - t0} ${e.method} ${e.url.slice(0, 60)} ${e.status} ${e.bytes} ${e.encoding ?? ''}`,
    ),
});
const page = await app.browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
for (const url of [process.argv[3]!]) {
  log.length = 0;
  t0 = Date.now();
  await page.goto(app.origin + url);
  const h = await page.waitForFunction(
    `(() => { const el = document.querySelector('[data-drawn]:not([data-drawn=""]), [data-partial]'); return el ? performance.timeOrigin + performance.now() : false; })()`,
    undefined,
    { polling: 'raf', timeout: 60000 },
  );
  console.log('painted at', ((await h.jsonValue()) as number) - t0);
  const marks = await page.evaluate(
    `JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name.slice(-40), Math.round(e.startTime), Math.round(e.responseEnd)]))`,
  );
  console.log(marks);
  console.log(log.join('\n'));
}
await app.close();
