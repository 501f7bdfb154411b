import { describe, expect, test } from 'vitest';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { avoidNameFindings } from '../../src/ingredients/avoid-names';
import { badgeFor } from '../../src/badge/badge-text';
import { flaggedNames } from '../../src/verdict/page-marks';
import { AVOID_LIST, productVerdict } from '../../src/verdict/product-verdict';
import type { AvoidName } from '../../src/window/treatment';
import { avoidNameStatus, nextBoundary } from '../../src/window/window-status';
import { days, hours, only, settingsWith, treatment } from '../window/helpers';

const AT = '2026-12-01T10:00:00+01:00';
const ZONE = 'Europe/Berlin';

function withNames(avoidNames: AvoidName[], at = AT) {
  return settingsWith([
    treatment({ performedAt: at, timeZone: ZONE, overrides: only({}), avoidNames, clinic: clinicInfo }),
  ]);
}
const clinicInfo = { name: 'Skin Clinic', phone: '+44 20 7946 0000', notes: null, whenToCall: [] };
const names = (label: string, list: string[]): string[] =>
  [...avoidNameFindings(analyzeLabel(label), list).entries()].flatMap(([key, findings]) =>
    findings.map((f) => `${key}=${f.name}`),
  );

describe('an avoid list is matched like a family: whole names, spellings, look-alikes', () => {
  test.each([
    ['Ingredients: Water, Niacinamide, Glycerin', ['Niacinamide'], ['niacinamide=Niacinamide']],
    ['Ingredients: Water, Nicotinamide, Glycerin', ['niacinamide'], ['niacinamide=Nicotinamide']],
    ['Ingredients: Aqua, Vitamin B3 (Niacinamide)', ['Niacinamide'], ['niacinamide=Vitamin B3']],
    // A name the families know takes the family's spellings: Vitamin A Palmitate is retinyl palmitate.
    [
      'Ingredients: Water, Vitamin A Palmitate',
      ['Retinyl Palmitate'],
      ['retinyl palmitate=Vitamin A Palmitate'],
    ],
    // ...and its look-alikes: beta-carotene is no retinoid, on a list either.
    ['Ingredients: Water, Beta-Carotene (Vitamin A)', ['Vitamin A'], []],
    // Whole names only: niacin is not niacinamide, and a name inside another is no hit.
    ['Ingredients: Water, Niacin, Glycerin', ['Niacinamide'], []],
    [
      'Ingredients: Water, Tocopheryl Acetate, Ceramide NP',
      ['Vitamin E', 'Ceramides'],
      ['vitamin e=Tocopheryl Acetate', 'ceramides=Ceramide NP'],
    ],
    // The fragrance family's spellings: lavender oil is Lavandula Angustifolia Oil.
    [
      'Ingredients: Water, Lavender Oil',
      ['Lavandula Angustifolia Oil'],
      ['lavandula angustifolia oil=Lavender Oil'],
    ],
    [
      'Ingredients: Water, Lavandula Angustifolia Oil',
      ['Lavandula Angustifolia Oil'],
      ['lavandula angustifolia oil=Lavandula Angustifolia Oil'],
    ],
    // A name the engine knows nothing about is matched as a whole name, with a typing slip.
    [
      'Ingredients: Water, Snail Secretion Filtrate',
      ['Snail Secretion Filtrate'],
      ['snail secretion filtrate=Snail Secretion Filtrate'],
    ],
    ['Ingredients: Water, Glycerin', [], []],
  ])('%s with %j', (label, list, expected) => {
    expect(names(label, list)).toEqual(expected);
  });
});

describe('the verdict shows a listed name like a family, with its own window', () => {
  const label = analyzeLabel('Ingredients: Water, Niacinamide, Glycerin');
  const settings = withNames([{ name: 'Niacinamide', window: days(7), from: 'clinic' }]);

  test('inside its window: avoid, until its own end, and who listed it', () => {
    const verdict = productVerdict(
      { analysis: label, productType: null },
      settings,
      new Date('2026-12-03T10:00:00+01:00'),
    );
    expect(verdict.state).toBe('avoid');
    expect(verdict.now).toHaveLength(1);
    const [flag] = verdict.now;
    expect(flag?.key).toBe(AVOID_LIST);
    expect(flag?.avoidName).toEqual({ name: 'Niacinamide', from: 'clinic', clinic: 'Skin Clinic' });
    expect(flag?.until?.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    expect(badgeFor(verdict)).toEqual({ text: '1', color: '#b42318' });
    expect(flaggedNames(verdict).avoid).toEqual(['Niacinamide']);
  });

  test('after its window: the window is over, as for a family', () => {
    const verdict = productVerdict(
      { analysis: label, productType: null },
      settings,
      new Date('2026-12-09T10:00:00+01:00'),
    );
    expect(verdict.state).toBe('window-over');
    expect(verdict.clearSince?.toISOString()).toBe('2026-12-08T09:00:00.000Z');
  });

  test('a listed name that the list holds only at a trace level is flagged, not shown as a trace', () => {
    const withCitric = withNames([{ name: 'Citric Acid', window: days(7), from: 'clinic' }]);
    const toner = analyzeLabel(
      'Ingredients: Aqua, Glycerin, Panthenol, Phenoxyethanol, Citric Acid, Sodium Citrate',
    );
    const at = new Date('2026-12-03T10:00:00+01:00');
    const plain = productVerdict(
      { analysis: toner, productType: null },
      settingsWith([treatment({ performedAt: AT, timeZone: ZONE, overrides: only({}) })]),
      at,
    );
    expect(plain.traces.map((f) => f.name)).toEqual(['Citric Acid']);
    const verdict = productVerdict({ analysis: toner, productType: null }, withCitric, at);
    expect(verdict.traces).toEqual([]);
    expect(verdict.now.map((f) => f.avoidName?.name)).toEqual(['Citric Acid']);
  });

  test('a patient without a list gets the families alone', () => {
    const plain = settingsWith([treatment({ performedAt: AT, timeZone: ZONE, overrides: only({}) })]);
    expect(
      productVerdict({ analysis: label, productType: null }, plain, new Date('2026-12-03T10:00:00+01:00'))
        .state,
    ).toBe('clear');
  });

  test("until cleared, and the patient's own entries", () => {
    const mine = withNames([{ name: 'niacinamide', window: { kind: 'until-cleared' }, from: 'patient' }]);
    const verdict = productVerdict(
      { analysis: label, productType: null },
      mine,
      new Date('2027-06-01T10:00:00+01:00'),
    );
    expect(verdict.now[0]).toMatchObject({
      untilCleared: true,
      until: null,
      avoidName: { from: 'patient', clinic: null },
    });
  });

  test("the name's window end is a boundary for the badge alarm", () => {
    const hourly = withNames([{ name: 'Niacinamide', window: hours(30), from: 'patient' }]);
    expect(nextBoundary(hourly, new Date('2026-12-01T12:00:00+01:00'))?.toISOString()).toBe(
      '2026-12-02T15:00:00.000Z',
    );
    expect(avoidNameStatus(hourly, 'niacinamide', new Date('2026-12-01T12:00:00+01:00')).avoidNow).toBe(true);
  });
});
