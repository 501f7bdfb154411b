import * as v from 'valibot';
import {
  type HealingAnswers,
  HealingAnswersSchema,
  type WayBackChoice,
  WayBackChoiceSchema,
} from '../routine/choice';
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
import { parseInstant } from './instant';
import type { CheckCode } from './checks';
import { isValidTimeZone, toOffsetIso } from './zone';

export { parseInstant } from './instant';

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
  /** The way back after it (the reintroduction plan); absent: the preset's plan as shipped. */
  wayBack?: WayBackChoice;
  /** The patient's healing-check answers, per family, for this treatment's way back. */
  healingChecks?: HealingAnswers;
  /**
   * Single ingredients to avoid after this treatment, each with its own window: the clinic's
   * (from a protocol) and the patient's own. Matched with the engine's names (`avoid-names.ts`).
   */
  avoidNames?: AvoidName[];
  /** The clinic whose protocol set this treatment's windows, and what it says to call about. */
  clinic?: ClinicInfo;
}

/** One ingredient name to avoid, with its own window after the treatment it belongs to. */
export interface AvoidName {
  /** As the clinic or patient wrote it ("Niacinamide"); matched like the engine's names. */
  name: string;
  window: WindowSetting;
  from: 'clinic' | 'patient';
}

/** What a clinic protocol leaves on the treatment it was applied to. */
export interface ClinicInfo {
  name: string;
  /** As the clinic printed it; `tel:` links strip everything but digits and a leading +. */
  phone: string | null;
  notes: string | null;
  /** The clinic's own "call us if…" items, in its words. */
  whenToCall: string[];
}

// A protocol has at most 60 names and a patient adds a few; the bound keeps storage small.
export const MAX_AVOID_NAMES = 100;
export const NAME_LENGTH = 100;

export const AvoidNameSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_LENGTH)),
  window: WindowSettingSchema,
  from: v.picklist(['clinic', 'patient']),
});

/** A phone number as printed: digits, spaces, brackets, dots, dashes, an optional leading +. */
export const PhoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check((s) => /^\+?[0-9][0-9 ()./-]{2,29}$/.test(s), 'not-a-phone-number' satisfies CheckCode),
);

export const ClinicInfoSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_LENGTH)),
  phone: v.nullable(PhoneSchema),
  notes: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  whenToCall: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300))),
    v.maxLength(20),
  ),
});

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
      v.check((s) => parseInstant(s) !== null, 'not-an-instant' satisfies CheckCode),
    ),
    timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'unknown-time-zone' satisfies CheckCode)),
    preset: v.picklist(PRESET_IDS),
    overrides: v.object(forEveryKey(OptionalWindowSetting)),
    note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
    wayBack: v.optional(WayBackChoiceSchema),
    healingChecks: v.optional(HealingAnswersSchema),
    avoidNames: v.optional(v.pipe(v.array(AvoidNameSchema), v.maxLength(MAX_AVOID_NAMES))),
    clinic: v.optional(ClinicInfoSchema),
  }),
  v.forward(
    v.check(
      (t) => t.depthMm === null || t.type === 'microneedling',
      'depth-not-microneedling' satisfies CheckCode,
    ),
    ['depthMm'],
  ),
  v.forward(
    v.check((t) => presetType(t.preset) === t.type, 'preset-of-other-type' satisfies CheckCode),
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
      'duplicate-id' satisfies CheckCode,
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
