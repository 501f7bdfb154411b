import { nameKey } from '../ingredients/name-key';
import { WINDOW_KEYS, type BeforeSetting, type WindowKey, type WindowSetting } from './keys';
import { presetById } from './presets';
import { parseInstant, type Settings, type Treatment } from './treatment';
import { addCalendarDays, addHours } from './zone';

/**
 * Whether to avoid one window key (an ingredient family, or makeup) at an instant, across all
 * treatments. Pure: `now` is always passed in.
 */
export interface WindowStatus {
  /** Avoid it now. */
  avoidNow: boolean;
  /** When the current avoidance ends; null when not avoiding now, or when `untilCleared`. */
  until: Date | null;
  /** Avoiding now, until the clinician clears the patient (no end date). */
  untilCleared: boolean;
  /** The latest window end already passed ("clear since …"); null if none has ended yet. */
  endedAt: Date | null;
  /**
   * The earliest pre-treatment warning still to start, for a booked treatment (only when the
   * pre-treatment warning is on and its preset names this key); null otherwise.
   */
  startsAt: Date | null;
  /**
   * The treatment behind this status: the one whose window ends last while avoiding; otherwise
   * the one behind `startsAt`; otherwise the one behind `endedAt`; otherwise null.
   */
  treatmentId: string | null;
}

export type SettingsStatus = Record<WindowKey, WindowStatus>;

/** The window a treatment sets for a key: the patient's override, else the preset's. */
export function effectiveWindow(treatment: Treatment, key: WindowKey): WindowSetting {
  return treatment.overrides[key] ?? presetById(treatment.preset).windows[key];
}

/** What the treatment's preset says to stop before it, for a key; null when nothing. */
export function beforeWindow(treatment: Treatment, key: WindowKey): BeforeSetting | null {
  return presetById(treatment.preset).beforeTreatment?.windows[key] ?? null;
}

/**
 * When a treatment's window for a key ends: an instant for a window of days or hours,
 * `until-cleared` for one without an end, null when the key is switched off. Day windows end at
 * the same wall-clock time N calendar days later in the zone the treatment was entered in.
 */
export function windowEndOf(treatment: Treatment, key: WindowKey): Date | 'until-cleared' | null {
  const setting = effectiveWindow(treatment, key);
  switch (setting.kind) {
    case 'off':
      return null;
    case 'until-cleared':
      return 'until-cleared';
    default:
      return new Date(shift(performedAtOf(treatment), setting, 1, treatment.timeZone));
  }
}

/** One treatment's avoidance for one key, as a half-open span [start, end) in epoch ms. */
interface Span {
  treatmentId: string;
  performedAt: number;
  start: number;
  /** Infinity for until-cleared. */
  end: number;
  /** The span starts with a pre-treatment warning rather than with the treatment. */
  warnsAhead: boolean;
}

function performedAtOf(treatment: Treatment): Date {
  const performedAt = parseInstant(treatment.performedAt);
  // Fail loudly: skipping a treatment would silently clear the patient.
  if (!performedAt)
    throw new RangeError(`treatment "${treatment.id}": bad performedAt "${treatment.performedAt}"`);
  return performedAt;
}

function shift(performedAt: Date, setting: BeforeSetting, sign: 1 | -1, timeZone: string): number {
  return setting.kind === 'days'
    ? addCalendarDays(performedAt, sign * setting.days, timeZone).getTime()
    : addHours(performedAt, sign * setting.hours).getTime();
}

function spanOf(treatment: Treatment, key: WindowKey, warnAhead: boolean): Span | null {
  return spanAfter(
    treatment,
    effectiveWindow(treatment, key),
    warnAhead ? beforeWindow(treatment, key) : null,
  );
}

function spanAfter(treatment: Treatment, after: WindowSetting, before: BeforeSetting | null): Span | null {
  const performedAt = performedAtOf(treatment);
  const start = before ? shift(performedAt, before, -1, treatment.timeZone) : performedAt.getTime();
  let end: number;
  switch (after.kind) {
    case 'off':
      // The warning ahead still holds until the treatment; without one there is nothing.
      if (!before) return null;
      end = performedAt.getTime();
      break;
    case 'until-cleared':
      end = Number.POSITIVE_INFINITY;
      break;
    default:
      end = shift(performedAt, after, 1, treatment.timeZone);
  }
  return {
    treatmentId: treatment.id,
    performedAt: performedAt.getTime(),
    start,
    end,
    warnsAhead: before !== null,
  };
}

function spansFor(settings: Settings, key: WindowKey): Span[] {
  const spans: Span[] = [];
  for (const treatment of settings.treatments) {
    const span = spanOf(treatment, key, settings.preTreatmentWarning.enabled);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * The spans of one avoid-list name (by `nameKey`) across the treatments that list it. Such a
 * name has no pre-treatment warning: the clinic's protocol gives only the window after.
 */
function avoidNameSpans(settings: Settings, key: string): Span[] {
  const spans: Span[] = [];
  for (const treatment of settings.treatments) {
    for (const entry of treatment.avoidNames ?? []) {
      if (nameKey(entry.name) !== key) continue;
      const span = spanAfter(treatment, entry.window, null);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/** Every avoid-list name of the settings, by `nameKey`. */
export function avoidNameKeys(settings: Settings): string[] {
  return [...new Set(settings.treatments.flatMap((t) => (t.avoidNames ?? []).map((a) => nameKey(a.name))))];
}

/**
 * Whether to avoid an avoid-list name (by `nameKey`) at `now`: as `windowStatus` for a family,
 * across every treatment that lists the name.
 */
export function avoidNameStatus(settings: Settings, key: string, now: Date): WindowStatus {
  return statusAt(avoidNameSpans(settings, key), nowMs(now));
}

/** The first span by `better`; ties keep the earlier one in `spans`. */
function best(spans: Span[], better: (a: Span, b: Span) => boolean): Span | null {
  let found: Span | null = null;
  for (const span of spans) if (!found || better(span, found)) found = span;
  return found;
}

function statusAt(spans: Span[], now: number): WindowStatus {
  // Overlapping treatments: the one that ends last decides; on a tie, the more recent one.
  const current = best(
    spans.filter((s) => s.start <= now && now < s.end),
    (a, b) => a.end > b.end || (a.end === b.end && a.performedAt > b.performedAt),
  );
  const ended = best(
    spans.filter((s) => s.end <= now),
    (a, b) => a.end > b.end || (a.end === b.end && a.performedAt > b.performedAt),
  );
  const upcoming = best(
    spans.filter((s) => s.warnsAhead && s.start > now),
    (a, b) => a.start < b.start || (a.start === b.start && a.performedAt < b.performedAt),
  );
  const untilCleared = current !== null && current.end === Number.POSITIVE_INFINITY;
  return {
    avoidNow: current !== null,
    until: current && !untilCleared ? new Date(current.end) : null,
    untilCleared,
    endedAt: ended ? new Date(ended.end) : null,
    startsAt: upcoming ? new Date(upcoming.start) : null,
    treatmentId: (current ?? upcoming ?? ended)?.treatmentId ?? null,
  };
}

function nowMs(now: Date): number {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('now is not a valid date');
  return ms;
}

/**
 * Whether to avoid `key` at `now`. A window of N days ends at the same wall-clock time N calendar
 * days after the treatment, in the zone it was entered in; N hours are N elapsed hours; a
 * treatment still to come has no window yet, only its pre-treatment warning when that is on.
 */
export function windowStatus(settings: Settings, key: WindowKey, now: Date): WindowStatus {
  return statusAt(spansFor(settings, key), nowMs(now));
}

/** `windowStatus` for every key. */
export function settingsStatus(settings: Settings, now: Date): SettingsStatus {
  const at = nowMs(now);
  return Object.fromEntries(
    WINDOW_KEYS.map((key) => [key, statusAt(spansFor(settings, key), at)]),
  ) as SettingsStatus;
}

function sameStatus(a: WindowStatus, b: WindowStatus): boolean {
  const same = (x: Date | null, y: Date | null): boolean =>
    x === null ? y === null : x.getTime() === y?.getTime();
  return (
    a.avoidNow === b.avoidNow &&
    a.untilCleared === b.untilCleared &&
    a.treatmentId === b.treatmentId &&
    same(a.until, b.until) &&
    same(a.endedAt, b.endedAt) &&
    same(a.startsAt, b.startsAt)
  );
}

/**
 * The next instant after `now` at which any key's status changes (a window starts or ends, a
 * warning starts), for scheduling an alarm; null when nothing will change on its own. Statuses
 * only change where a window or warning starts or ends, so those are the only instants checked.
 */
export function nextBoundary(settings: Settings, now: Date): Date | null {
  const at = nowMs(now);
  const spansByKey = [
    ...WINDOW_KEYS.map((key) => spansFor(settings, key)),
    ...avoidNameKeys(settings).map((key) => avoidNameSpans(settings, key)),
  ];
  const edges = [
    ...new Set(
      spansByKey.flat().flatMap((s) => [s.start, s.end].filter((t) => t > at && Number.isFinite(t))),
    ),
  ].sort((a, b) => a - b);
  const current = spansByKey.map((spans) => statusAt(spans, at));
  for (const edge of edges) {
    // Between two edges every status is constant, so the status just before `edge` is `current`.
    if (spansByKey.some((spans, i) => !sameStatus(statusAt(spans, edge), current[i] as WindowStatus))) {
      return new Date(edge);
    }
  }
  return null;
}
