import * as v from 'valibot';
import { type Settings, SettingsSchema } from '../../window/treatment';

const FORMAT = 'aftercare-lens-settings';

/** The export file: the settings with a marker saying what the file is. */
export function settingsFile(settings: Settings, now: Date): string {
  return `${JSON.stringify({ format: FORMAT, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Reads an export file back, checking every field; the error says what is wrong in a few words. */
export function readSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not a JSON file' };
  }
  const wrapped = typeof data === 'object' && data !== null && 'settings' in data;
  if (wrapped && (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, error: 'it is not an Aftercare Lens settings file' };
  }
  const parsed = v.safeParse(SettingsSchema, wrapped ? (data as { settings: unknown }).settings : data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `${where ? `${where}: ` : ''}${issue?.message ?? 'unexpected content'}` };
  }
  return { ok: true, settings: parsed.output as Settings };
}
