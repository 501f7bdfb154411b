import { browser } from 'wxt/browser';
import { badgeFor } from '../badge/badge-text';
import type { PageScan } from '../extract/page-scan';
import { loadSettings } from '../storage/settings-store';
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
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.color) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  } catch {
    // The tab closed between the scan and now; there is no badge to set.
  }
}

/** Sets one tab's badge from its scan and the current settings. */
export async function refreshTab(tabId: number, scan: PageScan): Promise<void> {
  const { settings } = await loadSettings();
  await showBadge(tabId, scan, settings, new Date());
}

/**
 * Sets every known tab's badge again and schedules an alarm for the next window boundary, so a
 * badge goes quiet when a window ends without relying on a long-lived service worker.
 */
export async function refreshAll(now = new Date()): Promise<void> {
  const { settings } = await loadSettings();
  for (const [tabId, scan] of await rememberedScans()) await showBadge(tabId, scan, settings, now);
  const next = nextBoundary(settings, now);
  await browser.alarms.clear(BOUNDARY_ALARM);
  // A second past the boundary, so the status read at the alarm is already the new one.
  if (next) await browser.alarms.create(BOUNDARY_ALARM, { when: next.getTime() + 1000 });
}
