import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageScan } from '../../extract/page-scan';
import { noProductScan } from '../../extract/no-product';
import { sendMessage } from '../../messaging/protocol';
import { alwaysCheckSite, checkTabOnce, readsSite } from '../../permissions/site-access';
import { t, uiLocale } from '../i18n';
import { PopupApp } from './PopupApp';

/**
 * The popup's glue with the browser: which tab it reports on, that tab's scan, and the two ways
 * to read a page the extension does not read by itself. What to show is `popupState`'s decision.
 */

interface Tab {
  id: number;
  url: string | undefined;
  /** The extension reads this site by itself (a supported shop, or a site the user added). */
  siteRead: boolean;
}

/**
 * Whether the popup is a page of its own rather than a popup under the toolbar: opened for
 * `?tab=ID` (the browser tests do this, as a real popup cannot be screenshotted), or on Firefox
 * for Android, which opens an extension's popup as a page. A page takes the screen's width; a
 * popup is 380 px wide.
 */
export function opensAsPage(search: string, os: string | null): boolean {
  return new URLSearchParams(search).has('tab') || os === 'android';
}

/** The tab the popup reports on: the active tab, or `?tab=ID`. */
async function reportedTab(): Promise<Tab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    return withSite(requested, (await browser.tabs.get(requested).catch(() => null))?.url);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : withSite(tab.id, tab.url);
}

async function withSite(id: number, url: string | undefined): Promise<Tab> {
  return { id, url, siteRead: url !== undefined && (await readsSite(url).catch(() => false)) };
}

/** The scan of the page in the tab, as its scanner answers, asking again a few times if told. */
async function scanOf(tab: Tab | null, attempts = 1): Promise<PageScan | null> {
  if (!tab) return null;
  for (let i = 0; i < attempts; i++) {
    try {
      const scan = await sendMessage('getPageScan', undefined, tab.id);
      if (scan) return scan;
    } catch {
      // No scanner on this tab: not a product page, or not a site the extension reads.
    }
    if (i < attempts - 1) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Where the extension reads the site, the loader ran and found no product to load the scanner
  // for. Elsewhere no answer means the page was not read.
  return tab.siteRead && tab.url ? noProductScan(tab.url) : null;
}

function PopupRoot({ tab, initial }: { tab: Tab | null; initial: PageScan | null }) {
  const [scan, setScan] = useState(initial);
  const web = tab?.url !== undefined && /^https?:/.test(tab.url);
  const readAgain = async (): Promise<void> => setScan(await scanOf(tab, 8));
  return (
    <PopupApp
      scan={scan}
      locale={uiLocale()}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openToday={() => void browser.tabs.create({ url: browser.runtime.getURL('/today.html') })}
      offers={{ readOnce: web, addSite: web && !(tab?.siteRead ?? false) }}
      checkThisPage={async () => {
        if (!tab) return;
        await checkTabOnce(tab.id);
        await readAgain();
      }}
      alwaysCheckThisSite={async () => {
        if (tab?.url && (await alwaysCheckSite(tab.url))) {
          await checkTabOnce(tab.id);
          await readAgain();
        }
      }}
    />
  );
}

/** Renders the popup into `root` for the tab it reports on. */
export async function startPopup(root: HTMLElement): Promise<void> {
  const os = await browser.runtime.getPlatformInfo().then(
    (info) => info.os as string,
    () => null,
  );
  document.documentElement.lang = t('language');
  document.documentElement.classList.toggle('page', opensAsPage(location.search, os));
  const tab = await reportedTab();
  render(<PopupRoot tab={tab} initial={await scanOf(tab)} />, root);
}
