/**
 * Time-zone arithmetic on top of `Intl.DateTimeFormat` alone, so the extension ships no date
 * library and no zone database of its own: the browser's ICU data is the zone database.
 *
 * Two conversions are enough for the treatment windows:
 * - `wallClockAt`: the wall-clock reading of an instant in a zone;
 * - `instantAt`: the instant a wall-clock reading names in a zone. Around a DST change a reading
 *   can name no instant (the spring-forward gap) or two (the fall-back fold). We resolve them the
 *   way `Temporal`'s default `disambiguation: 'compatible'` does, and the way most calendar apps
 *   do: a reading in a gap moves forward by the length of the gap (02:30 on a day that jumps from
 *   02:00 to 03:00 becomes 03:30), and a reading in a fold takes the earlier instant (the first
 *   02:30). A patient told "day 5 at 02:30" is therefore never cleared before that reading first
 *   appears on the clock.
 */

export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

// Building a DateTimeFormat costs far more than formatting with one, and the window code asks
// about the same few zones over and over (nextBoundary walks every window edge).
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some engines render as "24" at midnight.
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when this engine's `Intl` knows the zone (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertFinite(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  return ms;
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const ms = assertFinite(instant);
  const fields: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) fields[part.type] = part.value;
  const yearOfEra = Number(fields['year']);
  // Years before 1 CE come out as "BC" with a positive year; fold them back to astronomical years.
  const year = fields['era'] === 'BC' || fields['era'] === 'B' ? 1 - yearOfEra : yearOfEra;
  return {
    year,
    month: Number(fields['month']),
    day: Number(fields['day']),
    hour: Number(fields['hour']),
    minute: Number(fields['minute']),
    second: Number(fields['second']),
    // No zone offset has ever had a fractional second, so the milliseconds are the instant's own.
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function utcMs(wall: WallClock): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin in winter: +3 600 000). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  return utcMs(wallClockAt(instant, timeZone)) - assertFinite(instant);
}

/**
 * The instant that `wall` names in `timeZone`. A reading skipped by a DST gap moves forward by
 * the gap; a reading repeated by a DST fold takes the earlier instant (see the file comment).
 * Out-of-range fields roll over as in `Date.UTC` (day 32 of January is 1 February).
 */
export function instantAt(wall: WallClock, timeZone: string): Date {
  const asUtc = utcMs(wall);
  if (!Number.isFinite(asUtc)) throw new RangeError('invalid wall-clock time');
  // Zone transitions are never less than two days apart in practice, so the offsets a day
  // either side are the only two the reading can be in.
  const before = zoneOffsetMs(new Date(asUtc - DAY_MS), timeZone);
  const after = zoneOffsetMs(new Date(asUtc + DAY_MS), timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((ms) => utcMs(wallClockAt(new Date(ms), timeZone)) === asUtc)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // In a gap: read the clock with the offset from before the jump, which lands as far past the
  // jump as the reading was past its start.
  return new Date(asUtc - before);
}

/**
 * The instant `days` calendar days after `instant` at the same wall-clock time in `timeZone`
 * (negative `days` go back). Across a DST change this is not `days` × 24 hours.
 */
export function addCalendarDays(instant: Date, days: number, timeZone: string): Date {
  if (!Number.isInteger(days)) throw new RangeError('days must be a whole number');
  const wall = wallClockAt(instant, timeZone);
  return instantAt({ ...wall, day: wall.day + days }, timeZone);
}

/** `instant` plus a number of elapsed hours, whatever the clocks do. */
export function addHours(instant: Date, hours: number): Date {
  return new Date(assertFinite(instant) + hours * HOUR_MS);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/**
 * `instant` as an ISO 8601 string with the zone's offset at that instant, to the second:
 * `2026-11-24T18:00:00+01:00`. This is how a treatment's `performedAt` is written.
 */
export function toOffsetIso(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  // Round the offset to whole minutes: ISO 8601 offsets have no seconds, and only pre-1900
  // local mean times ever had them.
  const offsetMinutes = Math.round(zoneOffsetMs(instant, timeZone) / MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const year = wall.year >= 0 && wall.year <= 9999 ? pad(wall.year, 4) : String(wall.year);
  return (
    `${year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`
  );
}
