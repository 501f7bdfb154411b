import { wallClockAt } from './zone';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Whole calendar days from `from` to `to` as dated in `timeZone` (Mon 23:00 → Tue 01:00 is 1). */
function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const dayNumber = (d: Date): number => {
    const wall = wallClockAt(d, timeZone);
    const date = new Date(0);
    date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
    return Math.round(date.getTime() / DAY_MS);
  };
  return dayNumber(to) - dayNumber(from);
}

/**
 * How far `until` is from `now`, in the largest sensible unit, as the locale says it: "in 45
 * minutes", "in 5 hours", "tomorrow", "in 4 days", "3 days ago". Under an hour counts minutes
 * (rounded up, so a window with seconds left never reads "0 minutes"); under a day counts hours
 * (rounded); beyond that counts calendar days in `timeZone`, because "in 4 days" is read as a
 * date, not as 96 hours.
 */
export function formatRelative(until: Date, now: Date, locale: string, timeZone: string): string {
  const diff = until.getTime() - now.getTime();
  if (!Number.isFinite(diff)) throw new RangeError('invalid date');
  const sign = diff < 0 ? -1 : 1;
  const size = Math.abs(diff);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (size < HOUR_MS) return relative.format(sign * Math.ceil(size / MINUTE_MS), 'minute');
  const days = Math.abs(calendarDaysBetween(now, until, timeZone));
  // The 25-hour fall-back day can hold 24 elapsed hours on one date: that is "in 24 hours", not
  // "tomorrow".
  if (size < DAY_MS || days === 0) return relative.format(sign * Math.round(size / HOUR_MS), 'hour');
  return relative.format(sign * days, 'day');
}

/**
 * Whether the locale writes 2 a.m. as "02:00" (en-GB, de) or "2:00" (en-US, ja). The field
 * options have no "as the locale's short time does" choice, so ask the short time style itself.
 */
function hourStyle(locale: string): '2-digit' | 'numeric' {
  const hour = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2000, 0, 1, 2))
    .find((part) => part.type === 'hour');
  return hour?.value.length === 2 ? '2-digit' : 'numeric';
}

/**
 * `until` as the viewer reads it in `timeZone`, with how far away it is: "Mon 1 Dec, 18:00 (in 4
 * days)" in en-GB, "Mo., 1. Dez., 18:00 (in 4 Tagen)" in de-DE. Every word and the order of
 * the date parts come from `Intl`; only the brackets are ours.
 */
export function formatUntil(until: Date, now: Date, locale: string, timeZone: string): string {
  const absolute = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: hourStyle(locale),
    minute: '2-digit',
  }).format(until);
  return `${absolute} (${formatRelative(until, now, locale, timeZone)})`;
}
