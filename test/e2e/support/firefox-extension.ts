import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { findPage, setPageSize, waitFor } from './firefox-web-ext';

/**
 * Helpers for driving the Firefox build's own pages over WebDriver BiDi: every extension API call
 * is evaluated in one of the extension's pages (`api`), and elements are found and clicked by
 * handle, not with puppeteer's `Locator` (its waits build functions an extension page's CSP
 * refuses in Firefox 140).
 */

/** The extension APIs as an extension page sees them (evaluated there, typed here). */
export interface ExtensionApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    create(properties: { url: string }): Promise<{ id?: number }>;
  };
  permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> };
}

/** The text a page shows, whitespace collapsed. */
export async function bodyText(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
}

/** Waits until the page's text passes `ready`, and says what it shows if it never does. */
export async function waitForText(
  page: Page,
  what: string,
  ready: (text: string) => boolean,
): Promise<string> {
  return waitFor(
    async () => {
      const text = await bodyText(page);
      return ready(text) ? text : undefined;
    },
    () => `${what}`,
  ).catch(async (error: Error) => {
    throw new Error(
      `${error.message}; the page shows: ${JSON.stringify(await bodyText(page).catch(() => '?'))}`,
    );
  });
}

/** The tab ids the extension sees. */
export async function tabIds(api: Page): Promise<number[]> {
  const tabs = await api.evaluate(() =>
    (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.query({}),
  );
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** The address of the last scan the background keeps for a tab (session item `tab-scans`). */
export async function scannedUrl(api: Page, tabId: number): Promise<string | undefined> {
  const items = await api.evaluate(() =>
    (globalThis as unknown as { browser: ExtensionApi }).browser.storage.session.get('tab-scans'),
  );
  return ((items['tab-scans'] ?? {}) as Record<string, { url?: string } | undefined>)[String(tabId)]?.url;
}

/** A new tab at a web page, once the page scanner has reported it; with its tab id. */
export async function openScannedTab(
  browser: Browser,
  api: Page,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const before = await tabIds(api);
  const page = await browser.newPage();
  await setPageSize(browser, page, 1000, 900);
  const tabId = await waitFor(
    async () => {
      const fresh = (await tabIds(api)).filter((id) => !before.includes(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    },
    () => `the new tab for ${url} has no tab id`,
  );
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(
    async () => ((await scannedUrl(api, tabId)) === url ? true : undefined),
    () => `the page scanner did not report ${url} in tab ${tabId}`,
  );
  return { page, tabId };
}

/** One of the extension's pages, opened in a tab of its own by the extension, at a size. */
export async function openExtensionPage(
  browser: Browser,
  api: Page,
  url: string,
  size: { width: number; height: number },
): Promise<Page> {
  await api.evaluate(
    (address) =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.tabs
        .create({ url: address })
        .then(() => undefined),
    url,
  );
  const page = await findPage(browser, (href) => href === url, url);
  await setPageSize(browser, page, size.width, size.height);
  return page;
}

/** The element matching `selector` whose text is `text`, waited for. */
export async function elementWithText(
  page: Page,
  where: string,
  selector: string,
  text: string,
): Promise<ElementHandle> {
  return waitFor(
    async () => {
      for (const handle of await page.$$(selector)) {
        if ((await handle.evaluate((el) => el.textContent?.replace(/\s+/g, ' ').trim())) === text)
          return handle;
      }
      return undefined;
    },
    () => `no ${selector} reads "${text}" on ${where}`,
  );
}

/** Clicks the button that reads `name`, as the patient does (a real click: a user gesture). */
export async function clickButton(page: Page, where: string, name: string): Promise<void> {
  await (await elementWithText(page, where, 'button', name)).click();
}
