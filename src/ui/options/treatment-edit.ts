import { nameKey } from '../../ingredients/name-key';
import type { FamilyId } from '../../ingredients/family-schema';
import { wayBack } from '../../routine/way-back';
import type { TreatmentType, WindowKey, WindowSetting } from '../../window/keys';
import { presetFor } from '../../window/presets';
import { parseInstant, type Settings, type Treatment } from '../../window/treatment';
import { avoidNameStatus, type SettingsStatus, settingsStatus } from '../../window/window-status';
import { instantAt, toOffsetIso, wallClockAt } from '../../window/zone';

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number): string => String(n).padStart(2, '0');

/** A `datetime-local` value ("2026-11-24T18:00") as an instant in a zone, or null if incomplete. */
export function instantFromInput(value: string, timeZone: string): Date | null {
  const m = INPUT.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const instant = instantAt(
    { year: y, month: mo, day: d, hour: h, minute: mi, second: 0, millisecond: 0 },
    timeZone,
  );
  // 31 April rolls into May: not a date the patient meant.
  return wallClockAt(instant, timeZone).day === d || h === 2 ? instant : null;
}

/** A treatment's time as a `datetime-local` value, on the clock of the zone it was entered in. */
export function inputValue(treatment: Treatment): string {
  const instant = parseInstant(treatment.performedAt);
  if (!instant) return '';
  const w = wallClockAt(instant, treatment.timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export function withTime(treatment: Treatment, at: Date, timeZone: string): Treatment {
  return { ...treatment, performedAt: toOffsetIso(at, timeZone), timeZone };
}

/** Another type: its own default preset; a needle depth only stays for microneedling. */
export function withType(treatment: Treatment, type: TreatmentType): Treatment {
  const depthMm = type === 'microneedling' ? treatment.depthMm : null;
  return { ...treatment, type, depthMm, preset: presetFor(type, depthMm).id };
}

/** A needle depth picks the depth band's preset. */
export function withDepth(treatment: Treatment, depthMm: number | null): Treatment {
  return { ...treatment, depthMm, preset: presetFor('microneedling', depthMm).id };
}

export function withOverride(treatment: Treatment, key: WindowKey, setting: WindowSetting | null): Treatment {
  const { [key]: _replaced, ...others } = treatment.overrides;
  return { ...treatment, overrides: setting ? { ...others, [key]: setting } : others };
}

/** The status of one treatment on its own, for its own "avoid until" lines. */
export function treatmentStatus(settings: Settings, treatment: Treatment, now: Date): SettingsStatus {
  return settingsStatus({ ...settings, treatments: [treatment] }, now);
}

/**
 * Done and over: every window has ended, and the way back has brought back every family of the
 * patient's products (`families`) that this treatment governs. Listed under "past treatments";
 * until then its plan stays on the page to change.
 */
export function isPast(
  settings: Settings,
  treatment: Treatment,
  now: Date,
  families: ReadonlySet<FamilyId> = new Set(),
): boolean {
  const at = parseInstant(treatment.performedAt);
  if (!at || at > now) return false;
  if (!Object.values(treatmentStatus(settings, treatment, now)).every((s) => !s.avoidNow)) return false;
  // A name on its avoid list still inside its own window keeps it current too.
  const alone = { ...settings, treatments: [treatment] };
  if ((treatment.avoidNames ?? []).some((entry) => avoidNameStatus(alone, nameKey(entry.name), now).avoidNow))
    return false;
  return wayBack(settings, now, families)
    .filter((plan) => plan.treatmentId === treatment.id)
    .every((plan) => plan.steps.every((step) => step.state === 'done'));
}

/** A new id no other treatment has. */
export function freshId(treatments: readonly Treatment[], now: Date): string {
  let id = `t${now.getTime().toString(36)}`;
  while (treatments.some((t) => t.id === id)) id += 'x';
  return id;
}
