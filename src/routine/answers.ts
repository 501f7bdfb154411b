import type { Settings } from '../window/treatment';
import { toOffsetIso } from '../window/zone';
import type { StepFamily } from './plan-schema';

/**
 * The settings with the patient's answer to one healing check recorded on its treatment: "yes"
 * confirms the step now; "not yet" adds to the step's "not yet"s, which move it (and every step
 * after it) by a day. Times are written on the treatment's clock, like the treatment itself.
 */
export function withHealingAnswer(
  settings: Settings,
  treatmentId: string,
  family: StepFamily,
  answer: 'yes' | 'not-yet',
  now: Date,
): Settings {
  return {
    ...settings,
    treatments: settings.treatments.map((treatment) => {
      if (treatment.id !== treatmentId) return treatment;
      const previous = treatment.healingChecks?.[family] ?? { confirmedAt: null, notYet: [] };
      const at = toOffsetIso(now, treatment.timeZone);
      const next =
        answer === 'yes'
          ? { ...previous, confirmedAt: at }
          : // The schema keeps the last 60; older ones no longer move anything.
            { confirmedAt: null, notYet: [...previous.notYet, at].slice(-60) };
      return { ...treatment, healingChecks: { ...treatment.healingChecks, [family]: next } };
    }),
  };
}
