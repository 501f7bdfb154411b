import { browser } from 'wxt/browser';
import { badgeFor } from '../badge/badge-text';
import type { PageScan } from '../extract/page-scan';
import { loadSettings } from '../storage/settings-store';
import { sendMessage } from '../messaging/protocol';
import { loadPreferences } from '../storage/preferences-store';
import { NO_MARKS, type PageMarks, pageMarks } from '../verdict/page-marks';
import { productVerdict } from '../verdict/product-verdict';
import type { Settings } from '../window/treatment';
import { nextBoundary } from '../window/window-status';
import { rememberedScans } from './tab-scans';

export const BOUNDARY_ALARM = 'window-boundary';

async function showBadge(tabId: number, scan: PageScan, settings: Settings, now: Date): Promise<void> {
  const verdict = scan.isCosmeticProduct
    ? productVerdict({ analysis: scan.analysis, productType: scan.product?.type ?? null }, settings, now)
    : null;
  const badge = badgeFor(verdict);
  try {
    // The colour first, so the number never shows on the default colour for a moment.
    if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setBadgeText({ tabId, text: badge.text });
  } catch {
    // The tab closed between the scan and now; there is no badge to set.
  }
}

/** Sets one tab's badge from its scan and the current settings; returns what the page should mark. */
export async function refreshTab(tabId: number, scan: PageScan): Promise<PageMarks> {
  const [{ settings }, preferences] = await Promise.all([loadSettings(), loadPreferences()]);
  const now = new Date();
  await showBadge(tabId, scan, settings, now);
  return pageMarks(scan, settings, preferences, now);
}

/**
 * Sets every known tab's badge again and schedules an alarm for the next window boundary, so a
 * badge goes quiet when a window ends without relying on a long-lived service worker.
 */
export async function refreshAll(now = new Date()): Promise<void> {
  const [{ settings }, preferences] = await Promise.all([loadSettings(), loadPreferences()]);
  for (const [tabId, scan] of await rememberedScans()) {
    await showBadge(tabId, scan, settings, now);
    const marks = pageMarks(scan, settings, preferences, now);
    // The tab may have navigated away from the scanner; then there is nothing to mark.
    await sendMessage('marksChanged', marks, tabId).catch(() => NO_MARKS);
  }
  const next = nextBoundary(settings, now);
  await browser.alarms.clear(BOUNDARY_ALARM);
  // A second past the boundary, so the status read at the alarm is already the new one.
  if (next) await browser.alarms.create(BOUNDARY_ALARM, { when: next.getTime() + 1000 });
}
