import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { shopAddressShowsProduct } from '../../src/extract/product-signal';
import { sendMessage } from '../../src/messaging/protocol';
import { alwaysCheckSite, checkTabOnce } from '../../src/permissions/site-access';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import './style.css';

interface Tab {
  id: number;
  url: string | undefined;
}

/**
 * The tab the popup reports on: the active tab, or `?tab=ID` when the popup is opened as a page
 * of its own (the browser tests do this, as a real popup cannot be screenshotted).
 */
async function reportedTab(): Promise<Tab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    return { id: requested, url: (await browser.tabs.get(requested).catch(() => null))?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
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
  // A supported shop's page at an address that is no product's: the loader ran and rightly
  // loaded no scanner. Elsewhere no answer means the page was not read.
  return tab.url && isShopPageWithoutProduct(tab.url) ? noProductScan(tab.url) : null;
}

function isShopPageWithoutProduct(href: string): boolean {
  try {
    return shopAddressShowsProduct(new URL(href)) === false;
  } catch {
    return false;
  }
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
      {...(tab && web && !scan?.product
        ? {
            checkThisPage: async () => {
              await checkTabOnce(tab.id);
              await readAgain();
            },
          }
        : {})}
      {...(tab && web && !scan
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
