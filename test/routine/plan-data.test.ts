import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import planFile from '../../ingredients/reintroduction.json';
import { SOURCES } from '../../src/ingredients/sources';
import { PlanFileSchema, STEP_FAMILIES } from '../../src/routine/plan-schema';
import { PLAN_FILE, presetPlan } from '../../src/routine/plans';
import { PRESET_IDS } from '../../src/window/preset-schema';
import { presetById } from '../../src/window/presets';

describe('ingredients/reintroduction.json', () => {
  test('matches the schema, and parsing does not change it (it is used as is)', () => {
    const result = v.safeParse(PlanFileSchema, planFile);
    expect(result.success ? {} : v.flatten(result.issues)).toEqual({});
    if (result.success) expect(result.output).toEqual(planFile);
  });

  test('has one plan per preset, in the presets’ order', () => {
    expect(PLAN_FILE.plans.map((p) => p.preset)).toEqual(PRESET_IDS);
  });

  test('every source it cites exists in sources.json', () => {
    const cited = [
      ...PLAN_FILE.orderSources,
      ...PLAN_FILE.healingCheck.sources,
      ...PLAN_FILE.plans.flatMap((p) => p.sources),
    ];
    expect(cited.filter((id) => !(id in SOURCES))).toEqual([]);
  });

  test.each(PLAN_FILE.plans.map((p) => [p.preset, p] as const))(
    '%s brings every active and scrubs back, gentlest first, retinoids after the acids',
    (_, plan) => {
      expect([...plan.order].sort()).toEqual([...STEP_FAMILIES].sort());
      const place = (family: string): number => plan.order.indexOf(family as never);
      for (const acid of ['pha', 'bha', 'aha', 'vitamin-c'])
        expect(place(acid)).toBeLessThan(place('retinoid'));
      expect(place('physical-exfoliant')).toBe(plan.order.length - 1);
    },
  );

  test.each(PLAN_FILE.plans.map((p) => [p.preset, p] as const))(
    '%s: a gentle pace of 2–3 evenings a week for one or two weeks, steps 3–7 days apart',
    (_, plan) => {
      expect(plan.eveningsPerWeek).toBeGreaterThanOrEqual(2);
      expect(plan.eveningsPerWeek).toBeLessThanOrEqual(3);
      expect([7, 14]).toContain(plan.rampDays);
      expect(plan.spacingDays).toBeGreaterThanOrEqual(3);
      expect(plan.spacingDays).toBeLessThanOrEqual(7);
    },
  );

  test('deeper treatments are never quicker than lighter ones of the same kind', () => {
    const pace = (id: (typeof PRESET_IDS)[number]) => {
      const p = presetPlan(id);
      return [p.spacingDays, p.rampDays, -p.eveningsPerWeek, p.askClinicAfterDays];
    };
    for (const chain of [
      ['microneedling-superficial', 'microneedling-medical', 'microneedling-deep'],
      ['chemical-peel-superficial', 'chemical-peel-medium', 'chemical-peel-deep'],
      ['laser-non-ablative-fractional', 'laser-ablative'],
    ] as const) {
      for (let i = 1; i < chain.length; i++) {
        const [lighter, deeper] = [pace(chain[i - 1] as never), pace(chain[i] as never)];
        deeper.forEach((value, k) =>
          expect(value, `${chain[i]} vs ${chain[i - 1]}`).toBeGreaterThanOrEqual(lighter[k] as number),
        );
      }
    }
  });

  test('the clinic is asked about skin that has not settled only after the preset’s windows for scrubs', () => {
    // Asking the clinic before the skin was expected to be ready would make every "not yet" alarming.
    for (const plan of PLAN_FILE.plans) {
      const scrubs = presetById(plan.preset).windows['physical-exfoliant'];
      if (scrubs.kind === 'days')
        expect(plan.askClinicAfterDays, plan.preset).toBeGreaterThanOrEqual(scrubs.days);
    }
  });
});
