import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BOUNDARY_ALARM, refreshAll } from '../../src/background/badges';
import { rememberedScans, rememberScan } from '../../src/background/tab-scans';
import type { PageScan } from '../../src/extract/page-scan';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { loadSettings, saveSettings, unreadableSettingsItem } from '../../src/storage/settings-store';
import type { Settings } from '../../src/window/treatment';
import { installFakeSiteAccess } from '../permissions/fake-site-access';

const DAY_MS = 24 * 60 * 60 * 1000;
const TAB = 7;

function retinolSerum(url = 'https://www.sephora.com/product/night-retinol-serum-P500001'): PageScan {
  const text = 'Water, Glycerin, Retinol, Phenoxyethanol';
  return {
    url,
    product: {
      title: 'Night Serum',
      brand: 'Glow Lab',
      breadcrumbs: [],
      category: null,
      variant: null,
      type: 'serum',
    },
    isCosmeticProduct: true,
    list: { text, source: 'sephora: ingredients panel' },
    analysis: analyzeLabel(text, { productType: 'serum' }),
  };
}

function treatedDaysAgo(days: number): Settings {
  return {
    version: 1,
    preTreatmentWarning: { enabled: false },
    treatments: [
      {
        id: 't1',
        type: 'microneedling',
        depthMm: null,
        performedAt: new Date(Date.now() - days * DAY_MS).toISOString(),
        timeZone: 'UTC',
        preset: 'microneedling-guide',
        overrides: {},
      },
    ],
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
/**
 * A service worker starting: fresh modules (nothing kept in memory from before), the background's
 * main function run, storage as it was left.
 */
const startWorker = async (): Promise<void> => {
  vi.resetModules();
  const { default: background } = await import('../../entrypoints/background');
  background.main();
  await settle();
};

beforeEach(() => {
  fakeBrowser.reset();
  installFakeSiteAccess();
});

describe('the service worker stopping and starting again', () => {
  test('stopped mid-update (badges set, the alarm for the window’s end not yet): it catches up when it starts', async () => {
    const settings = treatedDaysAgo(1);
    await saveSettings(settings);
    await rememberScan(TAB, retinolSerum());
    // The worker is stopped while it updates: the alarm is never made.
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValueOnce(new Error('service worker stopped'));
    await expect(refreshAll()).rejects.toThrow('service worker stopped');
    expect(await fakeBrowser.alarms.get(BOUNDARY_ALARM)).toBeUndefined();

    await startWorker();
    // Retinoids: 5 days after the treatment, and a second, so the status read then is the new one.
    const alarm = await fakeBrowser.alarms.get(BOUNDARY_ALARM);
    expect(alarm?.scheduledTime).toBe(
      Date.parse(settings.treatments[0]?.performedAt ?? '') + 5 * DAY_MS + 1000,
    );
    expect(await badge()).toBe('1');
    // The treatment is as the patient saved it, and nothing was reported unreadable.
    expect(await loadSettings()).toEqual({ settings, problem: null, migrated: false });
    expect(await unreadableSettingsItem.getValue()).toBeNull();
  });

  test('a tab read before the restart still follows the settings after it', async () => {
    await saveSettings(treatedDaysAgo(1));
    await rememberScan(TAB, retinolSerum());
    await startWorker();
    expect(await badge()).toBe('1');
    // The patient removes the treatment: the restarted worker clears the badge.
    await saveSettings({ ...treatedDaysAgo(1), treatments: [] });
    await settle();
    expect(await badge()).toBe('');
  });

  test('a window that ended while the worker was stopped is over when it starts', async () => {
    await saveSettings(treatedDaysAgo(6));
    await rememberScan(TAB, retinolSerum());
    await fakeBrowser.action.setBadgeText({ tabId: TAB, text: '1' });
    await startWorker();
    expect(await badge()).toBe('');
  });
});

describe('session storage full', () => {
  test('the other tabs’ scans make room for this one; its badge is still set', async () => {
    await rememberScan(1, retinolSerum('https://www.sephora.com/product/a-P1'));
    await rememberScan(2, retinolSerum('https://www.sephora.com/product/b-P2'));
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(
      new Error('Session storage quota bytes exceeded. Values were not stored.'),
    );
    await rememberScan(TAB, retinolSerum());
    expect([...(await rememberedScans()).keys()]).toEqual([TAB]);
  });
});
