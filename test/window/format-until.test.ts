import { describe, expect, test } from 'vitest';
import { formatRelative, formatUntil } from '../../src/window/format-until';
import { windowStatus } from '../../src/window/window-status';
import { days, only, settingsWith, treatment } from './helpers';

// ICU puts narrow or no-break spaces in some locales ("12:00 PM"); compare with plain spaces.
const plain = (s: string): string => s.replace(/\s/gu, ' ');

describe('formatUntil: the end, in the viewer’s zone and language', () => {
  const until = new Date('2026-11-30T17:00:00Z');
  const now = new Date('2026-11-26T09:00:00Z');

  test.each([
    ['en-GB', 'Europe/Berlin', 'Mon 30 Nov, 18:00 (in 4 days)'],
    ['de-DE', 'Europe/Berlin', 'Mo., 30. Nov., 18:00 (in 4 Tagen)'],
    ['fr-FR', 'Europe/Paris', 'lun. 30 nov., 18:00 (dans 4 jours)'],
    ['en-US', 'America/New_York', 'Mon, Nov 30, 12:00 PM (in 4 days)'],
    ['en-GB', 'Asia/Tokyo', 'Tue 1 Dec, 02:00 (in 5 days)'],
  ])('%s in %s: %s', (locale, zone, expected) => {
    expect(plain(formatUntil(until, now, locale, zone))).toBe(expected);
  });

  test('no English leaks into another language', () => {
    expect(formatUntil(until, now, 'ja-JP', 'Asia/Tokyo')).not.toMatch(/[A-Za-z]/);
  });

  test('a treatment entered in New York, viewed from Berlin: the same end, shown on Berlin’s clock', () => {
    const settings = settingsWith([
      treatment({
        performedAt: '2026-11-24T18:00:00-05:00',
        timeZone: 'America/New_York',
        overrides: only({ retinoid: days(5) }),
      }),
    ]);
    const viewedAt = new Date('2026-11-26T12:00:00Z');
    const end = windowStatus(settings, 'retinoid', viewedAt).until as Date;
    expect(end.toISOString()).toBe('2026-11-29T23:00:00.000Z');
    expect(formatUntil(end, viewedAt, 'en-GB', 'America/New_York')).toBe('Sun 29 Nov, 18:00 (in 3 days)');
    expect(formatUntil(end, viewedAt, 'en-GB', 'Europe/Berlin')).toBe('Mon 30 Nov, 00:00 (in 4 days)');
  });
});

describe('formatRelative: the largest sensible unit', () => {
  const now = new Date('2026-11-26T09:00:00Z');
  const at = (minutes: number): Date => new Date(now.getTime() + minutes * 60_000);

  test.each([
    ['20 seconds ahead rounds up to a minute', new Date(now.getTime() + 20_000), 'in 1 minute'],
    ['45 minutes', at(45), 'in 45 minutes'],
    ['59 minutes', at(59), 'in 59 minutes'],
    ['an hour', at(60), 'in 1 hour'],
    ['5 h 20 min', at(320), 'in 5 hours'],
    ['23 h 50 min rounds to the hour', at(23 * 60 + 50), 'in 24 hours'],
    ['the next calendar day, over 24 h away', at(30 * 60), 'tomorrow'],
    ['4 days and 8 hours', at(4 * 1440 + 480), 'in 4 days'],
    ['in the past: 3 days ago', at(-3 * 1440), '3 days ago'],
    ['in the past: 2 hours ago', at(-120), '2 hours ago'],
  ])('%s → %s', (_, until, expected) => {
    expect(formatRelative(until, now, 'en-GB', 'Europe/Berlin')).toBe(expected);
  });

  test('counts calendar days in the viewer’s zone: Thursday 23:00 to Saturday 01:00 is two days', () => {
    const thursdayNight = new Date('2026-11-26T22:00:00Z'); // 23:00 in Berlin
    const saturdayEarly = new Date('2026-11-28T00:00:00Z'); // 01:00 in Berlin
    expect(formatRelative(saturdayEarly, thursdayNight, 'en-GB', 'Europe/Berlin')).toBe('in 2 days');
    // In New York the same instants are Thursday 17:00 and Friday 19:00.
    expect(formatRelative(saturdayEarly, thursdayNight, 'en-GB', 'America/New_York')).toBe('tomorrow');
  });

  test('24 elapsed hours on the same date (the 25-hour fall-back day) are hours, not "tomorrow"', () => {
    const now = new Date('2026-10-24T22:30:00Z'); // 25 Oct 00:30 in Berlin
    const until = new Date('2026-10-25T22:30:00Z'); // 25 Oct 23:30 in Berlin
    expect(formatRelative(until, now, 'en-GB', 'Europe/Berlin')).toBe('in 24 hours');
  });
});
