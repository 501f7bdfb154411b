import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageScan } from '../extract/page-scan';

/** Every message between the content script, the background and the popup, typed in one place. */
export interface ProtocolMap {
  /** Content script → background: what this tab's page holds, to set the tab's badge. */
  pageScanned(scan: PageScan): void;
  /** Popup → content script: the scan of the page in the active tab. */
  getPageScan(): PageScan | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
