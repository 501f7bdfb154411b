import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { bigProductPage } from './test/bench/big-page';
const BUILD = join(process.cwd(), '.output/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tr-')), {
  executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const listing = bigProductPage('sephora/retinol-serum-accordion.html').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '').replace(/<meta property="og:type"[^>]*>/g, '');
await context.route('**/*.jpg', (r) => r.abort());
const url = 'https://www.sephora.com/shop/face-serums';
await context.route(url, (r) => r.fulfill({ body: listing, contentType: 'text/html' }));
await new Promise((r) => setTimeout(r, 1500));
const page = await context.newPage();
for (let run = 0; run < 3; run++) {
  const cdp = await context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  const ext = events.filter((e) => JSON.stringify(e.args ?? {}).includes('chrome-extension://'));
  const names = new Map<string, number>();
  for (const e of ext) names.set(`${e.name} ${e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? ''}`.slice(0, 120), (names.get(`${e.name} ${e.args?.data?.url ?? ''}`.slice(0, 120)) ?? 0) + (e.dur ?? 0));
  console.log('run', run, [...names].map(([k, v]) => `${(v / 1000).toFixed(3)}ms ${k}`).join('\n'));
  await cdp.detach();
}
await context.close();
