import * as v from 'valibot';
import { FAMILY_IDS, type FamilyId } from '../ingredients/family-schema';

/**
 * The vocabulary shared by treatments (`treatment.ts`) and presets (`preset-schema.ts`). It lives
 * in its own module so those two can import each other's names without an import cycle.
 */

export const TREATMENT_TYPES = [
  'microneedling',
  'chemical-peel',
  'laser-resurfacing',
  'dermaplaning',
  'microdermabrasion',
  'other',
] as const;
export type TreatmentType = (typeof TREATMENT_TYPES)[number];

/**
 * What a window can be about: an ingredient family, or makeup. Makeup is a product type, not an
 * ingredient family, and the aftercare guide gives it its own window (24 hours).
 */
export const WINDOW_KEYS = [...FAMILY_IDS, 'makeup'] as const;
export type WindowKey = FamilyId | 'makeup';

/** An object with the same value for every window key, for building schemas of per-key records. */
export function forEveryKey<T>(value: T): Record<WindowKey, T> {
  return Object.fromEntries(WINDOW_KEYS.map((key) => [key, value])) as Record<WindowKey, T>;
}

/**
 * How long to avoid something after a treatment.
 * - `off`: never avoid.
 * - `days`: until the same wall-clock time that many calendar days later, in the zone the
 *   treatment was entered in (clinics count days, not 24-hour blocks).
 * - `hours`: that many elapsed hours.
 * - `until-cleared`: until the patient's clinician clears them (the patient removes the
 *   treatment or switches this off).
 */
export type WindowSetting =
  | { kind: 'off' }
  | { kind: 'days'; days: number }
  | { kind: 'hours'; hours: number }
  | { kind: 'until-cleared' };

/** How long to stop something before a treatment: always a fixed length. */
export type BeforeSetting = Extract<WindowSetting, { kind: 'days' } | { kind: 'hours' }>;

// A year is far past any aftercare protocol we know of; the bound only catches typing slips.
const MAX_DAYS = 365;

const DaysSchema = v.strictObject({
  kind: v.literal('days'),
  days: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS)),
});
const HoursSchema = v.strictObject({
  kind: v.literal('hours'),
  hours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_DAYS * 24)),
});

export const WindowSettingSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('off') }),
  DaysSchema,
  HoursSchema,
  v.strictObject({ kind: v.literal('until-cleared') }),
]);

export const BeforeSettingSchema = v.variant('kind', [DaysSchema, HoursSchema]);

/**
 * A rough length in hours (days × 24, `off` 0, `until-cleared` infinite), for comparing windows
 * with each other: "is this preset at least the guide's minimum?". Never use it to compute a
 * window's end; `window-status.ts` does that in calendar days.
 */
export function nominalHours(setting: WindowSetting): number {
  switch (setting.kind) {
    case 'off':
      return 0;
    case 'days':
      return setting.days * 24;
    case 'hours':
      return setting.hours;
    case 'until-cleared':
      return Number.POSITIVE_INFINITY;
  }
}
