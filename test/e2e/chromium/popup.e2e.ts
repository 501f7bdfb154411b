import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  activeTabId,
  extensionWorldExists,
  type ChromiumExtension,
  launchChromiumWithExtension,
  openPopup,
  openShopPage,
  popupHeight,
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
  RESULTS_DIR,
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

/** Each flagged popup's height, by fixture and theme, written to `test-results/popup-heights-chromium.json`. */
const heights: Record<string, number> = {};

/**
 * A flagged popup fits under the toolbar: at 380 px wide it is at most 600 px tall (Chrome cuts
 * popups there), with the answer, the groups and the folds closed as the patient first sees them.
 */
async function expectFits(popup: Page, label: string): Promise<void> {
  const { scroll, content } = await popupHeight(popup);
  heights[label] = content;
  expect(scroll, `${label}: ${content} px of content`).toBeLessThanOrEqual(POPUP_SIZE.height);
}

/** The groups' text, whitespace collapsed (the level tags are upper-cased by CSS: read textContent). */
async function groupsText(popup: Page): Promise<string> {
  return (await popup.locator('section.flags').allTextContents()).join(' ').replace(/\s+/g, ' ');
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
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'popup-heights-chromium.json'), `${JSON.stringify(heights, null, 2)}\n`);
    console.log('flagged popup heights (Chromium, px):', JSON.stringify(heights));
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
    expect(await popup.locator('section.flags').count()).toBe(0);
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

  test('flags inside the window: the answer first, the ingredients by end date, the rest folded; it fits', async () => {
    const shop = await open(SHOP_PAGES.lookfantasticExfoliatingMask);
    // One family to avoid (AHAs); the cautions do not count.
    expect(await waitForBadge(ext, shop.tabId, '1', RED)).toEqual({ text: '1', color: RED });

    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Masque Exfoliant Éclat AHA BHA 75ml',
    );
    // The answer, first under the product's name.
    const verdict = popup.locator('header + p.verdict.not-yet');
    expect(await verdict.innerText()).toMatch(/^Not yet — avoid until \S.+\(in \d+ days?\)$/);
    // One group: every window ends at the same time, said once.
    const group = popup.getByRole('region', { name: /^Until / });
    expect(await group.count()).toBe(1);
    const until = (await verdict.innerText()).replace('Not yet — avoid until ', '');
    expect(await group.getByRole('heading').innerText()).toBe(`Until ${until}`);
    const rows = await groupsText(popup);
    expect(rows).toContain('Avoid Lactic Acid · Alpha-hydroxy acids (AHAs)');
    expect(rows).toContain('Care Salicylic Acid · Salicylic acid (BHA)');
    expect(rows).toContain('Care Parfum · Fragrance and essential oils');
    expect(rows.split(until)).toHaveLength(2);
    // Each reason one line; the whole of it when the row is opened.
    const firstRow = popup.locator('li.flag details').first();
    const gist = firstRow.locator('.gist');
    const oneLine = await gist.evaluate((el) => el.getBoundingClientRect().height);
    await firstRow.locator('summary').click();
    expect(await gist.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(oneLine * 1.5);
    await firstRow.locator('summary').click();
    // The pH-adjuster citric acid: named quietly, not as a hit.
    expect(await popup.locator('details.traces > summary').innerText()).toBe(
      'Present at a low level: Citric Acid',
    );
    // What to use instead: folded, with a search of the same shop inside.
    const instead = popup.locator('details.alternatives');
    expect(await instead.getAttribute('open')).toBeNull();
    expect(await instead.locator('summary').innerText()).toBe('What to use instead');
    expect(await popup.locator('details.list-read > summary').innerText()).toMatch(
      /^\d+ ingredients read on lookfantastic\.fr$/,
    );
    // The paste box is there but closed on a product with a list.
    expect(await popup.locator('details.paste').getAttribute('open')).toBeNull();
    await expectNoSidewaysOverflow(popup);
    await expectFits(popup, 'lookfantasticExfoliatingMask, light');
    await saveScreenshot(popup, 'popup-flagged');

    await instead.locator('summary').click();
    expect(await instead.locator('li').count()).toBeGreaterThanOrEqual(2);
    const search = instead.getByRole('link', { name: 'Search this shop' }).first();
    const href = new URL((await search.getAttribute('href')) ?? '');
    expect(href.origin + href.pathname).toBe('https://www.lookfantastic.fr/search');
    expect(href.searchParams.get('q')).toBeTruthy();
    expect(await search.getAttribute('target')).toBe('_blank');
    expect(await instead.innerText()).toContain('SPF 30');

    const dark = await openPopup(ext, shop.tabId, 'dark');
    expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 22, 29)',
    );
    await expectFits(dark, 'lookfantasticExfoliatingMask, dark');
    await saveScreenshot(dark, 'popup-flagged-dark');
    await Promise.all([dark.close(), popup.close(), shop.page.close()]);
  });

  const flaggedCases = [
    { shop: 'amazonGlycolicToner', badge: '1', color: RED, flagged: 'Glycolic Acid' },
    { shop: 'ultaRetinolSerum', badge: '1', color: RED, flagged: 'Retinol' },
    { shop: 'cultBeautyRetinolSerum', badge: '1', color: RED, flagged: 'Retinol' },
    { shop: 'shopifyResurfacingPeel', badge: '1', color: RED, flagged: 'Glycolic Acid' },
    { shop: 'shopifyLipMask', badge: '!', color: AMBER, flagged: 'Parfum (Fragrance)' },
    { shop: 'sephoraRetinolSerum', badge: '1', color: RED, flagged: 'Retinol' },
  ] as const;
  for (const { shop, badge, color, flagged } of flaggedCases)
    test(`${shop}: badge "${badge}", ${flagged} in the popup, which fits in light and dark`, async () => {
      const tab = await open(SHOP_PAGES[shop]);
      expect(await waitForBadge(ext, tab.tabId, badge, color)).toEqual({ text: badge, color });
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(ext, tab.tabId, scheme);
        const verdict = await popup.locator('p.verdict').innerText();
        expect(verdict).toMatch(badge === '!' ? /^Use with care until \S/ : /^Not yet — avoid until \S/);
        const rows = await groupsText(popup);
        expect(rows).toContain(`${badge === '!' ? 'Care' : 'Avoid'} ${flagged}`);
        await expectNoSidewaysOverflow(popup);
        await expectFits(popup, `${shop}, ${scheme}`);
        await popup.close();
      }
      await tab.page.close();
    });

  test('product clear: no badge, "Nothing to avoid found", the trace named quietly', async () => {
    const shop = await open(SHOP_PAGES.ultaCleanMoisturizer);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('heading', { level: 1 }).innerText()).toBe('Oat Cloud Barrier Moisturizer');
    expect(await popup.locator('p.verdict.fine').innerText()).toBe('Fine for your skin now');
    expect(await popup.locator('p.verdict + p.note').innerText()).toBe('Nothing to avoid found.');
    expect(await popup.locator('details.traces > summary').innerText()).toBe(
      'Present at a low level: Citric Acid',
    );
    expect(await popup.locator('section.flags').count()).toBe(0);
    expect(await popupText(popup)).toMatch(/\d+ ingredients read on ulta\.com/);
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
    await result.locator('p.verdict.not-yet').waitFor();
    const avoid = (await result.locator('section.flags').allTextContents()).join(' ').replace(/\s+/g, ' ');
    expect(avoid).toContain('Retinol · Retinoids');
    expect(avoid).toContain('Glycolic Acid · Alpha-hydroxy acids (AHAs)');
    // Butylene glycol is not glycolic acid.
    expect(avoid).not.toContain('Butylene');
    expect(await result.locator('details.alternatives').count()).toBe(1);
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
    expect(await popup.locator('p.verdict.fine').innerText()).toBe('Fine for your skin now');
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
    expect(await popup.locator('p.verdict.fine').innerText()).toBe('Fine for your skin now');
    expect(await popup.locator('p.verdict + p.note').innerText()).toMatch(/^You're clear since \S.+\. /);
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
