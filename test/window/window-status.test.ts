import { describe, expect, test } from 'vitest';
import type { WindowKey, WindowSetting } from '../../src/window/keys';
import { WINDOW_KEYS } from '../../src/window/keys';
import { presetById } from '../../src/window/presets';
import {
  effectiveWindow,
  nextBoundary,
  settingsStatus,
  windowStatus,
  type WindowStatus,
} from '../../src/window/window-status';
import { days, hours, hoursBetween, only, settingsWith, treatment } from './helpers';

/** Where one window of `setting` for retinoids, started at `performedAt` in `timeZone`, ends. */
function endOf(
  performedAt: string,
  timeZone: string,
  setting: WindowSetting,
  key: WindowKey = 'retinoid',
): Date | null {
  const settings = settingsWith([treatment({ performedAt, timeZone, overrides: only({ [key]: setting }) })]);
  return windowStatus(settings, key, new Date(performedAt)).until;
}

const NOT_AVOIDING: WindowStatus = {
  avoidNow: false,
  until: null,
  untilCleared: false,
  endedAt: null,
  startsAt: null,
  treatmentId: null,
};

describe('a window of N days ends at the same wall-clock time N calendar days later, in the zone it was entered in', () => {
  test.each([
    // zone, performed at, days, ends at, elapsed hours, what the days cross
    ['Europe/Berlin', '2026-11-24T18:00:00+01:00', 5, '2026-11-29T18:00:00+01:00', 120, 'no clock change'],
    ['Asia/Tokyo', '2026-06-01T09:30:00+09:00', 5, '2026-06-06T09:30:00+09:00', 120, 'no clock change'],
    ['America/New_York', '2026-07-01T08:15:00-04:00', 7, '2026-07-08T08:15:00-04:00', 168, 'no clock change'],
    [
      'Europe/Berlin',
      '2026-03-27T18:00:00+01:00',
      5,
      '2026-04-01T18:00:00+02:00',
      119,
      'spring forward, 29 Mar',
    ],
    ['Europe/Berlin', '2026-10-22T18:00:00+02:00', 5, '2026-10-27T18:00:00+01:00', 121, 'fall back, 25 Oct'],
    [
      'America/New_York',
      '2026-03-05T18:00:00-05:00',
      5,
      '2026-03-10T18:00:00-04:00',
      119,
      'spring forward, 8 Mar',
    ],
    [
      'America/New_York',
      '2026-10-29T18:00:00-04:00',
      5,
      '2026-11-03T18:00:00-05:00',
      121,
      'fall back, 1 Nov',
    ],
    [
      'America/New_York',
      '2026-03-07T12:00:00-05:00',
      1,
      '2026-03-08T12:00:00-04:00',
      23,
      'spring forward, 8 Mar',
    ],
    [
      'Europe/Berlin',
      '2026-03-20T09:00:00+01:00',
      10,
      '2026-03-30T09:00:00+02:00',
      239,
      'spring forward, 29 Mar',
    ],
  ])('%s: %s + %i days → %s (%i h; %s)', (timeZone, performedAt, n, expected, elapsed) => {
    const until = endOf(performedAt, timeZone, days(n));
    expect(until?.toISOString()).toBe(new Date(expected).toISOString());
    expect(hoursBetween(performedAt, until as Date)).toBe(elapsed);
  });

  test.each([
    [
      'spring forward, Europe/Berlin',
      'Europe/Berlin',
      '2026-03-24T02:30:00+01:00',
      '2026-03-29T03:30:00+02:00',
    ],
    [
      'spring forward, America/New_York',
      'America/New_York',
      '2026-03-03T02:30:00-05:00',
      '2026-03-08T03:30:00-04:00',
    ],
  ])(
    'an end that falls in the DST gap (%s) moves forward by the gap: %s + 5 days → %s',
    (_, timeZone, performedAt, expected) => {
      expect(endOf(performedAt, timeZone, days(5))?.toISOString()).toBe(new Date(expected).toISOString());
    },
  );

  test.each([
    ['fall back, Europe/Berlin', 'Europe/Berlin', '2026-10-20T02:30:00+02:00', '2026-10-25T02:30:00+02:00'],
    [
      'fall back, America/New_York',
      'America/New_York',
      '2026-10-27T01:30:00-04:00',
      '2026-11-01T01:30:00-04:00',
    ],
  ])(
    'an end that falls in the repeated hour (%s) takes the first of the two: %s + 5 days → %s',
    (_, timeZone, performedAt, expected) => {
      expect(endOf(performedAt, timeZone, days(5))?.toISOString()).toBe(new Date(expected).toISOString());
    },
  );

  test('the offset written in performedAt does not matter, only the instant and the zone', () => {
    const written = ['2026-11-24T18:00:00+01:00', '2026-11-24T17:00:00Z', '2026-11-24T12:00:00-05:00'];
    const ends = written.map((performedAt) => endOf(performedAt, 'Europe/Berlin', days(5))?.toISOString());
    expect(ends).toEqual(Array(3).fill('2026-11-29T17:00:00.000Z'));
  });

  test('the same instant entered in another zone counts days in that zone (Berlin has changed clocks, New York not yet)', () => {
    const instant = '2026-10-22T16:00:00Z';
    expect(endOf(instant, 'Europe/Berlin', days(5))?.toISOString()).toBe('2026-10-27T17:00:00.000Z');
    expect(endOf(instant, 'America/New_York', days(5))?.toISOString()).toBe('2026-10-27T16:00:00.000Z');
  });
});

describe('a window of N hours is N elapsed hours, whatever the clocks do', () => {
  test.each([
    ['Europe/Berlin', '2026-03-28T20:00:00+01:00', '2026-03-29T21:00:00+02:00'],
    ['Europe/Berlin', '2026-10-24T20:00:00+02:00', '2026-10-25T19:00:00+01:00'],
    ['America/New_York', '2026-03-07T20:00:00-05:00', '2026-03-08T21:00:00-04:00'],
    ['America/New_York', '2026-10-31T20:00:00-04:00', '2026-11-01T19:00:00-05:00'],
  ])('makeup for 24 h in %s from %s ends at %s, exactly 24 h later', (timeZone, performedAt, expected) => {
    // The baseline preset's own makeup window: 24 hours.
    const baseline = treatment({ performedAt, timeZone });
    expect(effectiveWindow(baseline, 'makeup')).toEqual(hours(24));
    const settings = settingsWith([baseline]);
    const until = windowStatus(settings, 'makeup', new Date(performedAt)).until;
    expect(until?.toISOString()).toBe(new Date(expected).toISOString());
    expect(hoursBetween(performedAt, until as Date)).toBe(24);
  });
});

describe('the window starts at the treatment and ends just before its end instant', () => {
  const performedAt = '2026-11-24T18:00:00+01:00';
  const end = '2026-11-29T18:00:00+01:00';
  const settings = settingsWith([
    treatment({ performedAt, timeZone: 'Europe/Berlin', overrides: only({ aha: days(5) }) }),
  ]);
  const ms = (iso: string, delta = 0): Date => new Date(new Date(iso).getTime() + delta);

  test.each([
    ['a millisecond before the treatment', ms(performedAt, -1), false],
    ['at the treatment', ms(performedAt), true],
    ['a millisecond before the end', ms(end, -1), true],
    ['at the end', ms(end), false],
  ])('%s: avoid = %s', (_, now, avoid) => {
    expect(windowStatus(settings, 'aha', now).avoidNow).toBe(avoid);
  });

  test('while avoiding: until the end; afterwards: clear since the end', () => {
    expect(windowStatus(settings, 'aha', new Date('2026-11-26T12:00:00Z'))).toEqual({
      ...NOT_AVOIDING,
      avoidNow: true,
      until: new Date(end),
      treatmentId: 't1',
    });
    expect(windowStatus(settings, 'aha', new Date('2026-12-10T12:00:00Z'))).toEqual({
      ...NOT_AVOIDING,
      endedAt: new Date(end),
      treatmentId: 't1',
    });
  });
});

describe('overlapping treatments: the latest end wins', () => {
  const early = treatment({
    id: 'early',
    performedAt: '2026-11-20T11:00:00+01:00',
    timeZone: 'Europe/Berlin',
    overrides: only({ retinoid: days(10) }), // ends 30 Nov 11:00
  });
  const late = treatment({
    id: 'late',
    performedAt: '2026-11-24T18:00:00+01:00',
    timeZone: 'Europe/Berlin',
    overrides: only({ retinoid: days(5) }), // ends 29 Nov 18:00
  });
  const lateLonger = { ...late, overrides: only({ retinoid: days(14) }) }; // ends 8 Dec 18:00
  const lateCleared = { ...late, overrides: only({ retinoid: { kind: 'until-cleared' } as const }) };

  test.each([
    [
      'an earlier treatment with the later end',
      'early',
      '2026-11-30T11:00:00+01:00',
      [early, late],
      '2026-11-26T12:00:00Z',
    ],
    [
      'the same, listed the other way round',
      'early',
      '2026-11-30T11:00:00+01:00',
      [late, early],
      '2026-11-26T12:00:00Z',
    ],
    [
      'a later treatment with the later end',
      'late',
      '2026-12-08T18:00:00+01:00',
      [early, lateLonger],
      '2026-11-26T12:00:00Z',
    ],
    [
      'only the earlier one has started',
      'early',
      '2026-11-30T11:00:00+01:00',
      [early, lateLonger],
      '2026-11-22T12:00:00Z',
    ],
    [
      'after the earlier one ended',
      'late',
      '2026-12-08T18:00:00+01:00',
      [early, lateLonger],
      '2026-12-01T12:00:00Z',
    ],
  ])('%s: the %s treatment decides, until %s', (_, id, until, treatments, now) => {
    const status = windowStatus(settingsWith(treatments), 'retinoid', new Date(now));
    expect(status).toMatchObject({
      avoidNow: true,
      treatmentId: id,
      until: new Date(until),
      untilCleared: false,
    });
  });

  test('an until-cleared treatment outlasts every dated one', () => {
    const status = windowStatus(
      settingsWith([early, lateCleared]),
      'retinoid',
      new Date('2026-11-26T12:00:00Z'),
    );
    expect(status).toMatchObject({ avoidNow: true, until: null, untilCleared: true, treatmentId: 'late' });
  });

  test('once all have ended, "clear since" is the latest end', () => {
    const status = windowStatus(
      settingsWith([lateLonger, early]),
      'retinoid',
      new Date('2026-12-20T12:00:00Z'),
    );
    expect(status).toEqual({
      ...NOT_AVOIDING,
      endedAt: new Date('2026-12-08T18:00:00+01:00'),
      treatmentId: 'late',
    });
  });
});

describe('a treatment still to come', () => {
  // Medical-depth microneedling: retinoids 10 days after, and 7 days before when warned ahead.
  const booked = treatment({
    id: 'booked',
    type: 'microneedling',
    depthMm: 1,
    preset: 'microneedling-medical',
    performedAt: '2026-12-10T10:00:00+01:00',
    timeZone: 'Europe/Berlin',
  });
  const before = presetById('microneedling-medical').beforeTreatment?.windows.retinoid;
  const after = presetById('microneedling-medical').windows.retinoid;

  test('the preset used here warns 7 days ahead and keeps retinoids away for 10 days', () => {
    expect([before, after]).toEqual([days(7), days(10)]);
  });

  test.each([
    ['warning off, a week ahead', false, '2026-12-01T12:00:00Z', NOT_AVOIDING],
    ['warning off, the day before', false, '2026-12-09T12:00:00Z', NOT_AVOIDING],
    [
      'warning on, before the warning starts',
      true,
      '2026-12-01T12:00:00Z',
      { ...NOT_AVOIDING, startsAt: new Date('2026-12-03T10:00:00+01:00'), treatmentId: 'booked' },
    ],
    [
      'warning on, inside the warning: avoid through to the end of the window after',
      true,
      '2026-12-05T12:00:00Z',
      {
        ...NOT_AVOIDING,
        avoidNow: true,
        until: new Date('2026-12-20T10:00:00+01:00'),
        treatmentId: 'booked',
      },
    ],
    [
      'warning off, after the treatment',
      false,
      '2026-12-11T12:00:00Z',
      {
        ...NOT_AVOIDING,
        avoidNow: true,
        until: new Date('2026-12-20T10:00:00+01:00'),
        treatmentId: 'booked',
      },
    ],
  ])('%s', (_, warn, now, expected) => {
    expect(windowStatus(settingsWith([booked], warn), 'retinoid', new Date(now))).toEqual(expected);
  });

  test('a key the preset gives no pre-treatment warning (makeup) starts only at the treatment, even with the warning on', () => {
    const settings = settingsWith([booked], true);
    expect(windowStatus(settings, 'makeup', new Date('2026-12-09T12:00:00Z'))).toEqual(NOT_AVOIDING);
    expect(windowStatus(settings, 'makeup', new Date('2026-12-10T09:00:00Z')).avoidNow).toBe(true);
  });

  test('the warning counts calendar days back in the treatment zone (7 days before 30 Mar, over the spring-forward night)', () => {
    const settings = settingsWith([{ ...booked, performedAt: '2026-03-30T10:00:00+02:00' }], true);
    expect(windowStatus(settings, 'retinoid', new Date('2026-03-20T00:00:00Z')).startsAt).toEqual(
      new Date('2026-03-23T10:00:00+01:00'),
    );
  });
});

describe('until-cleared and off', () => {
  const cleared = treatment({
    performedAt: '2026-11-24T18:00:00+01:00',
    timeZone: 'Europe/Berlin',
    overrides: { retinoid: { kind: 'until-cleared' } },
  });

  test.each([
    ['the day after', '2026-11-25T18:00:00Z'],
    ['three years later', '2029-11-25T18:00:00Z'],
  ])('until-cleared still avoids %s, with no end date', (_, now) => {
    expect(windowStatus(settingsWith([cleared]), 'retinoid', new Date(now))).toEqual({
      ...NOT_AVOIDING,
      avoidNow: true,
      untilCleared: true,
      treatmentId: 't1',
    });
  });

  test('until-cleared does not start before the treatment', () => {
    expect(windowStatus(settingsWith([cleared]), 'retinoid', new Date('2026-11-24T16:00:00Z'))).toEqual(
      NOT_AVOIDING,
    );
  });

  test.each([
    ['removing the treatment', settingsWith([])],
    ['switching the window off', settingsWith([{ ...cleared, overrides: { retinoid: { kind: 'off' } } }])],
  ])('the patient is cleared by %s', (_, settings) => {
    expect(windowStatus(settings, 'retinoid', new Date('2026-11-25T18:00:00Z'))).toEqual(NOT_AVOIDING);
  });

  test('off never avoids, not even at the treatment, and nothing ever "ends"', () => {
    const off = settingsWith([{ ...cleared, overrides: { retinoid: { kind: 'off' } } }], true);
    for (const now of ['2026-11-24T17:00:00Z', '2026-11-25T18:00:00Z', '2027-01-01T00:00:00Z']) {
      expect(windowStatus(off, 'retinoid', new Date(now))).toEqual(NOT_AVOIDING);
    }
  });

  test('an override replaces the preset for its key only', () => {
    const status = settingsStatus(settingsWith([cleared]), new Date('2026-11-25T18:00:00Z'));
    expect(status.retinoid.untilCleared).toBe(true);
    expect(status.aha).toMatchObject({ avoidNow: true, until: new Date('2026-11-29T18:00:00+01:00') });
  });
});

describe('settingsStatus', () => {
  test('has a status for every key, from the preset when nothing is overridden', () => {
    const settings = settingsWith([
      treatment({ performedAt: '2026-11-24T18:00:00+01:00', timeZone: 'Europe/Berlin' }),
    ]);
    const status = settingsStatus(settings, new Date('2026-11-26T12:00:00Z'));
    expect(Object.keys(status).sort()).toEqual([...WINDOW_KEYS].sort());
    expect(status.makeup).toEqual({
      ...NOT_AVOIDING,
      endedAt: new Date('2026-11-25T18:00:00+01:00'),
      treatmentId: 't1',
    });
    for (const key of WINDOW_KEYS.filter((k) => k !== 'makeup')) {
      expect(status[key], key).toMatchObject({
        avoidNow: true,
        until: new Date('2026-11-29T18:00:00+01:00'),
      });
    }
  });

  test('with no treatments nothing is avoided', () => {
    const status = settingsStatus(settingsWith([]), new Date('2026-11-26T12:00:00Z'));
    expect(Object.values(status)).toEqual(Array(WINDOW_KEYS.length).fill(NOT_AVOIDING));
  });
});

describe('nextBoundary: the next instant any status changes, for an alarm', () => {
  const baseline = treatment({ performedAt: '2026-11-24T18:00:00+01:00', timeZone: 'Europe/Berlin' });
  const outer = treatment({
    id: 'outer',
    performedAt: '2026-11-20T10:00:00Z',
    timeZone: 'UTC',
    overrides: only({ retinoid: days(20) }), // 20 Nov – 10 Dec
  });
  const inner = treatment({
    id: 'inner',
    performedAt: '2026-11-25T10:00:00Z',
    timeZone: 'UTC',
    overrides: only({ retinoid: days(2) }), // 25 – 27 Nov, inside the outer window
  });
  const booked = treatment({
    id: 'booked',
    type: 'microneedling',
    depthMm: 1,
    preset: 'microneedling-medical',
    performedAt: '2026-12-10T10:00:00+01:00',
    timeZone: 'Europe/Berlin',
  });
  const cleared = { ...baseline, overrides: only({ retinoid: { kind: 'until-cleared' } as const }) };

  test.each([
    ['no treatments', settingsWith([]), '2026-11-26T12:00:00Z', null],
    [
      'before a treatment, warning off: the treatment itself',
      settingsWith([baseline]),
      '2026-11-20T00:00:00Z',
      '2026-11-24T18:00:00+01:00',
    ],
    [
      'just after it: the 24-hour makeup window ends first',
      settingsWith([baseline]),
      '2026-11-24T18:00:00+01:00',
      '2026-11-25T18:00:00+01:00',
    ],
    [
      'then the 5-day windows end',
      settingsWith([baseline]),
      '2026-11-25T18:00:00+01:00',
      '2026-11-29T18:00:00+01:00',
    ],
    ['after every window has ended', settingsWith([baseline]), '2026-11-29T18:00:00+01:00', null],
    [
      'a booked treatment, warning on: the first warning starts',
      settingsWith([booked], true),
      '2026-11-26T12:00:00Z',
      '2026-12-03T10:00:00+01:00',
    ],
    [
      'a booked treatment, warning off: the treatment itself',
      settingsWith([booked]),
      '2026-11-26T12:00:00Z',
      '2026-12-10T10:00:00+01:00',
    ],
    ['until-cleared alone never ends by itself', settingsWith([cleared]), '2026-12-01T00:00:00Z', null],
    [
      'a short window starting inside a longer one changes nothing until it ends',
      settingsWith([outer, inner]),
      '2026-11-22T00:00:00Z',
      '2026-11-27T10:00:00Z',
    ],
  ])('%s', (_, settings, now, expected) => {
    expect(nextBoundary(settings, new Date(now))).toEqual(expected === null ? null : new Date(expected));
  });

  test('every status is the same from now until just before the boundary, and differs at it', () => {
    const settings = settingsWith([baseline, booked], true);
    let now = new Date('2026-11-20T00:00:00Z');
    const seen: string[] = [];
    for (let next = nextBoundary(settings, now); next !== null; next = nextBoundary(settings, now)) {
      expect(settingsStatus(settings, new Date(next.getTime() - 1))).toEqual(settingsStatus(settings, now));
      expect(settingsStatus(settings, next)).not.toEqual(settingsStatus(settings, now));
      seen.push(next.toISOString());
      now = next;
    }
    expect(seen).toEqual([
      '2026-11-24T17:00:00.000Z', // the baseline treatment
      '2026-11-25T17:00:00.000Z', // its makeup window ends
      '2026-11-29T17:00:00.000Z', // its 5-day windows end
      '2026-12-03T09:00:00.000Z', // the warning before the booked treatment (7 days)
      '2026-12-10T09:00:00.000Z', // the booked treatment (windows without a warning start)
      '2026-12-11T09:00:00.000Z', // its 24-hour makeup window ends
      '2026-12-15T09:00:00.000Z', // its 5-day windows end
      '2026-12-17T09:00:00.000Z', // its 7-day windows end
      '2026-12-20T09:00:00.000Z', // its 10-day retinoid window ends
    ]);
  });
});
