import * as v from 'valibot';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { WindowSetting, WindowSettingSchema } from '../../src/window/keys';
import {
  defaultSettings,
  parseInstant,
  SettingsSchema,
  TreatmentSchema,
  type Settings,
  type Treatment,
} from '../../src/window/treatment';
import { treatment } from './helpers';

const valid: Treatment = {
  id: 'a1',
  type: 'microneedling',
  depthMm: 1,
  performedAt: '2026-11-24T18:00:00+01:00',
  timeZone: 'Europe/Berlin',
  preset: 'microneedling-medical',
  overrides: { retinoid: { kind: 'days', days: 14 }, makeup: { kind: 'hours', hours: 48 } },
  note: 'Dr. K said two weeks for tretinoin',
};

test('the schemas describe exactly the declared types', () => {
  expectTypeOf<v.InferOutput<typeof TreatmentSchema>>().toEqualTypeOf<Treatment>();
  expectTypeOf<v.InferOutput<typeof SettingsSchema>>().toEqualTypeOf<Settings>();
  expectTypeOf<v.InferOutput<typeof WindowSettingSchema>>().toEqualTypeOf<WindowSetting>();
});

describe('TreatmentSchema', () => {
  test('accepts a complete treatment as is', () => {
    expect(v.parse(TreatmentSchema, valid)).toEqual(valid);
  });

  test.each<[string, Partial<Record<keyof Treatment, unknown>>]>([
    ['performedAt without an offset', { performedAt: '2026-11-24T18:00:00' }],
    ['performedAt as a date only', { performedAt: '2026-11-24' }],
    ['performedAt on 30 February', { performedAt: '2026-02-30T10:00:00+01:00' }],
    ['performedAt at 24:00', { performedAt: '2026-11-24T24:00:00+01:00' }],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['an empty id', { id: '' }],
    ['a needle depth on a peel', { type: 'chemical-peel', preset: 'chemical-peel-superficial', depthMm: 1 }],
    ['a depth of 0 mm', { depthMm: 0 }],
    ['a depth in centimetres by mistake', { depthMm: 15 }],
    ['a preset of another type', { preset: 'laser-ablative' }],
    ['an unknown preset', { preset: 'microneedling-extreme' }],
    ['an unknown type', { type: 'botox' }],
    ['a window of 0 days', { overrides: { aha: { kind: 'days', days: 0 } } }],
    ['a window of 1.5 days', { overrides: { aha: { kind: 'days', days: 1.5 } } }],
    ['a window of negative hours', { overrides: { makeup: { kind: 'hours', hours: -24 } } }],
    ['a window with hours and days', { overrides: { aha: { kind: 'days', days: 5, hours: 3 } } }],
    ['an unknown window kind', { overrides: { aha: { kind: 'weeks', weeks: 1 } } }],
  ])('rejects %s', (_, change) => {
    expect(v.safeParse(TreatmentSchema, { ...valid, ...change }).success).toBe(false);
  });

  test.each([
    ['a treatment without a note', { note: undefined }],
    ['an offset of Z', { performedAt: '2026-11-24T17:00:00Z' }],
    ['minutes only', { performedAt: '2026-11-24T18:00+01:00' }],
    ['fractional seconds', { performedAt: '2026-11-24T18:00:00.125+01:00' }],
    ['an unknown depth', { depthMm: null }],
    ['every window kind', { overrides: { aha: { kind: 'off' }, bha: { kind: 'until-cleared' } } }],
  ])('accepts %s', (_, change) => {
    expect(v.safeParse(TreatmentSchema, { ...valid, ...change }).success).toBe(true);
  });

  test('drops fields it does not know (written by a newer version) instead of failing', () => {
    const parsed = v.parse(TreatmentSchema, {
      ...valid,
      colour: 'blue',
      overrides: { aha: { kind: 'off' }, bakuchiol: {} },
    });
    expect(parsed).not.toHaveProperty('colour');
    expect(parsed.overrides).toEqual({ aha: { kind: 'off' } });
  });
});

describe('SettingsSchema', () => {
  test('the defaults: no treatments, pre-treatment warning off', () => {
    expect(defaultSettings()).toEqual({
      version: 1,
      treatments: [],
      preTreatmentWarning: { enabled: false },
    });
    expect(v.parse(SettingsSchema, defaultSettings())).toEqual(defaultSettings());
  });

  test('a missing pre-treatment warning reads as off', () => {
    expect(v.parse(SettingsSchema, { version: 1, treatments: [] }).preTreatmentWarning).toEqual({
      enabled: false,
    });
  });

  test('treatment ids must be unique', () => {
    const a = treatment({ id: 'x', performedAt: '2026-11-24T18:00:00+01:00', timeZone: 'Europe/Berlin' });
    const result = v.safeParse(SettingsSchema, { ...defaultSettings(), treatments: [a, { ...a }] });
    expect(result.success).toBe(false);
    expect(
      v.safeParse(SettingsSchema, { ...defaultSettings(), treatments: [a, { ...a, id: 'y' }] }).success,
    ).toBe(true);
  });

  test('an unknown version is rejected, so storage migrates it rather than misreading it', () => {
    expect(v.safeParse(SettingsSchema, { ...defaultSettings(), version: 2 }).success).toBe(false);
  });
});

describe('parseInstant', () => {
  test.each([
    ['2026-11-24T18:00:00+01:00', '2026-11-24T17:00:00.000Z'],
    ['2026-11-24T12:00:00-05:00', '2026-11-24T17:00:00.000Z'],
    ['2026-11-24T17:00:00Z', '2026-11-24T17:00:00.000Z'],
    ['2026-11-24T22:45+05:45', '2026-11-24T17:00:00.000Z'],
    ['2026-11-24T17:00:00.123456Z', '2026-11-24T17:00:00.123Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  test.each([
    '2026-11-24T18:00:00',
    '2026-11-24 18:00:00+01:00',
    '2026-11-24T18:00:00+0100',
    '2027-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-24T18:60:00Z',
    '2026-11-24T18:00:00+24:00',
    'Tue, 24 Nov 2026 18:00:00 GMT',
  ])('rejects %s', (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});
