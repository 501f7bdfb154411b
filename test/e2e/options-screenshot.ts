import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Loads the Chrome build in Debian's Chromium, enters a treatment on the options page as a
 * patient would, and saves screenshots. Usage: npm run build && tsx test/e2e/options-screenshot.ts
 */
const root = join(import.meta.dirname, '../..');
const extension = join(root, '.output/chrome-mv3');
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });

const context = await chromium.launchPersistentContext(join(out, `profile-${Date.now()}`), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
// The first-run welcome opens by itself; use it as a patient would.
const welcome =
  context.pages().find((p) => p.url().includes('options.html')) ??
  (await context
    .waitForEvent('page', { predicate: (p) => p.url().includes('options.html'), timeout: 5000 })
    .catch(() => null));
const page = welcome ?? (await context.newPage());
if (!welcome) await page.goto(`chrome-extension://${extensionId}/options.html?welcome=1`);
await page.setViewportSize({ width: 900, height: 1100 });
await page.waitForSelector('input[type="datetime-local"]');
const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
await page.screenshot({ path: join(out, 'options-welcome.png'), fullPage: true });
const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
const local =
  new Date(yesterday.getTime() - yesterday.getTimezoneOffset() * 60000).toISOString().slice(0, 11) + '18:00';
await page.fill('input[type="datetime-local"]', local);
await page.waitForSelector('table.windows');
await page.waitForTimeout(600);
await page.screenshot({ path: join(out, 'options-treatment.png'), fullPage: true });
const stored = await worker.evaluate(() => chrome.storage.local.get('settings'));
console.log(
  `date field focused on welcome: ${focused === 'datetime-local'}; stored: ${JSON.stringify(stored).slice(0, 200)}`,
);
await context.close();

declare const chrome: { storage: { local: { get(key: string): Promise<unknown> } } };
