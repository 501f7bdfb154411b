import { storage } from 'wxt/utils/storage';
import type { PageScan } from '../extract/page-scan';

/**
 * The last scan of each tab, in session storage: the service worker may stop at any time, and
 * the badge must still be recomputed when a window ends or the settings change. Cleared when the
 * browser closes; never written to disk-backed storage.
 */
const tabScansItem = storage.defineItem<Record<string, PageScan>>('session:tab-scans', { fallback: {} });

/**
 * Keeps a tab's scan. When session storage is full (its quota is shared by every open tab), the
 * other tabs' scans are dropped to make room: their badges stay as they are until those pages are
 * read again, while this tab's badge is the one the patient is looking at.
 */
export async function rememberScan(tabId: number, scan: PageScan): Promise<void> {
  try {
    await tabScansItem.setValue({ ...(await tabScansItem.getValue()), [tabId]: scan });
  } catch {
    await tabScansItem.setValue({ [tabId]: scan });
  }
}

export async function forgetTab(tabId: number): Promise<void> {
  const { [tabId]: _gone, ...rest } = await tabScansItem.getValue();
  await tabScansItem.setValue(rest);
}

export async function rememberedScans(): Promise<Map<number, PageScan>> {
  return new Map(Object.entries(await tabScansItem.getValue()).map(([id, scan]) => [Number(id), scan]));
}
