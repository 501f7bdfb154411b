import { describe, expect, test } from 'vitest';
import { GROUPS, type Group, changesBetween, nextChange, todayModel } from '../../src/routine/today';
import type { OwnedProduct } from '../../src/routine/product';
import type { Treatment } from '../../src/window/treatment';
import { settingsWith } from '../window/helpers';
import { answers, at, microneedling, product } from './helpers';

const shelf: OwnedProduct[] = [
  product('toner', 'glycolicToner', 'Glow toner'),
  product('serum', 'retinolSerum', 'Night serum'),
  product('cream', 'fragrancedCream', 'Rose cream'),
  product('wash', 'plainCleanser', 'Gentle wash'),
  product('base', 'foundation', 'Skin tint', 'makeup'),
];

/** Product names by group. */
function groups(treatments: Treatment[], now: string, products = shelf): Record<Group, string[]> {
  const model = todayModel(products, settingsWith(treatments), at(now));
  return Object.fromEntries(GROUPS.map((g) => [g, model.groups[g].map((s) => s.product.name)])) as Record<
    Group,
    string[]
  >;
}

describe('products × treatments × time → groups', () => {
  test.each<[string, Treatment[], string, Record<Group, string[]>]>([
    [
      'no treatment: everything is fine to use',
      [],
      '2026-11-26T12:00:00+01:00',
      {
        pause: [],
        'coming-back': [],
        care: [],
        fine: ['Glow toner', 'Night serum', 'Rose cream', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'the morning after: actives and makeup paused, fragrance with care',
      [microneedling()],
      '2026-11-25T09:00:00+01:00',
      {
        pause: ['Glow toner', 'Night serum', 'Skin tint'],
        'coming-back': [],
        care: ['Rose cream'],
        fine: ['Gentle wash'],
      },
    ],
    [
      'two days on: makeup is back (24 hours)',
      [microneedling()],
      '2026-11-26T12:00:00+01:00',
      {
        pause: ['Glow toner', 'Night serum'],
        'coming-back': [],
        care: ['Rose cream'],
        fine: ['Gentle wash', 'Skin tint'],
      },
    ],
    [
      'the windows ended: fragrance is fine; the actives wait for their turn (AHAs: the check is due)',
      [microneedling()],
      '2026-11-29T19:00:00+01:00',
      {
        pause: ['Glow toner', 'Night serum'],
        'coming-back': [],
        care: [],
        fine: ['Rose cream', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'AHAs confirmed: the toner is coming back; the serum waits 3 more days',
      [microneedling(answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } }))],
      '2026-11-30T09:00:00+01:00',
      {
        pause: ['Night serum'],
        'coming-back': ['Glow toner'],
        care: [],
        fine: ['Rose cream', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'a week after its check the toner is fine; the serum, confirmed on Wednesday, is coming back',
      [
        microneedling(
          answers({
            aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] },
            retinoid: { confirmedAt: '2026-12-02T21:00:00+01:00', notYet: [] },
          }),
        ),
      ],
      '2026-12-07T09:00:00+01:00',
      {
        pause: [],
        'coming-back': ['Night serum'],
        care: [],
        fine: ['Glow toner', 'Rose cream', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'the plan switched off: everything is back when the windows end',
      [microneedling({ wayBack: { enabled: false } })],
      '2026-11-29T19:00:00+01:00',
      {
        pause: [],
        'coming-back': [],
        care: [],
        fine: ['Glow toner', 'Night serum', 'Rose cream', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'a family switched off: the retinol serum is fine inside the window',
      [microneedling({ overrides: { retinoid: { kind: 'off' } } })],
      '2026-11-26T12:00:00+01:00',
      {
        pause: ['Glow toner'],
        'coming-back': [],
        care: ['Rose cream'],
        fine: ['Night serum', 'Gentle wash', 'Skin tint'],
      },
    ],
    [
      'several treatments: a peel after the needling keeps the serum paused longer',
      [
        microneedling(answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } })),
        {
          id: 'peel',
          type: 'chemical-peel',
          depthMm: null,
          performedAt: '2026-11-27T10:00:00+01:00',
          timeZone: 'Europe/Berlin',
          preset: 'chemical-peel-superficial',
          overrides: { aha: { kind: 'off' } },
        },
      ],
      '2026-11-30T09:00:00+01:00',
      // The peel's own fragrance window (5 days) runs until Wednesday.
      {
        pause: ['Night serum'],
        'coming-back': ['Glow toner'],
        care: ['Rose cream'],
        fine: ['Gentle wash', 'Skin tint'],
      },
    ],
  ])('%s', (_, treatments, now, expected) => {
    expect(groups(treatments, now)).toEqual(expected);
  });

  test('each product says why, by family, most restrictive first', () => {
    const both = product('both', 'retinolSerum', 'Retinol with rose');
    both.analysis.findings.push({
      ...(shelf[2]?.analysis.findings[0] as OwnedProduct['analysis']['findings'][number]),
    });
    const [entry] = todayModel([both], settingsWith([microneedling()]), at('2026-11-26T12:00:00+01:00'))
      .groups.pause;
    expect(
      entry?.reasons.map((r) => [
        r.kind,
        r.kind === 'window' ? r.key : r.family,
        r.kind === 'window' ? r.until?.toISOString() : null,
      ]),
    ).toEqual([
      ['window', 'retinoid', '2026-11-29T17:00:00.000Z'],
      ['window', 'fragrance', '2026-11-29T17:00:00.000Z'],
    ]);
  });

  test('the healing checks due now', () => {
    const model = todayModel(shelf, settingsWith([microneedling()]), at('2026-11-29T19:00:00+01:00'));
    expect(model.checks.map((s) => s.family)).toEqual(['aha']);
  });
});

describe('the next change', () => {
  test.each<[string, Treatment[], string, OwnedProduct[], object | null]>([
    [
      'inside the windows: on Sunday at 18:00 the cream is fine and the AHA check is asked',
      [microneedling()],
      '2026-11-26T12:00:00+01:00',
      shelf,
      {
        at: '2026-11-29T17:00:00.000Z',
        moves: [['Rose cream', 'care', 'fine']],
        checks: ['aha'],
      },
    ],
    [
      'waiting for a check: nothing changes on its own until the patient answers',
      [microneedling()],
      '2026-11-29T19:00:00+01:00',
      shelf,
      null,
    ],
    [
      'AHAs at a gentle pace: the toner is fine a week after its check... but first the retinoid check',
      [microneedling(answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } }))],
      '2026-11-30T09:00:00+01:00',
      shelf,
      { at: '2026-12-02T19:00:00.000Z', moves: [], checks: ['retinoid'] },
    ],
    [
      '"not yet": the check is asked again a day later',
      [microneedling(answers({ aha: { confirmedAt: null, notYet: ['2026-11-29T19:30:00+01:00'] } }))],
      '2026-11-29T21:00:00+01:00',
      shelf,
      { at: '2026-11-30T18:30:00.000Z', moves: [], checks: ['aha'] },
    ],
    [
      'the plan off: on Sunday at 18:00 the toner and the serum come back with the cream',
      [microneedling({ wayBack: { enabled: false } })],
      '2026-11-26T12:00:00+01:00',
      shelf,
      {
        at: '2026-11-29T17:00:00.000Z',
        moves: [
          ['Glow toner', 'pause', 'fine'],
          ['Night serum', 'pause', 'fine'],
          ['Rose cream', 'care', 'fine'],
        ],
        checks: [],
      },
    ],
    [
      'no products: the windows are all there is to tell (makeup first, after 24 hours)',
      [microneedling()],
      '2026-11-25T09:00:00+01:00',
      [],
      { at: '2026-11-25T17:00:00.000Z', moves: [], checks: [] },
    ],
    ['no treatment: nothing will change', [], '2026-11-26T12:00:00+01:00', shelf, null],
  ])('%s', (_, treatments, now, products, expected) => {
    const next = nextChange(products, settingsWith(treatments), at(now));
    expect(
      next && {
        at: next.at.toISOString(),
        moves: next.moves.map((m) => [m.product.name, m.from, m.to]),
        checks: next.checks,
      },
    ).toEqual(expected);
  });

  test('with no products, the windows that end are named', () => {
    const next = nextChange([], settingsWith([microneedling()]), at('2026-11-25T09:00:00+01:00'));
    expect(next?.windowsEnded).toEqual(['makeup']);
  });

  test('in spring, across the DST change, the next change is at 18:00 on the clock', () => {
    // Berlin starts summer time on Sun 29 Mar 2026: 5 days after Thu 26 Mar 18:00 CET is
    // Tue 31 Mar 18:00 CEST = 16:00 UTC.
    const march = microneedling({ performedAt: '2026-03-26T18:00:00+01:00', wayBack: { enabled: false } });
    const next = nextChange(shelf, settingsWith([march]), at('2026-03-28T12:00:00+01:00'));
    expect(next?.at.toISOString()).toBe('2026-03-31T16:00:00.000Z');
  });
});

describe('what changed between two instants (reminders)', () => {
  test('over the window end: windows ended, products back, a check asked', () => {
    const changes = changesBetween(
      shelf,
      settingsWith([microneedling()]),
      at('2026-11-29T17:00:00+01:00'),
      at('2026-11-29T18:00:01+01:00'),
    );
    expect(changes.windowsEnded).toEqual(['retinoid', 'aha', 'fragrance']);
    expect(changes.moves.map((m) => [m.product.name, m.from, m.to])).toEqual([
      ['Rose cream', 'care', 'fine'],
    ]);
    expect(changes.checks).toEqual(['aha']);
  });

  test('the patient’s own answer in between is not news', () => {
    const confirmed = microneedling(
      answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } }),
    );
    const changes = changesBetween(
      shelf,
      settingsWith([confirmed]),
      at('2026-11-29T19:30:00+01:00'),
      at('2026-11-29T20:30:00+01:00'),
    );
    expect(changes).toEqual({ moves: [], checks: [], windowsEnded: [], windowsStarted: [] });
  });

  test('the end of a gentle pace: the product is fine', () => {
    const confirmed = microneedling(
      answers({ aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } }),
    );
    const changes = changesBetween(
      [product('toner', 'glycolicToner', 'Glow toner')],
      settingsWith([confirmed]),
      at('2026-12-06T19:59:00+01:00'),
      at('2026-12-06T20:00:01+01:00'),
    );
    expect(changes.moves.map((m) => [m.product.name, m.from, m.to])).toEqual([
      ['Glow toner', 'coming-back', 'fine'],
    ]);
  });
});
