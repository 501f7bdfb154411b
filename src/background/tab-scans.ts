import { storage } from 'wxt/utils/storage';
import type { PageScan } from '../extract/page-scan';

/**
 * The last scan of each tab, in session storage: the service worker may stop at any time, and
 * the badge must still be recomputed when a window ends or the settings change. Cleared when the
 * browser closes; never written to disk-backed storage.
 */
const tabScansItem = storage.defineItem<Record<string, PageScan>>('session:tab-scans', { fallback: {} });

export async function rememberScan(tabId: number, scan: PageScan): Promise<void> {
  await tabScansItem.setValue({ ...(await tabScansItem.getValue()), [tabId]: scan });
}

export async function forgetTab(tabId: number): Promise<void> {
  const { [tabId]: _gone, ...rest } = await tabScansItem.getValue();
  await tabScansItem.setValue(rest);
}

export async function rememberedScans(): Promise<Map<number, PageScan>> {
  return new Map(Object.entries(await tabScansItem.getValue()).map(([id, scan]) => [Number(id), scan]));
}
