import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { sendMessage } from '../../src/messaging/protocol';
import { alwaysCheckSite, checkTabOnce, readsSite } from '../../src/permissions/site-access';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import './style.css';

interface Tab {
  id: number;
  url: string | undefined;
  /** The extension reads this site by itself (a supported shop, or a site the user added). */
  siteRead: boolean;
}

/**
 * The tab the popup reports on: the active tab, or `?tab=ID` when the popup is opened as a page
 * of its own (the browser tests do this, as a real popup cannot be screenshotted).
 */
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
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
      openToday={() => void browser.tabs.create({ url: browser.runtime.getURL('/today.html') })}
      {...(tab && web && !scan?.product
        ? {
            checkThisPage: async () => {
              await checkTabOnce(tab.id);
              await readAgain();
            },
          }
        : {})}
      {...(tab && web && !scan && !tab.siteRead
        ? {
            alwaysCheckThisSite: async () => {
              if (tab.url && (await alwaysCheckSite(tab.url))) {
                await checkTabOnce(tab.id);
                await readAgain();
              }
            },
          }
        : {})}
    />
  );
}

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  const tab = await reportedTab();
  render(<PopupRoot tab={tab} initial={await scanOf(tab)} />, root);
}
