import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { defaultSettings, type Settings, SettingsSchema } from '../window/treatment';
import { issueProblem, type Problem, ProblemError } from './problem';
import { parsedIfText, readSettings } from './versions';

/**
 * The patient's treatments, in `storage.local` only: treatment dates are health data and stay on
 * this device (never `sync`). The value carries its own `version`, and every read goes through
 * `readSettings` (`versions.ts`), the same path an imported file takes; the item itself has no
 * WXT version, so there is one marker and one migration path.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });

/** A copy of anything stored that could not be read, kept so nothing the patient entered is lost. */
export const unreadableSettingsItem = storage.defineItem<{ savedAt: string; value: unknown } | null>(
  'local:settings-unreadable',
  { fallback: null },
);

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored value could not be used; null when all was well. The UI words it. */
  problem: Problem | null;
  /** The value was written by an older version and was brought up to date in reading. */
  migrated: boolean;
}

/** Reads a stored value: a valid one (of any version) as is, nothing as the defaults, anything else as a problem. */
export function readStoredSettings(raw: unknown): LoadedSettings {
  if (raw === null || raw === undefined)
    return { settings: defaultSettings(), problem: null, migrated: false };
  const read = readSettings(parsedIfText(raw));
  return read.ok
    ? { settings: read.value, problem: null, migrated: read.from < read.value.version }
    : { settings: defaultSettings(), problem: read.problem, migrated: false };
}

/**
 * The settings as stored. A value that fails validation is copied aside (once) and reported, and
 * the defaults are returned in its place; the stored value itself is left untouched until the
 * patient saves again. A value from an older version is stored again in today's shape.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  const loaded = readStoredSettings(raw);
  if (loaded.problem) {
    const kept = await unreadableSettingsItem.getValue();
    if (!kept || JSON.stringify(kept.value) !== JSON.stringify(raw)) {
      await unreadableSettingsItem.setValue({ savedAt: new Date().toISOString(), value: raw });
    }
  } else if (loaded.migrated) {
    await settingsItem.setValue(loaded.settings);
  }
  return loaded;
}

/** Validates and stores the settings; a value that would not read back is refused, not written. */
export async function saveSettings(settings: Settings): Promise<void> {
  const parsed = v.safeParse(SettingsSchema, settings);
  if (!parsed.success) throw new ProblemError(issueProblem(parsed.issues));
  await settingsItem.setValue(parsed.output);
}

/** Calls back with the settings whenever another page or the background changes them. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((raw) => callback(readStoredSettings(raw)));
}
