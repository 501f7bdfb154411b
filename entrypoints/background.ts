import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../src/badge/badge-text';
import { onMessage } from '../src/messaging/protocol';

export default defineBackground(() => {
  onMessage('pageScanned', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const badge = badgeFor(data.analysis);
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  });
});
