import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RecordedRequest } from '../support/chromium-network';
import {
  type ChromiumExtension,
  evaluateInContentScript,
  launchChromiumWithExtension,
  openPopup,
  openShopPage,
  rememberedScans,
  resourceTimingUrls,
  waitUntil,
} from '../support/chromium-extension';
import { DAY_MS, SHOP_PAGES, dateTimeLocalValue } from '../support/shop-pages';

const isExtensionUrl = (ext: ChromiumExtension, url: string): boolean =>
  url.startsWith(`chrome-extension://${ext.extensionId}/`);

/**
 * "The extension sends nothing anywhere", checked in Chromium: a full run (install, the welcome
 * page, a treatment, every shop page, the popup for each, a pasted list, the options page again)
 * with every request recorded, then proof that the recorder would have seen a request from each
 * part of the extension. How each kind of request shows up: `test/e2e/support/chromium-network.ts`.
 */
describe('no network requests by the extension (Chromium)', () => {
  let ext: ChromiumExtension;
  /** Resource Timing of the extension's pages, read before each was closed. */
  const extensionPageLoads: Record<string, string[]> = {};

  async function closeExtensionPage(page: Page, label: string): Promise<void> {
    extensionPageLoads[label] = await resourceTimingUrls(page);
    await page.close();
  }

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('a full run: welcome, a treatment, every shop page and its popup, a pasted list, the options', async () => {
    const welcome =
      ext.context.pages().find((p) => p.url().includes('/options.html?welcome=1')) ??
      (await ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }));
    const date = welcome.getByLabel('Date and time');
    await date.fill(dateTimeLocalValue(new Date(Date.now() - DAY_MS)));
    await welcome.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await closeExtensionPage(welcome, 'welcome');

    for (const [name, shop] of Object.entries(SHOP_PAGES)) {
      const tab = await openShopPage(ext, shop);
      const popup = await openPopup(ext, tab.tabId);
      if (name === 'lookfantasticExfoliatingMask') {
        await popup.locator('details.paste > summary').click();
        await popup.getByLabel('Paste an ingredient list').fill('Aqua, Retinol, Parfum');
        await popup.getByRole('button', { name: 'Check' }).click();
        await popup
          .getByRole('status')
          .getByRole('region', { name: /^Until / })
          .waitFor();
        // The popup's own link to the options page.
        const [options] = await Promise.all([
          ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
          popup.getByRole('button', { name: 'Treatments and settings' }).click(),
        ]);
        await options.locator('table.windows').waitFor();
        await closeExtensionPage(options, 'options');
      }
      await closeExtensionPage(popup, `popup ${name}`);
      await tab.page.close();
    }

    // The service worker has noticed the closed tabs (it forgets their scans).
    await waitUntil(async () => {
      const tabs = Object.keys(await rememberedScans(ext));
      if (tabs.length) throw new Error(`scans still kept for tabs ${tabs.join(', ')}`);
    });
  });

  test('nothing but the shop pages themselves and the extension loading its own files', async () => {
    const served = Object.values(SHOP_PAGES).map((s) => s.url);
    const navigations = ext.network.requests.filter((r) => r.navigation).map((r) => r.url);
    // The recorder was live for the whole run.
    for (const url of served) expect(navigations).toContain(url);
    expect(ext.network.requests.some((r) => r.source === 'extension-page')).toBe(true);

    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.network.fromExtension().filter((r) => !isExtensionUrl(ext, r.url))).toEqual([]);

    // Requests made before the recorder was attached (the worker starting, the welcome tab opening
    // on install) are in the worker's and the pages' own Resource Timing, failed ones included.
    const workerLoads = await resourceTimingUrls(ext.worker());
    expect(workerLoads.filter((url) => !isExtensionUrl(ext, url))).toEqual([]);
    expect(Object.keys(extensionPageLoads)).toContain('welcome');
    for (const [label, urls] of Object.entries(extensionPageLoads))
      expect(
        urls.filter((url) => !isExtensionUrl(ext, url)),
        label,
      ).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });

  test('the recorder sees requests from the worker, the popup and the content script', async () => {
    const before = ext.network.requests.length;
    const since = (): RecordedRequest[] => ext.network.requests.slice(before);
    const canary = 'https://canary.invalid';

    await ext.worker().evaluate((url) => fetch(url).then(() => 'ok', String), `${canary}/worker`);
    expect(await resourceTimingUrls(ext.worker())).toContain(`${canary}/worker`);

    const tab = await openShopPage(ext, SHOP_PAGES.sephoraRetinolSerum);
    const popup = await openPopup(ext, tab.tabId);
    await popup.evaluate((url) => fetch(url).then(() => 'ok', String), `${canary}/popup`);

    // The content script's own world: a fetch, and an image it adds to the page.
    await evaluateInContentScript(ext, tab.page, `fetch('${canary}/content-fetch').then(() => 'ok', String)`);
    await evaluateInContentScript(
      ext,
      tab.page,
      `new Promise((done) => { const img = new Image(); img.onload = img.onerror = () => done('ok');
         img.src = '${canary}/content-image.png'; document.body.append(img); })`,
    );

    await waitUntil(async () => {
      if (since().filter((r) => r.url.startsWith(canary)).length < 4) throw new Error('not all seen yet');
    });
    const seen = since()
      .filter((r) => r.url.startsWith(canary))
      .map((r) => ({
        path: new URL(r.url).pathname,
        source: r.source,
        type: r.resourceType,
        expected: ext.network.isExpected(r),
      }));
    expect(seen).toEqual(
      expect.arrayContaining([
        { path: '/worker', source: 'service-worker', type: 'fetch', expected: false },
        { path: '/popup', source: 'extension-page', type: 'fetch', expected: false },
        // A content script's requests are reported as the shop page's own.
        { path: '/content-fetch', source: 'web-page', type: 'fetch', expected: false },
        { path: '/content-image.png', source: 'web-page', type: 'image', expected: false },
      ]),
    );
    await Promise.all([popup.close(), tab.page.close()]);
  });
});
