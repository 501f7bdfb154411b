import * as v from 'valibot';
import {
  BeforeSettingSchema,
  TREATMENT_TYPES,
  WindowSettingSchema,
  forEveryKey,
  type TreatmentType,
  type WindowKey,
  type WindowSetting,
} from './keys';

/**
 * The shape of `ingredients/treatment-windows.json`: one preset of avoidance windows per
 * treatment type and depth. The data is checked against this schema by
 * `test/window/presets.test.ts`, not at run time, so a typo fails the build, not a user.
 *
 * The schema has no defaults on purpose: the JSON is used as is (`presets.ts`), so what the
 * schema accepts must already be what the code reads.
 */

/** Every preset id, grouped by the treatment type it belongs to. */
export const PRESET_IDS_BY_TYPE = {
  microneedling: [
    'microneedling-guide',
    'microneedling-superficial',
    'microneedling-medical',
    'microneedling-deep',
  ],
  'chemical-peel': ['chemical-peel-superficial', 'chemical-peel-medium', 'chemical-peel-deep'],
  'laser-resurfacing': ['laser-non-ablative-fractional', 'laser-ablative'],
  dermaplaning: ['dermaplaning'],
  microdermabrasion: ['microdermabrasion'],
  other: ['other'],
} as const satisfies Record<TreatmentType, readonly string[]>;

export type PresetId = (typeof PRESET_IDS_BY_TYPE)[TreatmentType][number];

export const PRESET_IDS: readonly PresetId[] = TREATMENT_TYPES.flatMap((type) => PRESET_IDS_BY_TYPE[type]);

/** The treatment type a preset id belongs to. */
export function presetType(id: PresetId): TreatmentType {
  const type = TREATMENT_TYPES.find((t) => (PRESET_IDS_BY_TYPE[t] as readonly string[]).includes(id));
  if (type === undefined) throw new RangeError(`unknown preset "${id}"`);
  return type;
}

/**
 * The aftercare guide's own minimum, the product's baseline: no retinoids, AHAs or benzoyl
 * peroxide, no harsh cleansers and no scrubs for 5 days; no makeup for 24 hours (README, "What it
 * checks"; ingredients reference §3). No preset may be shorter than this for these keys.
 */
export const GUIDE_MINIMUM = {
  retinoid: { kind: 'days', days: 5 },
  aha: { kind: 'days', days: 5 },
  'benzoyl-peroxide': { kind: 'days', days: 5 },
  'harsh-surfactant': { kind: 'days', days: 5 },
  'physical-exfoliant': { kind: 'days', days: 5 },
  makeup: { kind: 'hours', hours: 24 },
} as const satisfies Partial<Record<WindowKey, WindowSetting>>;

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
// Same shape as the ids in sources.json (see family-schema.ts).
const SourceId = v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]*$/));
const Sources = v.pipe(v.array(SourceId), v.minLength(1));
const Millimetres = v.pipe(v.number(), v.minValue(0), v.maxValue(10));

/**
 * The needle depths a microneedling preset is for: deeper than `aboveMm` (none: from 0) and at
 * most `upToMm` (none: no limit). Bands are half-open so that every depth has exactly one.
 */
export const DepthBandSchema = v.pipe(
  v.strictObject({
    aboveMm: v.nullable(Millimetres),
    upToMm: v.nullable(Millimetres),
  }),
  v.check(
    (band) => band.aboveMm === null || band.upToMm === null || band.aboveMm < band.upToMm,
    'aboveMm must be below upToMm',
  ),
);
export type DepthBand = v.InferOutput<typeof DepthBandSchema>;

export const PresetSchema = v.pipe(
  v.strictObject({
    id: v.picklist(PRESET_IDS),
    /** Shown in the treatment form ("Microneedling, medical depth (0.6–1.5 mm)"). */
    label: Text,
    type: v.picklist(TREATMENT_TYPES),
    /** Microneedling only. */
    depthBand: v.optional(DepthBandSchema),
    /** The preset `presetFor` picks for this type when the depth does not decide (one per type). */
    defaultForType: v.optional(v.literal(true)),
    /** A window for every key: a preset never leaves a family to chance. */
    windows: v.strictObject(forEveryKey(WindowSettingSchema)),
    sources: Sources,
    /** One or two plain sentences: which numbers the sources give and which one we picked. */
    why: Text,
    /**
     * What to stop before the treatment, used only when the patient switches the pre-treatment
     * warning on. Keys left out have no warning.
     */
    beforeTreatment: v.optional(
      v.strictObject({
        windows: v.strictObject(forEveryKey(v.optional(BeforeSettingSchema))),
        sources: Sources,
        why: Text,
      }),
    ),
  }),
  v.forward(
    v.check((p) => presetType(p.id) === p.type, 'the preset id belongs to another treatment type'),
    ['type'],
  ),
  v.forward(
    v.check(
      // The guide's own microneedling preset applies at any depth, so it has none.
      (p) => (p.type === 'microneedling' && p.id !== 'microneedling-guide') === (p.depthBand !== undefined),
      'microneedling depth presets, and only they, have a depth band',
    ),
    ['depthBand'],
  ),
);
export type Preset = v.InferOutput<typeof PresetSchema>;

export const PresetFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  presets: v.pipe(
    v.array(PresetSchema),
    v.check(
      (presets) =>
        presets.length === PRESET_IDS.length && PRESET_IDS.every((id) => presets.some((p) => p.id === id)),
      'there must be exactly one preset per preset id',
    ),
  ),
});
export type PresetFile = v.InferOutput<typeof PresetFileSchema>;
