import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageScan } from '../extract/page-scan';
import type { PageMarks } from '../verdict/page-marks';

/**
 * Every message between the page scanner, the background and the popup, typed in one place. The
 * loader's one request goes raw, to stay small: src/messaging/scanner-request.ts.
 */
export interface ProtocolMap {
  /**
   * Scanner → background: what this tab's page holds, to set the tab's badge. The answer
   * is what to mark in the page's list (the background knows the patient's windows).
   */
  pageScanned(scan: PageScan): PageMarks;
  /** Background → scanner: the marks changed (settings, switch, or a window ended). */
  marksChanged(marks: PageMarks): void;
  /**
   * Popup → page: the scan of the page in the active tab, answered by the scanner. Where no
   * scanner runs (the loader found no product, or the extension does not read the site), nobody
   * answers and the popup says the page is not a product page it reads.
   */
  getPageScan(): PageScan | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
