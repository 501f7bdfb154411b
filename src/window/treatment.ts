import * as v from 'valibot';
import {
  TREATMENT_TYPES,
  WindowSettingSchema,
  forEveryKey,
  type TreatmentType,
  type WindowKey,
  type WindowSetting,
} from './keys';
import { PRESET_IDS, presetType, type PresetId } from './preset-schema';
import { presetFor } from './presets';
import { isValidTimeZone, toOffsetIso } from './zone';

export { TREATMENT_TYPES, WINDOW_KEYS, WindowSettingSchema, nominalHours } from './keys';
export type { BeforeSetting, TreatmentType, WindowKey, WindowSetting } from './keys';
export type { PresetId } from './preset-schema';

/** A treatment the patient has had or booked. */
export interface Treatment {
  /** Unique within `Settings.treatments`; chosen by whoever creates the treatment. */
  id: string;
  type: TreatmentType;
  /** Needle depth in millimetres, microneedling only (null when unknown or another type). */
  depthMm: number | null;
  /**
   * When it was (or will be) done: ISO 8601 with an offset, e.g. `2026-11-24T18:00:00+01:00`.
   * The instant is what counts; the offset only makes the stored text readable.
   */
  performedAt: string;
  /** The IANA zone it was entered in (`Europe/Berlin`): day windows count calendar days here. */
  timeZone: string;
  preset: PresetId;
  /** The patient's or clinician's own windows, replacing the preset's for these keys. */
  overrides: Partial<Record<WindowKey, WindowSetting>>;
  note?: string;
}

export const SETTINGS_VERSION = 1;

export interface Settings {
  /** Bumped when the stored shape changes, so storage can migrate rather than drop. */
  version: typeof SETTINGS_VERSION;
  treatments: Treatment[];
  /** Warn ahead of a booked treatment (e.g. stop retinoids a week before). Off by default. */
  preTreatmentWarning: { enabled: boolean };
}

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, treatments: [], preTreatmentWarning: { enabled: false } };
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant an ISO 8601 date-time with an offset names (`2026-11-24T18:00:00+01:00`,
 * `…T17:00Z`), or null when the text is not one, has no offset, or names a day that does not
 * exist (`Date.parse` would roll 30 February over to March). Parsed by hand, not by
 * `Date.parse`, because engines differ on what else they accept.
 */
export function parseInstant(text: string): Date | null {
  const m = ISO_INSTANT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? '0');
  const millisecond = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetHours = Number(m[10] ?? '0');
  const offsetMinutes = Number(m[11] ?? '0');
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, second, millisecond);
  const offsetMs = (m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes)) * 60_000;
  return new Date(date.getTime() - offsetMs);
}

const OptionalWindowSetting = v.optional(WindowSettingSchema);

// Stored values are read with `v.object`, not `v.strictObject`: a field written by a newer
// version is dropped instead of making the whole record unreadable.
export const TreatmentSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    type: v.picklist(TREATMENT_TYPES),
    // RF microneedling tips reach a few millimetres; 10 mm only catches a slip (cm for mm).
    depthMm: v.nullable(v.pipe(v.number(), v.gtValue(0), v.maxValue(10))),
    performedAt: v.pipe(
      v.string(),
      v.check((s) => parseInstant(s) !== null, 'not an ISO 8601 date-time with an offset'),
    ),
    timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'not a time zone this browser knows')),
    preset: v.picklist(PRESET_IDS),
    overrides: v.object(forEveryKey(OptionalWindowSetting)),
    note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  }),
  v.forward(
    v.check((t) => t.depthMm === null || t.type === 'microneedling', 'only microneedling has a needle depth'),
    ['depthMm'],
  ),
  v.forward(
    v.check((t) => presetType(t.preset) === t.type, 'the preset is for another treatment type'),
    ['preset'],
  ),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  treatments: v.pipe(
    v.array(TreatmentSchema),
    // A bound keeps nextBoundary cheap and the stored value small; nobody logs 100 treatments.
    v.maxLength(100),
    v.check(
      (treatments) => new Set(treatments.map((t) => t.id)).size === treatments.length,
      'two treatments share an id',
    ),
  ),
  preTreatmentWarning: v.optional(v.object({ enabled: v.boolean() }), () => ({ enabled: false })),
});

/** A new treatment at an instant, with the preset its type and depth call for. */
export function newTreatment(
  id: string,
  at: Date,
  timeZone: string,
  type: TreatmentType = 'microneedling',
): Treatment {
  return {
    id,
    type,
    depthMm: null,
    performedAt: toOffsetIso(at, timeZone),
    timeZone,
    preset: presetFor(type, null).id,
    overrides: {},
  };
}
