import { describe, expect, test } from 'vitest';
import {
  addCalendarDays,
  instantAt,
  isValidTimeZone,
  toOffsetIso,
  wallClockAt,
  zoneOffsetMs,
  type WallClock,
} from '../../src/window/zone';

const wall = (year: number, month: number, day: number, hour: number, minute = 0): WallClock => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('wall-clock reading of an instant in a zone', () => {
  test.each([
    ['2026-11-24T17:00:00Z', 'Europe/Berlin', wall(2026, 11, 24, 18)],
    ['2026-11-24T17:00:00Z', 'America/New_York', wall(2026, 11, 24, 12)],
    ['2026-11-24T17:00:00Z', 'Asia/Kolkata', wall(2026, 11, 24, 22, 30)],
    ['2026-11-24T23:30:00Z', 'Pacific/Auckland', wall(2026, 11, 25, 12, 30)],
    ['2026-01-01T00:00:00Z', 'UTC', wall(2026, 1, 1, 0)],
  ])('%s in %s', (iso, zone, expected) => {
    expect(wallClockAt(new Date(iso), zone)).toEqual(expected);
  });

  test('keeps the milliseconds', () => {
    expect(wallClockAt(new Date('2026-11-24T17:00:00.250Z'), 'Europe/Berlin').millisecond).toBe(250);
  });
});

describe('instant of a wall-clock time in a zone', () => {
  test.each([
    ['an ordinary time', 'Europe/Berlin', wall(2026, 11, 24, 18), '2026-11-24T17:00:00Z'],
    ['summer time', 'Europe/Berlin', wall(2026, 7, 1, 12), '2026-07-01T10:00:00Z'],
    [
      'in the spring-forward gap (02:00→03:00): moves forward by the gap',
      'Europe/Berlin',
      wall(2026, 3, 29, 2, 30),
      '2026-03-29T01:30:00Z',
    ],
    ['at the start of the gap', 'Europe/Berlin', wall(2026, 3, 29, 2, 0), '2026-03-29T01:00:00Z'],
    [
      'in the repeated hour (fall back): the earlier instant',
      'Europe/Berlin',
      wall(2026, 10, 25, 2, 30),
      '2026-10-25T00:30:00Z',
    ],
    [
      'in the spring-forward gap, New York',
      'America/New_York',
      wall(2026, 3, 8, 2, 30),
      '2026-03-08T07:30:00Z',
    ],
    [
      'in the repeated hour, New York: the earlier (EDT) instant',
      'America/New_York',
      wall(2026, 11, 1, 1, 30),
      '2026-11-01T05:30:00Z',
    ],
    [
      'a day past the end of a month rolls over',
      'Europe/Berlin',
      wall(2026, 1, 32, 9),
      '2026-02-01T08:00:00Z',
    ],
  ])('%s: %s %j → %s', (_, zone, reading, expected) => {
    expect(instantAt(reading, zone).toISOString()).toBe(new Date(expected).toISOString());
  });

  test('a gap reading comes out as the later wall-clock time', () => {
    expect(wallClockAt(instantAt(wall(2026, 3, 29, 2, 30), 'Europe/Berlin'), 'Europe/Berlin')).toEqual(
      wall(2026, 3, 29, 3, 30),
    );
  });

  test('every reading outside gaps survives the round trip, every 15 minutes across both 2026 changes', () => {
    for (const [zone, from] of [
      ['Europe/Berlin', '2026-03-28T00:00:00Z'],
      ['Europe/Berlin', '2026-10-24T00:00:00Z'],
      ['America/New_York', '2026-03-07T00:00:00Z'],
      ['America/New_York', '2026-10-31T00:00:00Z'],
    ] as const) {
      for (let t = Date.parse(from); t < Date.parse(from) + 3 * 86_400_000; t += 15 * 60_000) {
        const reading = wallClockAt(new Date(t), zone);
        const back = instantAt(reading, zone).getTime();
        // In the repeated hour the second pass maps back to the first, an hour earlier.
        expect([0, 3_600_000]).toContain(t - back);
        expect(wallClockAt(new Date(back), zone)).toEqual(reading);
      }
    }
  });
});

describe('calendar days in a zone', () => {
  test.each([
    ['Europe/Berlin', '2026-03-27T18:00:00+01:00', 5, '2026-04-01T18:00:00+02:00'],
    ['Europe/Berlin', '2026-04-01T18:00:00+02:00', -5, '2026-03-27T18:00:00+01:00'],
    ['America/New_York', '2026-10-29T18:00:00-04:00', 5, '2026-11-03T18:00:00-05:00'],
    ['UTC', '2026-12-30T12:00:00Z', 3, '2027-01-02T12:00:00Z'],
    ['UTC', '2028-02-28T12:00:00Z', 1, '2028-02-29T12:00:00Z'],
  ])('%s: %s %+i days → %s', (zone, from, n, expected) => {
    expect(addCalendarDays(new Date(from), n, zone).toISOString()).toBe(new Date(expected).toISOString());
  });

  test('rejects fractions of a day', () => {
    expect(() => addCalendarDays(new Date('2026-01-01T00:00:00Z'), 1.5, 'UTC')).toThrow(RangeError);
  });
});

describe('offsets and ISO strings', () => {
  test.each([
    ['2026-11-24T17:00:00Z', 'Europe/Berlin', 60, '2026-11-24T18:00:00+01:00'],
    ['2026-07-01T10:00:00Z', 'Europe/Berlin', 120, '2026-07-01T12:00:00+02:00'],
    ['2026-11-24T17:00:00Z', 'America/New_York', -300, '2026-11-24T12:00:00-05:00'],
    ['2026-11-24T17:00:00Z', 'Asia/Kathmandu', 345, '2026-11-24T22:45:00+05:45'],
    ['2026-11-24T17:00:00Z', 'UTC', 0, '2026-11-24T17:00:00+00:00'],
  ])('%s in %s: offset %i min, written %s', (iso, zone, offsetMinutes, written) => {
    expect(zoneOffsetMs(new Date(iso), zone)).toBe(offsetMinutes * 60_000);
    expect(toOffsetIso(new Date(iso), zone)).toBe(written);
  });

  test.each([
    ['Europe/Berlin', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j is a time zone: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
