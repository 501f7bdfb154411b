import { browser } from 'wxt/browser';
import { render } from 'preact';
import { sendMessage } from '../../src/messaging/protocol';
import { ScanSummary } from '../../src/ui/ScanSummary';
import type { PageScan } from '../../src/extract/page-scan';
import './style.css';

async function activeTabScan(): Promise<PageScan | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return await sendMessage('getPageScan', undefined, tab.id);
  } catch {
    // No content script on this tab: not a page the extension reads.
    return null;
  }
}

const root = document.getElementById('app');
if (root) render(<ScanSummary scan={await activeTabScan()} />, root);
