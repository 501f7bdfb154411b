import type { Finding } from '../ingredients/analyze-label';
import { newTreatment, type Settings } from '../window/treatment';
import { windowStatus } from '../window/window-status';
import { toOffsetIso } from '../window/zone';

export interface WindowFields {
  avoidNow: boolean;
  /** When the family's window ends (ISO 8601 with offset); null when it lasts until cleared. */
  avoidUntil: string | null;
}

/** One treatment at `treated`, with the default preset, in a time zone. */
export function singleTreatment(treated: Date, timeZone: string): Settings {
  return {
    version: 1,
    preTreatmentWarning: { enabled: false },
    treatments: [newTreatment('cli', treated, timeZone)],
  };
}

/**
 * Whether a finding is to be avoided at `now` and until when, for `npm run check --treated`. A
 * trace is never to be avoided; its family's window end is still given.
 */
export function windowFields(
  finding: Finding,
  settings: Settings,
  treated: Date,
  now: Date,
  timeZone: string,
): WindowFields {
  const status = windowStatus(settings, finding.family, now);
  // Before the treatment its window has not started: read its end from the treatment's instant.
  const span = status.avoidNow || status.endedAt ? status : windowStatus(settings, finding.family, treated);
  const end = span.avoidNow ? span.until : span.endedAt;
  return {
    avoidNow: status.avoidNow && !finding.trace,
    avoidUntil: end ? toOffsetIso(end, timeZone) : null,
  };
}
