import { browser } from 'wxt/browser';
import { render } from 'preact';
import { sendMessage } from '../../src/messaging/protocol';
import { ScanSummary } from '../../src/ui/ScanSummary';
import type { PageScan } from '../../src/extract/page-scan';
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
if (root) render(<ScanSummary scan={await activeTabScan()} />, root);
