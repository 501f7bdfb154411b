import * as v from 'valibot';
import { FAMILY_IDS, type FamilyId } from '../ingredients/family-schema';
import type { CheckCode } from '../window/checks';
import { parseInstant } from '../window/instant';
import { LIMITS, StepOrderSchema, type StepFamily } from './plan-schema';

/**
 * What the patient or their clinician decided about the way back for one treatment, and the
 * patient's answers to the healing check. Both are stored with the treatment (`Treatment.wayBack`,
 * `Treatment.healingChecks`), so they are exported, imported and deleted with it.
 */

/**
 * The plan for one treatment. Absent: the preset's plan as shipped. `enabled: false`: each family
 * comes back when its window ends, as before plans existed. A field left out keeps the preset's.
 */
export interface WayBackChoice {
  enabled: boolean;
  order?: StepFamily[];
  spacingDays?: number;
  eveningsPerWeek?: number;
  rampDays?: number;
}

const bounded = (limit: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(limit.min), v.maxValue(limit.max));

// Stored values are read with `v.object`: a field written by a newer version is dropped, not fatal.
export const WayBackChoiceSchema = v.object({
  enabled: v.boolean(),
  order: v.optional(StepOrderSchema),
  spacingDays: v.optional(bounded(LIMITS.spacingDays)),
  eveningsPerWeek: v.optional(bounded(LIMITS.eveningsPerWeek)),
  rampDays: v.optional(bounded(LIMITS.rampDays)),
});

/** The patient's answers for one family: when they confirmed the check, and each "not yet". */
export interface HealingAnswer {
  /** ISO 8601 with an offset; null until confirmed. */
  confirmedAt: string | null;
  /** Every "not yet", oldest first (ISO 8601 with an offset). */
  notYet: string[];
}

const Instant = v.pipe(
  v.string(),
  v.check((s) => parseInstant(s) !== null, 'not-an-instant' satisfies CheckCode),
);

export const HealingAnswerSchema = v.object({
  confirmedAt: v.nullable(Instant),
  // A bound keeps the stored value small; a check answered "not yet" daily for two months is the
  // clinic's business by then.
  notYet: v.pipe(v.array(Instant), v.maxLength(60)),
});

export type HealingAnswers = Partial<Record<FamilyId, HealingAnswer>>;

export const HealingAnswersSchema = v.object(
  Object.fromEntries(FAMILY_IDS.map((family) => [family, v.optional(HealingAnswerSchema)])) as Record<
    FamilyId,
    v.OptionalSchema<typeof HealingAnswerSchema, undefined>
  >,
);
