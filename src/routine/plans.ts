import planFile from '../../ingredients/reintroduction.json';
import type { PresetId } from '../window/preset-schema';
import type { Treatment } from '../window/treatment';
import type { Plan, PlanFile, StepFamily } from './plan-schema';

/**
 * The plans as shipped. Like the presets, the JSON is validated against its schema by the data
 * test (`test/routine/plan-data.test.ts`) rather than at run time.
 */
export const PLAN_FILE = planFile as PlanFile;

/** The shipped plan for a preset. Throws for a preset the data has no plan for. */
export function presetPlan(preset: PresetId): Plan {
  const plan = PLAN_FILE.plans.find((p) => p.preset === preset);
  if (!plan) throw new RangeError(`no reintroduction plan for preset "${preset}"`);
  return plan;
}

/** The plan a treatment follows: its preset's, with the patient's or clinician's changes. */
export interface EffectivePlan {
  order: readonly StepFamily[];
  spacingDays: number;
  eveningsPerWeek: number;
  rampDays: number;
  askClinicAfterDays: number;
  notYetDays: number;
  /** The patient or clinician changed something (shown as "changed" with a way back to the preset's). */
  changed: boolean;
}

/** The plan for a treatment, or null when it is switched off (each family back at its window's end). */
export function effectivePlan(treatment: Treatment): EffectivePlan | null {
  const choice = treatment.wayBack;
  if (choice && !choice.enabled) return null;
  const plan = presetPlan(treatment.preset);
  return {
    order: choice?.order ?? plan.order,
    spacingDays: choice?.spacingDays ?? plan.spacingDays,
    eveningsPerWeek: choice?.eveningsPerWeek ?? plan.eveningsPerWeek,
    rampDays: choice?.rampDays ?? plan.rampDays,
    askClinicAfterDays: plan.askClinicAfterDays,
    notYetDays: PLAN_FILE.healingCheck.notYetDays,
    changed:
      choice !== undefined &&
      (choice.order !== undefined ||
        choice.spacingDays !== undefined ||
        choice.eveningsPerWeek !== undefined ||
        choice.rampDays !== undefined),
  };
}
