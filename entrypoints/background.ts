import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { reloadDemoTabOnInstall } from '../dev/reload-demo-tab';
import { BOUNDARY_ALARM, refreshAll, refreshTab } from '../src/background/badges';
import { registerCheckMenu } from '../src/background/check-selection';
import { openWelcomeOnInstall } from '../src/background/first-run';
import { followSiteAccess } from '../src/background/follow-site-access';
import { forgetTab, rememberScan } from '../src/background/tab-scans';
import { onMessage } from '../src/messaging/protocol';
import { isScannerRequest } from '../src/messaging/scanner-request';
import { loadScanner } from '../src/permissions/site-access';
import { watchPreferences } from '../src/storage/preferences-store';
import { watchProducts } from '../src/storage/products-store';
import { watchSettings } from '../src/storage/settings-store';
import { openTodayOnClick } from '../src/reminders/send';
import { NO_MARKS } from '../src/verdict/page-marks';

export default defineBackground(() => {
  if (import.meta.env.DEV) reloadDemoTabOnInstall();
  openWelcomeOnInstall();
  followSiteAccess();
  registerCheckMenu();
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    // Not answered: the loader does not wait, and other messages are the messaging library's.
    if (isScannerRequest(message) && tabId !== undefined) {
      loadScanner(tabId, sender.frameId ?? 0).catch(() => undefined);
    }
    return undefined;
  });
  onMessage('pageScanned', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return NO_MARKS;
    // A scan that cannot be kept (session storage refused it) still sets this tab's badge now.
    await rememberScan(tabId, data).catch(() => undefined);
    return refreshTab(tabId, data);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BOUNDARY_ALARM) void refreshAll();
  });
  watchSettings(() => void refreshAll());
  watchPreferences(() => void refreshAll());
  watchProducts(() => void refreshAll());
  // A reminder's click opens Today. The API is there only once reminders are on; sending one
  // registers the listener too, for reminders switched on while this worker runs.
  openTodayOnClick();
  // The worker may have slept through a boundary: catch up whenever it starts.
  void refreshAll();
});
