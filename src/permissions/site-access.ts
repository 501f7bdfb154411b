import { browser } from 'wxt/browser';

/** The content script as built: the same file the shop matches run. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

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
 * Reads the page in a tab once, now. Works on any site because the click on the toolbar button
 * grants `activeTab` for this tab only; nothing persists.
 */
export async function checkTabOnce(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

/**
 * Asks for this one site (never `<all_urls>` at once) from the user's click, and registers the
 * content script there so its product pages are read from now on. False when the user declines.
 */
export async function alwaysCheckSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  const id = `site:${pattern}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return true;
}
