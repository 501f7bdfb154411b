import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { reloadDemoTabOnInstall } from '../dev/reload-demo-tab';
import { badgeFor } from '../src/badge/badge-text';
import { onMessage } from '../src/messaging/protocol';

export default defineBackground(() => {
  if (import.meta.env.DEV) reloadDemoTabOnInstall();
  onMessage('pageScanned', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const badge = badgeFor(data.analysis);
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  });
});
