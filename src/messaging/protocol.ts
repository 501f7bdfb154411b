import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageScan } from '../extract/page-scan';
import type { PageMarks } from '../verdict/page-marks';

/** Every message between the loader, the page scanner, the background and the popup, typed in one place. */
export interface ProtocolMap {
  /**
   * Loader → background: this page may show a product (or it just became one); inject the page
   * scanner into the sender's frame. Resolves once the scanner runs.
   */
  loadScanner(): void;
  /**
   * Scanner → background: what this tab's page holds, to set the tab's badge. The answer
   * is what to mark in the page's list (the background knows the patient's windows).
   */
  pageScanned(scan: PageScan): PageMarks;
  /** Background → scanner: the marks changed (settings, switch, or a window ended). */
  marksChanged(marks: PageMarks): void;
  /**
   * Popup → page: the scan of the page in the active tab, answered by the scanner, or by
   * the loader for a page it found no product on.
   */
  getPageScan(): PageScan | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * Scanner → loader, in the page: the scanner now answers the popup. A DOM event, as both run in
 * the same page; a page that fires it itself only silences the loader's "not a product" answer.
 */
export const SCANNER_STARTED_EVENT = 'aftercare-lens:scanner-started';
