import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadSettings,
  saveSettings,
  settingsItem,
  unreadableSettingsItem,
  watchSettings,
} from '../../src/storage/settings-store';
import { defaultSettings, type Settings } from '../../src/window/treatment';

const microneedling: Settings['treatments'][number] = {
  id: 't1',
  type: 'microneedling',
  depthMm: 1,
  performedAt: '2026-11-24T18:00:00+01:00',
  timeZone: 'Europe/Berlin',
  preset: 'microneedling-medical',
  overrides: { retinoid: { kind: 'days', days: 14 } },
};

const treated: Settings = {
  version: 1,
  preTreatmentWarning: { enabled: false },
  treatments: [microneedling],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('treatment settings in storage.local', () => {
  test('nothing stored yet: the defaults, no problem', async () => {
    expect(await loadSettings()).toEqual({ settings: defaultSettings(), problem: null, migrated: false });
  });

  test('what is saved is read back, in local storage (never sync)', async () => {
    await saveSettings(treated);
    expect(await loadSettings()).toEqual({ settings: treated, problem: null, migrated: false });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: treated });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('a write the browser refuses (storage full): the caller hears of it, the saved treatment stays', async () => {
    await saveSettings(treated);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    await expect(saveSettings({ ...treated, treatments: [] })).rejects.toThrow('quota exceeded');
    expect(await loadSettings()).toEqual({ settings: treated, problem: null, migrated: false });
  });

  test('a value without a pre-treatment flag (an earlier shape) is read with the flag off', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 1, treatments: treated.treatments } });
    expect(await loadSettings()).toEqual({ settings: treated, problem: null, migrated: false });
  });

  test('the value carries its own version, the one marker; the storage item has none besides', async () => {
    await saveSettings(treated);
    expect(await settingsItem.getMeta()).toEqual({});
  });

  test('a value stored as a JSON string is still read', async () => {
    await fakeBrowser.storage.local.set({ settings: JSON.stringify(treated) });
    expect((await loadSettings()).settings).toEqual(treated);
  });

  test.each([
    ['corrupt JSON', '{"version":1,"treatments":[{"id":"t1",', { code: 'wrong-type', path: null }],
    ['wrong types', { version: 1, treatments: 'yesterday' }, { code: 'wrong-type', path: 'treatments' }],
    [
      'a bad date',
      { ...treated, treatments: [{ ...microneedling, performedAt: '2026-02-30T10:00:00Z' }] },
      { code: 'not-an-instant', path: 'treatments.0.performedAt' },
    ],
    ['a newer version', { ...treated, version: 7 }, { code: 'newer-version', path: 'version' }],
    ['a version never written', { ...treated, version: 'one' }, { code: 'unknown-version', path: 'version' }],
  ])('%s: reported, kept aside, never silently dropped', async (_, raw, problem) => {
    await fakeBrowser.storage.local.set({ settings: raw });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.problem).toEqual(problem);
    expect((await unreadableSettingsItem.getValue())?.value).toEqual(raw);
    // The stored value itself is untouched until the patient saves again.
    expect(await settingsItem.getValue()).toEqual(raw);
  });

  test('an invalid value is refused, not written', async () => {
    await saveSettings(treated);
    await expect(
      saveSettings({ ...treated, treatments: [{ ...microneedling, timeZone: 'Mars/Olympus' }] }),
    ).rejects.toMatchObject({ problem: { code: 'unknown-time-zone', path: 'treatments.0.timeZone' } });
    expect((await loadSettings()).settings).toEqual(treated);
  });

  test('other pages hear about changes', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((loaded) => seen.push(loaded.settings));
    await saveSettings(treated);
    unwatch();
    expect(seen).toEqual([treated]);
  });
});
