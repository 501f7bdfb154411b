import * as v from 'valibot';
import { LIMITS, StepOrderSchema } from '../routine/plan-schema';
import { TREATMENT_TYPES, WindowSettingSchema, forEveryKey } from '../window/keys';
import type { CheckCode } from '../window/checks';
import { PRESET_IDS, presetType } from '../window/preset-schema';
import { MAX_AVOID_NAMES, NAME_LENGTH, PhoneSchema } from '../window/treatment';

/**
 * A clinic's aftercare protocol, as a file or a printed code (`protocol-code.ts`): the clinic's
 * own windows, names to avoid, way back, notes and when to call, for one treatment type. The
 * format is documented in `docs/clinic-protocol.md`; `docs/clinic-protocol.schema.json` is this
 * schema converted, and a test fails when the two differ.
 *
 * Strict objects throughout: a protocol is written by a clinician, and a misspelt field must be
 * an error the clinician sees, not a window silently left at the preset.
 */

export const PROTOCOL_FORMAT = 'aftercare-lens/clinic-protocol';
export const PROTOCOL_VERSION = 1;

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_LENGTH));
const bounded = (limit: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(limit.min), v.maxValue(limit.max));

export const MAX_PROTOCOL_NAMES = 60;
export const MAX_WHEN_TO_CALL = 12;

export const ProtocolSchema = v.pipe(
  v.strictObject({
    /** Names the format, so a settings file or any other JSON is told apart. */
    format: v.literal(PROTOCOL_FORMAT),
    /** The format's version; a newer one is refused with its own message. */
    version: v.literal(PROTOCOL_VERSION),
    clinic: v.strictObject({
      name: Name,
      phone: v.optional(PhoneSchema),
    }),
    treatment: v.strictObject({
      type: v.picklist(TREATMENT_TYPES),
      /** Needle depth in mm, microneedling only. */
      depthMm: v.optional(v.pipe(v.number(), v.gtValue(0), v.maxValue(10))),
      /** The preset the clinic starts from; absent: the one the type and depth call for. */
      preset: v.optional(v.picklist(PRESET_IDS)),
    }),
    /** The clinic's window per family (and makeup); a key left out keeps the preset's. */
    windows: v.optional(v.strictObject(forEveryKey(v.optional(WindowSettingSchema))), {}),
    /** Single ingredients to avoid beyond the families, each with its own window. */
    avoid: v.optional(
      v.pipe(
        v.array(v.strictObject({ name: Name, window: WindowSettingSchema })),
        v.maxLength(MAX_PROTOCOL_NAMES),
      ),
      [],
    ),
    /** The way back (reintroduction plan); a field left out keeps the preset's. */
    wayBack: v.optional(
      v.strictObject({
        enabled: v.boolean(),
        order: v.optional(StepOrderSchema),
        spacingDays: v.optional(bounded(LIMITS.spacingDays)),
        eveningsPerWeek: v.optional(bounded(LIMITS.eveningsPerWeek)),
        rampDays: v.optional(bounded(LIMITS.rampDays)),
      }),
    ),
    notes: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(1000))),
    /** The clinic's own "call us if…" items. */
    whenToCall: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))),
        v.maxLength(MAX_WHEN_TO_CALL),
      ),
      [],
    ),
  }),
  v.forward(
    v.check(
      (p) => p.treatment.depthMm === undefined || p.treatment.type === 'microneedling',
      'depth-not-microneedling' satisfies CheckCode,
    ),
    ['treatment', 'depthMm'],
  ),
  v.forward(
    v.check(
      (p) => p.treatment.preset === undefined || presetType(p.treatment.preset) === p.treatment.type,
      'preset-of-other-type' satisfies CheckCode,
    ),
    ['treatment', 'preset'],
  ),
);

export type ProtocolInput = v.InferInput<typeof ProtocolSchema>;
export type Protocol = v.InferOutput<typeof ProtocolSchema>;

// The bound on one treatment's names leaves room for the patient's own beside the clinic's.
export const PATIENT_NAMES_ROOM = MAX_AVOID_NAMES - MAX_PROTOCOL_NAMES;
