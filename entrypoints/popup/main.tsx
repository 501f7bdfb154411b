import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PageScan } from '../../src/extract/page-scan';
import { sendMessage } from '../../src/messaging/protocol';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import './style.css';

/**
 * The tab the popup reports on: the active tab, or `?tab=ID` when the popup is opened as a page
 * of its own (the browser tests do this, as a real popup cannot be screenshotted).
 */
async function reportedTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function activeTabScan(): Promise<PageScan | null> {
  const tabId = await reportedTabId();
  if (tabId === undefined) return null;
  try {
    return await sendMessage('getPageScan', undefined, tabId);
  } catch {
    // No content script on this tab: not a page the extension reads.
    return null;
  }
}

const root = document.getElementById('app');
document.documentElement.lang = navigator.language;
if (root) {
  render(
    <PopupApp
      scan={await activeTabScan()}
      locale={navigator.language}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}
