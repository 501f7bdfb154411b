import { browser } from 'wxt/browser';
import { DEMO_PAGE_MATCH } from './demo-page';

/**
 * Development only: `npm run dev` opens the demo page before the extension is loaded, so the
 * content script misses it; reloading the tab once the extension is installed fixes that.
 */
export function reloadDemoTabOnInstall(): void {
  browser.runtime.onInstalled.addListener(async () => {
    for (const tab of await browser.tabs.query({ url: DEMO_PAGE_MATCH })) {
      if (tab.id !== undefined) await browser.tabs.reload(tab.id);
    }
  });
}
