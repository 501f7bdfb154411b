import { browser } from 'wxt/browser';
import { badgeFor } from '../badge/badge-text';
import type { PageScan } from '../extract/page-scan';
import { loadSettings } from '../storage/settings-store';
import { sendMessage } from '../messaging/protocol';
import { loadPreferences } from '../storage/preferences-store';
import { loadProducts } from '../storage/products-store';
import { sendReminders } from '../reminders/send';
import { nextChange } from '../routine/today';
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
 * Sets every known tab's badge again, sends the reminders of what changed (when they are on),
 * and schedules one alarm for the next change: a window boundary, or a step of the way back for
 * the patient's products. So a badge goes quiet, and a reminder goes out, without relying on a
 * long-lived service worker.
 */
export async function refreshAll(now = new Date()): Promise<void> {
  const [{ settings }, preferences, { shelf }] = await Promise.all([
    loadSettings(),
    loadPreferences(),
    loadProducts(),
  ]);
  for (const [tabId, scan] of await rememberedScans()) {
    await showBadge(tabId, scan, settings, now);
    const marks = pageMarks(scan, settings, preferences, now);
    // The tab may have navigated away from the scanner; then there is nothing to mark.
    await sendMessage('marksChanged', marks, tabId).catch(() => NO_MARKS);
  }
  await sendReminders(shelf.products, settings, now).catch(() => undefined);
  const next = earliest(nextBoundary(settings, now), nextChange(shelf.products, settings, now)?.at ?? null);
  await browser.alarms.clear(BOUNDARY_ALARM);
  // A second past the boundary, so the status read at the alarm is already the new one.
  if (next) await browser.alarms.create(BOUNDARY_ALARM, { when: next.getTime() + 1000 });
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() <= b.getTime() ? a : b;
}
