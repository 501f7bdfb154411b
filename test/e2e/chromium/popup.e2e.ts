import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  activeTabId,
  extensionWorldExists,
  type ChromiumExtension,
  launchChromiumWithExtension,
  openPopup,
  openShopPage,
  rememberedScans,
  waitUntil,
  POPUP_SIZE,
  saveScreenshot,
  storeSettings,
  waitForBadge,
} from '../support/chromium-extension';
import {
  DAY_MS,
  HOUR_MS,
  SHOP_PAGES,
  type ShopPage,
  fixtureHtml,
  microneedlingSettings,
} from '../support/shop-pages';

const RED = '#b42318';
const AMBER = '#b54708';

/** The text of the popup's main area, whitespace collapsed. */
async function popupText(popup: Page): Promise<string> {
  return (await popup.locator('main.popup').innerText()).replace(/\s+/g, ' ');
}

/** The popup is 380 px wide: nothing may stick out sideways. */
async function expectNoSidewaysOverflow(popup: Page): Promise<void> {
  const width = await popup.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(POPUP_SIZE.width);
}

/**
 * The badge and the popup in each of the popup's states, on fixture pages served under the real
 * shop addresses, with a screenshot of every state in `test-results/popup-<state>.png`.
 * The tests run in order and share the browser: the first has no treatment set, the next ones a
 * microneedling treatment 26 hours ago (one a treatment booked in three days), the last one a
 * treatment ten days ago.
 */
describe('badge and popup on shop pages (Chromium)', () => {
  let ext: ChromiumExtension;
  const opened: string[] = [];

  async function open(shop: ShopPage) {
    opened.push(shop.url);
    return openShopPage(ext, shop);
  }

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('no treatment set: no badge; the popup asks for the date and names what the product contains', async () => {
    const shop = await open(SHOP_PAGES.sephoraRetinolSerum);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('Night Retinol Serum');
    const text = await popupText(popup);
    expect(text).toContain('Glow Lab · Serum');
    expect(text).toContain('Set the date of your treatment to see what to avoid, and until when.');
    expect(text).toContain('This product contains: Retinoids');
    expect(text).not.toContain('Avoid for now');
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-no-treatment');

    // "Set my treatment date" opens the options page.
    const [options] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options.html') }),
      popup.getByRole('button', { name: 'Set my treatment date' }).click(),
    ]);
    await options.getByLabel('Date and time').waitFor();
    await options.close();
    await popup.close();

    // A treatment set while the tab is open: its badge updates without a reload.
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
    const badge = await waitForBadge(ext, shop.tabId, '1', RED);
    expect(badge).toEqual({ text: '1', color: RED });
    await shop.page.close();
  });

  test('flags inside the window: avoid, caution, trace, an alternative and a search of the same shop', async () => {
    const shop = await open(SHOP_PAGES.lookfantasticExfoliatingMask);
    // One family to avoid (AHAs); the cautions do not count.
    expect(await waitForBadge(ext, shop.tabId, '1', RED)).toEqual({ text: '1', color: RED });

    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Masque Exfoliant Éclat AHA BHA 75ml',
    );
    const avoid = (await popup.getByRole('region', { name: 'Avoid for now' }).innerText()).replace(
      /\s+/g,
      ' ',
    );
    expect(avoid).toContain('Lactic Acid · Alpha-hydroxy acids (AHAs)');
    expect(avoid).toMatch(/Avoid until \S/);
    expect(avoid).not.toContain('Salicylic');
    const caution = (await popup.getByRole('region', { name: 'Be careful' }).innerText()).replace(
      /\s+/g,
      ' ',
    );
    expect(caution).toContain('Salicylic Acid · Salicylic acid (BHA)');
    expect(caution).toContain('Parfum · Fragrance and essential oils');
    expect(caution).toMatch(/Avoid until \S/);
    // The pH-adjuster citric acid: named quietly, not as a hit.
    expect(await popup.locator('details.traces > summary').innerText()).toBe(
      'Present at a low level: Citric Acid',
    );
    const instead = popup.getByRole('region', { name: 'Instead' });
    expect(await instead.locator('li').count()).toBeGreaterThanOrEqual(2);
    const search = instead.getByRole('link', { name: 'Search this shop' }).first();
    const href = new URL((await search.getAttribute('href')) ?? '');
    expect(href.origin + href.pathname).toBe('https://www.lookfantastic.fr/search');
    expect(href.searchParams.get('q')).toBeTruthy();
    expect(await search.getAttribute('target')).toBe('_blank');
    expect(await instead.innerText()).toContain('SPF 30');
    expect(await popup.locator('details.list-read > summary').innerText()).toMatch(
      /^Checked \d+ ingredients read by lookfantastic\.fr, ingredients tab\.$/,
    );
    // The paste box is there but closed on a product with a list.
    expect(await popup.locator('details.paste').getAttribute('open')).toBeNull();
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-flagged');

    const dark = await openPopup(ext, shop.tabId, 'dark');
    expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 22, 29)',
    );
    await saveScreenshot(dark, 'popup-flagged-dark');
    await Promise.all([dark.close(), popup.close(), shop.page.close()]);
  });

  const flaggedCases = [
    { shop: 'amazonGlycolicToner', badge: '1', color: RED, flagged: 'Glycolic Acid' },
    { shop: 'ultaRetinolSerum', badge: '1', color: RED, flagged: 'Retinol' },
    { shop: 'cultBeautyRetinolSerum', badge: '1', color: RED, flagged: 'Retinol' },
    { shop: 'shopifyResurfacingPeel', badge: '1', color: RED, flagged: 'Glycolic Acid' },
    { shop: 'shopifyLipMask', badge: '!', color: AMBER, flagged: 'Parfum (Fragrance)' },
  ] as const;
  for (const { shop, badge, color, flagged } of flaggedCases)
    test(`${shop}: badge "${badge}", and ${flagged} in the popup`, async () => {
      const tab = await open(SHOP_PAGES[shop]);
      expect(await waitForBadge(ext, tab.tabId, badge, color)).toEqual({ text: badge, color });
      const popup = await openPopup(ext, tab.tabId);
      const section = badge === '!' ? 'Be careful' : 'Avoid for now';
      expect(await popup.getByRole('region', { name: section }).innerText()).toContain(flagged);
      if (badge === '!') expect(await popup.getByRole('region', { name: 'Avoid for now' }).count()).toBe(0);
      await Promise.all([popup.close(), tab.page.close()]);
    });

  test('product clear: no badge, "Nothing to avoid found", the trace named quietly', async () => {
    const shop = await open(SHOP_PAGES.ultaCleanMoisturizer);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('Oat Cloud Barrier Moisturizer');
    expect(await popup.locator('p.lead.clear').innerText()).toBe('Nothing to avoid found.');
    expect(await popup.locator('details.traces > summary').innerText()).toBe(
      'Present at a low level: Citric Acid',
    );
    expect(await popup.locator('section.flags').count()).toBe(0);
    expect(await popupText(popup)).toMatch(/Checked \d+ ingredients read by ulta\.com, ingredients panel\./);
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-clear');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('no list on a product page: the popup says so, with the paste box open; a pasted list is checked', async () => {
    const shop = await open(SHOP_PAGES.shopifyKeyIngredientsOnly);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('Renewal Night Cream');
    expect(await popupText(popup)).toContain(
      'No ingredient list was found on this page. You can paste the list from the pack or the page below.',
    );
    const box = popup.getByLabel('Paste an ingredient list');
    expect(await box.isVisible()).toBe(true);
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-no-list');

    // Text with no ingredients in it.
    await box.fill('   ');
    await popup.getByRole('button', { name: 'Check' }).click();
    await popup.getByRole('status').filter({ hasText: 'No ingredients found in that text.' }).waitFor();

    // The list from the pack.
    await box.fill(
      'Aqua, Glycerin, Glycolic Acid, Butylene Glycol, Retinol, Niacinamide, Phenoxyethanol, Citric Acid',
    );
    await popup.getByRole('button', { name: 'Check' }).click();
    const result = popup.getByRole('status');
    await result.getByRole('region', { name: 'Avoid for now' }).waitFor();
    const avoid = (await result.getByRole('region', { name: 'Avoid for now' }).innerText()).replace(
      /\s+/g,
      ' ',
    );
    expect(avoid).toContain('Retinol · Retinoids');
    expect(avoid).toContain('Glycolic Acid · Alpha-hydroxy acids (AHAs)');
    // Butylene glycol is not glycolic acid.
    expect(avoid).not.toContain('Butylene');
    expect(await result.getByRole('region', { name: 'Instead' }).count()).toBe(1);
    // A pasted list has no shop to search.
    expect(await result.getByRole('link', { name: 'Search this shop' }).count()).toBe(0);
    expect(await result.locator('details.list-read > summary').innerText()).toBe(
      'Show the list that was read',
    );
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-paste');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('not a product page (a shop search): no badge, the popup says so, the paste box is open', async () => {
    const shop = await open(SHOP_PAGES.ultaSearch);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    // With no product to name, the extension's name is the heading.
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('Aftercare Lens');
    expect(await popup.locator('p.lead').innerText()).toBe(
      'This page is not a product page the extension reads.',
    );
    expect(await popup.getByLabel('Paste an ingredient list').isVisible()).toBe(true);
    // The shop is read already: reading this page once is offered, adding the site is not.
    expect(await popup.getByRole('button', { name: 'Check this page' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Always check this site' }).count()).toBe(0);
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-not-product');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('"Check this page" on a page the loader passed over: the scanner reads it and answers instead', async () => {
    const shop = await open(SHOP_PAGES.ultaSearch);
    const popup = await openPopup(ext, shop.tabId);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    await waitUntil(async () => {
      const started = await shop.page.evaluate(
        () => (window as { extensionScriptsStarted?: unknown[] }).extensionScriptsStarted,
      );
      if (!started?.includes('scanner')) throw new Error(`scripts started: ${String(started)}`);
    });
    // The scanner's own reading reached the worker: a search page, read in full, is no product.
    await waitUntil(async () => {
      const scan = (await rememberedScans(ext))[String(shop.tabId)] as
        { url?: string; product?: unknown } | undefined;
      if (scan?.url !== SHOP_PAGES.ultaSearch.url || scan.product !== null) throw new Error('not read yet');
    });
    expect(await popup.locator('p.lead').innerText()).toBe(
      'This page is not a product page the extension reads.',
    );
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('a single-page shop moving from its search to a product: the loader loads the scanner then', async () => {
    const shop = await open(SHOP_PAGES.ultaSearch);
    const started = () =>
      shop.page.evaluate(() => (window as { extensionScriptsStarted?: unknown[] }).extensionScriptsStarted);
    // On the search page only the loader runs.
    expect(await extensionWorldExists(ext, shop.page)).toBe(true);
    expect(await started()).toBeUndefined();
    const product = SHOP_PAGES.ultaRetinolSerum;
    // The address changes first and the shop renders the product a moment later, as a
    // single-page app does.
    await shop.page.evaluate(
      async ({ url, html }) => {
        history.pushState({}, '', url);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.head.replaceWith(next.head);
        document.body.replaceWith(next.body);
      },
      { url: product.url, html: fixtureHtml(product.fixture) },
    );
    expect((await waitForBadge(ext, shop.tabId, '1')).text).toBe('1');
    expect(await started()).toEqual(['scanner']);
    const popup = await openPopup(ext, shop.tabId);
    expect(await popupText(popup)).toContain('Retinol');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('a page outside the shops (no content script): the popup says it is not a product page', async () => {
    ext.routes.serve('https://blog.example.org/retinol-guide', 'generic/blog-retinol-article.html');
    const page = await ext.context.newPage();
    await page.goto('https://blog.example.org/retinol-guide');
    await page.bringToFront();
    const tabId = await activeTabId(ext);
    const popup = await openPopup(ext, tabId);
    expect(await popup.locator('p.lead').innerText()).toBe(
      'This page is not a product page the extension reads.',
    );
    await Promise.all([popup.close(), page.close()]);
  });

  test('not a cosmetic product (a supplement): no badge, nothing to check', async () => {
    const shop = await open(SHOP_PAGES.iherbVitaminC);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.locator('p.lead').innerText()).toBe(
      'This is not a skincare or cosmetic product, so there is nothing to check.',
    );
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-not-cosmetic');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('not now (a treatment booked in three days): no badge, nothing to avoid right now', async () => {
    const shop = await open(SHOP_PAGES.sephoraRetinolSerum);
    expect(await waitForBadge(ext, shop.tabId, '1', RED)).toEqual({ text: '1', color: RED });
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() + 3 * DAY_MS)));
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.locator('p.lead.clear').innerText()).toBe('Nothing to avoid right now.');
    expect(await popupText(popup)).toContain('none of your windows for them is running');
    expect(await popup.locator('section.flags').count()).toBe(0);
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-not-now');
    await Promise.all([popup.close(), shop.page.close()]);
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
  });

  test('window over (treatment ten days ago): the badge clears, the popup says since when', async () => {
    const shop = await open(SHOP_PAGES.sephoraRetinolSerum);
    expect(await waitForBadge(ext, shop.tabId, '1', RED)).toEqual({ text: '1', color: RED });
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 10 * DAY_MS)));
    // The open tab's badge follows the change.
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.locator('p.lead.clear').innerText()).toMatch(/^You're clear since \S.+\.$/);
    expect(await popupText(popup)).toContain(
      'This product has ingredients your skin had to avoid after the treatment; that window has ended.',
    );
    expect(await popup.locator('section.flags').count()).toBe(0);
    await expectNoSidewaysOverflow(popup);
    await saveScreenshot(popup, 'popup-window-over');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('the extension made no network requests, and its pages threw no errors', () => {
    const loaded = ext.network.requests.filter((r) => r.navigation).map((r) => r.url);
    for (const url of opened) expect(loaded).toContain(url);
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
