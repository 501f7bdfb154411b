import { describe, expect, test } from 'vitest';
import type { FamilyId } from '../../src/ingredients/family-schema';
import { type WayBackStep, wayBack } from '../../src/routine/way-back';
import type { Treatment } from '../../src/window/treatment';
import { settingsWith } from '../window/helpers';
import { answers, at, microneedling } from './helpers';

type Row = Pick<WayBackStep, 'family' | 'state'> & { startsAt: string; rampEndsAt: string | null };

function steps(treatments: Treatment[], now: string, families: FamilyId[] | null): Row[] {
  return wayBack(settingsWith(treatments), at(now), families ? new Set(families) : null).flatMap((plan) =>
    plan.steps.map((s) => ({
      family: s.family,
      state: s.state,
      startsAt: s.startsAt.toISOString(),
      rampEndsAt: s.rampEndsAt?.toISOString() ?? null,
    })),
  );
}

// The guide's windows end on Sun 29 Nov at 18:00 in Berlin (17:00 UTC); its plan brings back one
// family every 3 days, each at 3 evenings a week for 7 days.
const END = '2026-11-29T17:00:00.000Z';

describe('the way back after microneedling (guide preset)', () => {
  test.each<[string, Treatment, string, FamilyId[] | null, Row[]]>([
    [
      'inside the windows: every step waits; the first starts when the windows end, the next 3 days later',
      microneedling(),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [
        { family: 'aha', state: 'waiting', startsAt: END, rampEndsAt: null },
        { family: 'retinoid', state: 'waiting', startsAt: '2026-12-02T17:00:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      'the windows just ended: the first step asks for its check; the next waits for it',
      microneedling(),
      '2026-11-29T19:00:00+01:00',
      ['aha', 'retinoid'],
      [
        { family: 'aha', state: 'due', startsAt: END, rampEndsAt: null },
        // Three days from now at the earliest, since the AHA check has not been answered.
        { family: 'retinoid', state: 'waiting', startsAt: '2026-12-02T18:00:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      'AHAs confirmed on Sunday at 20:00: back at a gentle pace for 7 days; retinoids 3 days after',
      microneedling(answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } })),
      '2026-11-30T09:00:00+01:00',
      ['aha', 'retinoid'],
      [
        {
          family: 'aha',
          state: 'ramping',
          startsAt: '2026-11-29T19:00:00.000Z',
          rampEndsAt: '2026-12-06T19:00:00.000Z',
        },
        { family: 'retinoid', state: 'waiting', startsAt: '2026-12-02T19:00:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      '"not yet" on Sunday at 19:30 moves the AHA step, and everything after it, by a day',
      microneedling(answers({ aha: { confirmedAt: null, notYet: ['2026-11-29T19:30:00+01:00'] } })),
      '2026-11-29T21:00:00+01:00',
      ['aha', 'retinoid'],
      [
        { family: 'aha', state: 'waiting', startsAt: '2026-11-30T18:30:00.000Z', rampEndsAt: null },
        { family: 'retinoid', state: 'waiting', startsAt: '2026-12-03T18:30:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      'a family nobody uses takes no turn: retinoids come first when they are all the patient has',
      microneedling(),
      '2026-11-26T12:00:00+01:00',
      ['retinoid', 'fragrance'],
      [{ family: 'retinoid', state: 'waiting', startsAt: END, rampEndsAt: null }],
    ],
    [
      'a family switched off by the clinician has no window, so no step',
      microneedling({ overrides: { retinoid: { kind: 'off' } } }),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [{ family: 'aha', state: 'waiting', startsAt: END, rampEndsAt: null }],
    ],
    [
      'a family kept until the clinician clears the patient waits for that, with no step',
      microneedling({ overrides: { aha: { kind: 'until-cleared' } } }),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [{ family: 'retinoid', state: 'waiting', startsAt: END, rampEndsAt: null }],
    ],
    [
      'the plan switched off: no steps at all',
      microneedling({ wayBack: { enabled: false } }),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [],
    ],
    [
      'the plan changed: retinoids first, a week apart',
      microneedling({ wayBack: { enabled: true, order: ['retinoid', 'aha'], spacingDays: 7 } }),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [
        { family: 'retinoid', state: 'waiting', startsAt: END, rampEndsAt: null },
        { family: 'aha', state: 'waiting', startsAt: '2026-12-06T17:00:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      'a longer retinoid window outlasts the spacing: the step starts when that window ends',
      microneedling({ overrides: { retinoid: { kind: 'days', days: 14 } } }),
      '2026-11-26T12:00:00+01:00',
      ['aha', 'retinoid'],
      [
        { family: 'aha', state: 'waiting', startsAt: END, rampEndsAt: null },
        { family: 'retinoid', state: 'waiting', startsAt: '2026-12-08T17:00:00.000Z', rampEndsAt: null },
      ],
    ],
    [
      'a confirmation stands when a product of an earlier family is added later',
      microneedling(answers({ retinoid: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } })),
      '2026-11-30T09:00:00+01:00',
      ['pha', 'retinoid'],
      [
        { family: 'pha', state: 'due', startsAt: END, rampEndsAt: null },
        {
          family: 'retinoid',
          state: 'ramping',
          startsAt: '2026-11-29T19:00:00.000Z',
          rampEndsAt: '2026-12-06T19:00:00.000Z',
        },
      ],
    ],
    [
      'a confirmation from before the window ended (the treatment moved since) is asked again',
      microneedling(answers({ aha: { confirmedAt: '2026-11-20T20:00:00+01:00', notYet: [] } })),
      '2026-11-29T19:00:00+01:00',
      ['aha'],
      [{ family: 'aha', state: 'due', startsAt: END, rampEndsAt: null }],
    ],
    [
      'after the gentle pace the family is back as before',
      microneedling(answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } })),
      '2026-12-06T20:00:00+01:00',
      ['aha'],
      [
        {
          family: 'aha',
          state: 'done',
          startsAt: '2026-11-29T19:00:00.000Z',
          rampEndsAt: '2026-12-06T19:00:00.000Z',
        },
      ],
    ],
  ])('%s', (_, treatment, now, families, expected) => {
    expect(steps([treatment], now, families)).toEqual(expected);
  });

  test('every family the plan names, gentlest first, when not limited to the products', () => {
    expect(steps([microneedling()], '2026-11-26T12:00:00+01:00', null).map((s) => s.family)).toEqual([
      'pha',
      'vitamin-c',
      'bha',
      'aha',
      'benzoyl-peroxide',
      'retinoid',
      'physical-exfoliant',
    ]);
  });

  test('days count on the clock of the treatment’s zone across a DST change', () => {
    // Berlin leaves summer time on Sun 25 Oct 2026: 5 days after Thu 22 Oct 18:00 is Tue 27 Oct
    // 18:00 CET (17:00 UTC), not 16:00 UTC; the next step, 3 days on, is Fri 30 Oct 18:00 CET.
    const october = microneedling({ performedAt: '2026-10-22T18:00:00+02:00' });
    expect(steps([october], '2026-10-23T12:00:00+02:00', ['aha', 'retinoid'])).toEqual([
      { family: 'aha', state: 'waiting', startsAt: '2026-10-27T17:00:00.000Z', rampEndsAt: null },
      { family: 'retinoid', state: 'waiting', startsAt: '2026-10-30T17:00:00.000Z', rampEndsAt: null },
    ]);
    // A gentle pace confirmed before the change ends 7 calendar days later at the same clock time.
    const confirmed = microneedling({
      performedAt: '2026-10-15T18:00:00+02:00',
      ...answers({ aha: { confirmedAt: '2026-10-20T21:00:00+02:00', notYet: [] } }),
    });
    expect(steps([confirmed], '2026-10-21T12:00:00+02:00', ['aha'])[0]?.rampEndsAt).toBe(
      '2026-10-27T20:00:00.000Z',
    );
  });

  test('several treatments: each family follows the treatment whose window for it ends last', () => {
    const peel: Treatment = {
      id: 'peel',
      type: 'chemical-peel',
      depthMm: null,
      performedAt: '2026-11-27T10:00:00+01:00',
      timeZone: 'Europe/Berlin',
      preset: 'chemical-peel-superficial',
      overrides: { aha: { kind: 'off' } },
    };
    const plans = wayBack(
      settingsWith([microneedling(), peel]),
      at('2026-11-28T12:00:00+01:00'),
      new Set(['aha', 'retinoid']),
    );
    // The peel's retinoid window (10 days) ends after the needling's; its AHA window is off, so
    // the needling's AHA window governs the AHAs.
    expect(
      plans.map((p) => [p.treatmentId, p.steps.map((s) => [s.family, s.startsAt.toISOString()])]),
    ).toEqual([
      ['mn', [['aha', END]]],
      ['peel', [['retinoid', '2026-12-07T09:00:00.000Z']]],
    ]);
  });

  test('a booked treatment has no way back yet', () => {
    expect(steps([microneedling()], '2026-11-20T12:00:00+01:00', ['aha'])).toEqual([]);
  });

  test('the clinic is to be asked from a week after the treatment (guide preset)', () => {
    const [plan] = wayBack(
      settingsWith([microneedling()]),
      at('2026-11-29T19:00:00+01:00'),
      new Set(['aha']),
    );
    expect(plan?.askClinicFrom.toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });
});
