import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export interface Preferences {
  /** Mark flagged names inside the page's own ingredient list. */
  highlight: boolean;
}

const PreferencesSchema = v.object({ highlight: v.optional(v.boolean(), true) });
const DEFAULTS: Preferences = { highlight: true };

/** How the extension shows what it finds; local to this device like everything else. */
export const preferencesItem = storage.defineItem<unknown>('local:preferences', {
  fallback: null,
  version: 1,
  migrations: {},
});

export function readPreferences(raw: unknown): Preferences {
  const parsed = v.safeParse(PreferencesSchema, raw ?? {});
  return parsed.success ? parsed.output : DEFAULTS;
}

export async function loadPreferences(): Promise<Preferences> {
  return readPreferences(await preferencesItem.getValue());
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await preferencesItem.setValue(preferences);
}

export function watchPreferences(callback: (preferences: Preferences) => void): () => void {
  return preferencesItem.watch((raw) => callback(readPreferences(raw)));
}
