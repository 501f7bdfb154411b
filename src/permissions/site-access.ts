import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS } from '../highlight/highlight-style';

/** The page scanner (entrypoints/scanner.ts), injected only into pages that may show a product. */
const SCANNER = '/scanner.js';

/** The host pattern for a page's site ("https://shop.example/*"), or null for non-web pages. */
export function sitePattern(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.host}/*` : null;
  } catch {
    return null;
  }
}

/**
 * Whether the extension reads this page's site by itself: a supported shop (the manifest's hosts)
 * or a site the user added. There the loader runs on every page, so a page nobody answers for is
 * one it found no product on.
 */
export async function readsSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  return pattern !== null && (await browser.permissions.contains({ origins: [pattern] }));
}

/**
 * Reads the page in a tab once, now. Works on any site because the click on the toolbar button
 * grants `activeTab` for this tab only; nothing persists.
 */
export async function checkTabOnce(tabId: number): Promise<void> {
  await loadScanner(tabId, 0);
}

/**
 * Injects the page scanner into one frame of a tab: asked by the loader on a shop page (the
 * manifest's host permissions) or a site the user chose, or by "Check this page" (activeTab).
 * The style that paints its marks goes in first, with the same access (see `HIGHLIGHT_CSS`).
 */
export async function loadScanner(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, css: HIGHLIGHT_CSS });
  await browser.scripting.executeScript({ target, files: [SCANNER] });
}

/**
 * Asks for this one site (never `<all_urls>` at once) from the user's click. The loader is
 * registered there by the background, which follows every host permission added or removed
 * (src/background/follow-site-access.ts), however it was granted. False when the user declines.
 */
export async function alwaysCheckSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  return browser.permissions.request({ origins: [pattern] });
}
