import * as v from 'valibot';
import type { FamilyId } from '../ingredients/family-schema';
import type { CheckCode } from '../window/checks';
import { PRESET_IDS } from '../window/preset-schema';

/**
 * The shape of `ingredients/reintroduction.json`: how actives come back after a treatment's
 * windows end, one family at a time. Checked by `test/routine/plan-data.test.ts`, not at run time
 * (like the presets), so a typo fails the build.
 */

/**
 * The families a plan brings back step by step: the actives and scrubs. Harsh cleansers,
 * fragrance and drying alcohol come back when their window ends, as makeup does: no source
 * reintroduces them gradually.
 */
export const STEP_FAMILIES = [
  'pha',
  'vitamin-c',
  'bha',
  'aha',
  'benzoyl-peroxide',
  'retinoid',
  'physical-exfoliant',
] as const satisfies readonly FamilyId[];
export type StepFamily = (typeof STEP_FAMILIES)[number];

export function isStepFamily(family: string): family is StepFamily {
  return (STEP_FAMILIES as readonly string[]).includes(family);
}

/** The three statements the patient confirms before a step starts, in the order shown. */
export const HEALING_CHECK_ITEMS = ['no-crusts', 'no-stinging', 'redness-settled'] as const;

// Bounds that only catch typing slips: no source spaces steps beyond four weeks or ramps for longer
// than six.
export const LIMITS = {
  spacingDays: { min: 1, max: 28 },
  eveningsPerWeek: { min: 1, max: 7 },
  rampDays: { min: 1, max: 42 },
} as const;

const bounded = (limit: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(limit.min), v.maxValue(limit.max));

/** An order of families: each step family at most once. */
export const StepOrderSchema = v.pipe(
  v.array(v.picklist(STEP_FAMILIES)),
  v.minLength(1),
  v.check((order) => new Set(order).size === order.length, 'duplicate-family' satisfies CheckCode),
);

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
// Same shape as the ids in sources.json (see family-schema.ts).
const Sources = v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]*$/))), v.minLength(1));

export const PlanSchema = v.strictObject({
  preset: v.picklist(PRESET_IDS),
  /** Gentlest first. */
  order: StepOrderSchema,
  /** Calendar days from one step's start to the next one's. */
  spacingDays: bounded(LIMITS.spacingDays),
  /** How often a family that has just come back is used... */
  eveningsPerWeek: bounded(LIMITS.eveningsPerWeek),
  /** ...for this many days after its step starts; then as before the treatment. */
  rampDays: bounded(LIMITS.rampDays),
  /** Days after the treatment by which the skin has usually settled: past them, ask the clinic. */
  askClinicAfterDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(90)),
  sources: Sources,
  /** Which numbers the sources give and which we picked. */
  why: Text,
});
export type Plan = v.InferOutput<typeof PlanSchema>;

export const PlanFileSchema = v.strictObject({
  orderWhy: Text,
  orderSources: Sources,
  healingCheck: v.strictObject({
    /** The statements the UI words (`_locales`), in the order it shows them. */
    items: v.pipe(
      v.array(v.picklist(HEALING_CHECK_ITEMS)),
      v.check((items) => items.join() === HEALING_CHECK_ITEMS.join(), 'the items the UI shows, in order'),
    ),
    /** "Not yet" moves the step, and every step after it, this many days. */
    notYetDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
    sources: Sources,
    why: Text,
  }),
  plans: v.pipe(
    v.array(PlanSchema),
    v.check(
      (plans) =>
        plans.length === PRESET_IDS.length && PRESET_IDS.every((id) => plans.some((p) => p.preset === id)),
      'there must be exactly one plan per preset',
    ),
  ),
});
export type PlanFile = v.InferOutput<typeof PlanFileSchema>;
