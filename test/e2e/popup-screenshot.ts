import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// The extension APIs as the service worker sees them (evaluated there, typed here).
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
};

/**
 * Loads the Chrome build in Debian's Chromium, sets a treatment, serves the demo product page
 * under a shop URL the content script matches, and saves a screenshot of the popup for that tab.
 * Usage: npm run build && tsx test/e2e/popup-screenshot.ts [out.png] [light|dark]
 */
const root = join(import.meta.dirname, '../..');
const extension = join(root, '.output/chrome-mv3');
const out = process.argv[2] ?? join(root, 'test-results/popup.png');
const scheme = process.argv[3] === 'dark' ? 'dark' : 'light';
mkdirSync(join(root, 'test-results'), { recursive: true });

const context = await chromium.launchPersistentContext(join(root, `test-results/profile-${Date.now()}`), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  colorScheme: scheme,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox'],
});
await context.route('https://www.sephora.com/**', (route) =>
  route.fulfill({ contentType: 'text/html', body: readFileSync(join(root, 'dev/demo-product.html')) }),
);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const treated = new Date(Date.now() - 26 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
await worker.evaluate(
  (performedAt) =>
    chrome.storage.local.set({
      settings: {
        version: 1,
        preTreatmentWarning: { enabled: false },
        treatments: [
          {
            id: 't',
            type: 'microneedling',
            depthMm: null,
            performedAt,
            timeZone: 'Europe/London',
            preset: 'microneedling-guide',
            overrides: {},
          },
        ],
      },
    }),
  treated,
);
const page = await context.newPage();
await page.goto('https://www.sephora.com/product/night-renewal-serum-P000001');
await page.waitForTimeout(800);
await page.screenshot({ path: out.replace(/\.png$/, '-page.png') });
const highlights = await page.evaluate(() => [
  ...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys(),
]);
console.log(`page highlights: ${JSON.stringify(highlights)}`);
const tabId = await worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
});
const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const popup = await context.newPage();
await popup.setViewportSize({ width: 380, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popup.waitForTimeout(400);
await popup.screenshot({ path: out, fullPage: true });
console.log(`badge "${badge}", popup screenshot: ${out}`);
await context.close();
