import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, SettingsSchema, SETTINGS_VERSION } from '../window/treatment';

/**
 * The patient's treatments, in `storage.local` only: treatment dates are health data and stay on
 * this device (never `sync`). The item is versioned from the first release so a later shape is a
 * migration, never a reset.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: null,
  version: SETTINGS_VERSION,
  migrations: {},
});

/** A copy of anything stored that could not be read, kept so nothing the patient entered is lost. */
export const unreadableSettingsItem = storage.defineItem<{ savedAt: string; value: unknown } | null>(
  'local:settings-unreadable',
  { fallback: null },
);

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored value could not be used, in one sentence; null when all was well. */
  problem: string | null;
}

/** Reads a stored value: a valid one as is, nothing as the defaults, anything else as a problem. */
export function readStoredSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined) return { settings: defaultSettings(), problem: null };
  const parsed = v.safeParse(SettingsSchema, typeof raw === 'string' ? safeJson(raw) : raw);
  if (parsed.success) return { settings: parsed.output as Settings, problem: null };
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return {
    settings: defaultSettings(),
    problem: `Your saved treatments could not be read (${where ? `${where}: ` : ''}${issue?.message ?? 'unknown shape'}). A copy was kept; export it from the options page or enter the treatment again.`,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The settings as stored. A value that fails validation is copied aside (once) and reported, and
 * the defaults are returned in its place; the stored value itself is left untouched until the
 * patient saves again.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  const loaded = readStoredSettings(raw);
  if (loaded.problem) {
    const kept = await unreadableSettingsItem.getValue();
    if (!kept || JSON.stringify(kept.value) !== JSON.stringify(raw)) {
      await unreadableSettingsItem.setValue({ savedAt: new Date().toISOString(), value: raw });
    }
  }
  return loaded;
}

/** Validates and stores the settings; a value that would not read back is refused, not written. */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = v.safeParse(SettingsSchema, settings);
  if (!parsed.success) throw new Error(`settings not saved: ${parsed.issues[0]?.message ?? 'invalid'}`);
  await settingsItem.setValue(parsed.output);
}

/** Calls back with the settings whenever another page or the background changes them. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((raw) => callback(readStoredSettings(raw)));
}
