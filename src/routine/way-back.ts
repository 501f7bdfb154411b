import type { FamilyId } from '../ingredients/family-schema';
import { parseInstant } from '../window/instant';
import type { Settings, Treatment } from '../window/treatment';
import { windowEndOf } from '../window/window-status';
import { addCalendarDays } from '../window/zone';
import { STEP_FAMILIES, type StepFamily } from './plan-schema';
import { type EffectivePlan, effectivePlan } from './plans';

/**
 * The way back: after a treatment's windows end, its actives return one family at a time, a few
 * days apart, each at a gentle pace for its first days, and each only once the patient has
 * confirmed the healing check. Pure: `now` is always passed in.
 */

export type StepState =
  /** Its turn has not come yet. */
  | 'waiting'
  /** Its turn has come: the healing check is asked. */
  | 'due'
  /** Confirmed: back at the gentle pace until `rampEndsAt`. */
  | 'ramping'
  /** Back as before the treatment. */
  | 'done';

export interface WayBackStep {
  family: StepFamily;
  treatmentId: string;
  /**
   * When the family's turn comes and its healing check is first asked. While `afterCheck`, the
   * earliest it can be (an earlier step still waits for its check).
   */
  startsAt: Date;
  /** When the patient confirmed the healing check; null before. */
  confirmedAt: Date | null;
  /** The end of the gentle pace, once confirmed. */
  rampEndsAt: Date | null;
  eveningsPerWeek: number;
  state: StepState;
  /** An earlier step still waits for its healing check, so `startsAt` can still move. */
  afterCheck: boolean;
  /** How many times the patient answered "not yet" for this step. */
  notYet: number;
}

export interface TreatmentWayBack {
  treatmentId: string;
  steps: WayBackStep[];
  /** From this instant, skin that has not settled is one for the clinic to look at. */
  askClinicFrom: Date;
  plan: EffectivePlan;
}

const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

interface Governing {
  treatment: Treatment;
  end: Date;
}

/**
 * For each step family, the treatment whose window for it ends last among the treatments already
 * done (a booked one has no window yet): its plan brings the family back. A family switched off
 * everywhere has none; one whose last window lasts until the clinician clears it waits for that.
 */
function governingTreatments(settings: Settings, now: Date, families: readonly StepFamily[]) {
  const governing = new Map<StepFamily, Governing>();
  for (const family of families) {
    let best: { treatment: Treatment; end: number; at: number } | null = null;
    for (const treatment of settings.treatments) {
      const at = parseInstant(treatment.performedAt)?.getTime();
      if (at === undefined || at > now.getTime()) continue;
      const end = windowEndOf(treatment, family);
      if (end === null) continue;
      const endMs = end === 'until-cleared' ? Number.POSITIVE_INFINITY : end.getTime();
      if (!best || endMs > best.end || (endMs === best.end && at > best.at))
        best = { treatment, end: endMs, at };
    }
    if (best && Number.isFinite(best.end))
      governing.set(family, { treatment: best.treatment, end: new Date(best.end) });
  }
  return governing;
}

function instants(texts: readonly string[] | undefined): Date[] {
  return (texts ?? [])
    .map(parseInstant)
    .filter((d): d is Date => d !== null)
    .sort((a, b) => a.getTime() - b.getTime());
}

function stepsOf(
  treatment: Treatment,
  plan: EffectivePlan,
  families: readonly StepFamily[],
  governing: Map<StepFamily, Governing>,
  now: Date,
): WayBackStep[] {
  const zone = treatment.timeZone;
  const steps: WayBackStep[] = [];
  // The latest start of the steps before (confirmed, or as planned), from which the next is spaced.
  let previous: Date | null = null;
  let afterCheck = false;
  for (const family of families) {
    const end = governing.get(family)?.end;
    if (!end) continue;
    let startsAt = end;
    if (previous) startsAt = later(startsAt, addCalendarDays(previous, plan.spacingDays, zone));
    const answer = treatment.healingChecks?.[family];
    const notYet = instants(answer?.notYet);
    const lastNotYet = notYet.at(-1);
    if (lastNotYet) startsAt = later(startsAt, addCalendarDays(lastNotYet, plan.notYetDays, zone));
    const confirmedText = answer?.confirmedAt ?? null;
    const confirmed = confirmedText === null ? null : parseInstant(confirmedText);
    // A confirmation stands once given, whatever the steps before it do (a product added later
    // must not pause a family that is back), unless it predates the family's own window end: the
    // treatment changed since, and the check is asked again.
    const confirmedAt = confirmed && confirmed >= end ? confirmed : null;
    const rampEndsAt = confirmedAt ? addCalendarDays(confirmedAt, plan.rampDays, zone) : null;
    const state: StepState = rampEndsAt
      ? now < rampEndsAt
        ? 'ramping'
        : 'done'
      : afterCheck || now < startsAt
        ? 'waiting'
        : 'due';
    steps.push({
      family,
      treatmentId: treatment.id,
      startsAt: confirmedAt ?? startsAt,
      confirmedAt,
      rampEndsAt,
      eveningsPerWeek: plan.eveningsPerWeek,
      state,
      afterCheck: !confirmedAt && afterCheck,
      notYet: notYet.length,
    });
    // The next family is spaced from the latest start so far: a confirmation, or when this step
    // can be confirmed at the earliest (now, if its turn has already come).
    const start = confirmedAt ?? (state === 'due' ? now : startsAt);
    previous = previous ? later(previous, start) : start;
    if (!confirmedAt) afterCheck = true;
  }
  return steps;
}

/**
 * Every treatment's way back at `now`: the steps of its plan for the families it governs, in the
 * plan's order. `families` limits the steps to those (the families in the patient's products, so a
 * family nobody uses takes no turn); null: every family the plan names.
 */
export function wayBack(
  settings: Settings,
  now: Date,
  families: ReadonlySet<FamilyId> | null,
): TreatmentWayBack[] {
  const wanted = STEP_FAMILIES.filter((f) => families === null || families.has(f));
  const governing = governingTreatments(settings, now, wanted);
  const plans: TreatmentWayBack[] = [];
  for (const treatment of settings.treatments) {
    const plan = effectivePlan(treatment);
    if (!plan) continue;
    const mine = plan.order.filter((f) => wanted.includes(f) && governing.get(f)?.treatment === treatment);
    const steps = stepsOf(treatment, plan, mine, governing, now);
    if (steps.length === 0) continue;
    const performedAt = parseInstant(treatment.performedAt) as Date;
    plans.push({
      treatmentId: treatment.id,
      steps,
      askClinicFrom: addCalendarDays(performedAt, plan.askClinicAfterDays, treatment.timeZone),
      plan,
    });
  }
  return plans;
}

/** The step for a family, across treatments (a family is governed by one treatment at most). */
export function stepFor(plans: readonly TreatmentWayBack[], family: FamilyId): WayBackStep | null {
  for (const plan of plans) for (const step of plan.steps) if (step.family === family) return step;
  return null;
}
