import { WINDOW_KEYS, type WindowKey, type WindowSetting } from '../../src/window/keys';
import { defaultSettings, type Settings, type Treatment } from '../../src/window/treatment';

/** A treatment with the baseline preset and no overrides unless given. */
export function treatment(
  fields: Partial<Treatment> & Pick<Treatment, 'performedAt' | 'timeZone'>,
): Treatment {
  return { id: 't1', type: 'other', depthMm: null, preset: 'other', overrides: {}, ...fields };
}

/** Overrides that switch every key off except the ones given, so one window is all there is. */
export function only(
  windows: Partial<Record<WindowKey, WindowSetting>>,
): Partial<Record<WindowKey, WindowSetting>> {
  const off: Partial<Record<WindowKey, WindowSetting>> = {};
  for (const key of WINDOW_KEYS) off[key] = { kind: 'off' };
  return { ...off, ...windows };
}

export function settingsWith(treatments: Treatment[], preTreatmentWarning = false): Settings {
  return { ...defaultSettings(), treatments, preTreatmentWarning: { enabled: preTreatmentWarning } };
}

export const days = (n: number): WindowSetting => ({ kind: 'days', days: n });
export const hours = (n: number): WindowSetting => ({ kind: 'hours', hours: n });

/** Elapsed hours between two instants. */
export const hoursBetween = (from: Date | string, to: Date | string): number =>
  (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;
