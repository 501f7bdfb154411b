import { browser } from 'wxt/browser';

/** On first install, the options page opens with a short welcome and the date field ready. */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
  });
}
