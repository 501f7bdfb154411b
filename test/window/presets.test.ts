import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import presetFile from '../../ingredients/treatment-windows.json';
import { RAW_FAMILIES } from '../../src/ingredients/family-data';
import { SOURCES } from '../../src/ingredients/sources';
import { FAMILY_IDS } from '../../src/ingredients/family-schema';
import { nominalHours, TREATMENT_TYPES, WINDOW_KEYS, type WindowKey } from '../../src/window/keys';
import {
  GUIDE_MINIMUM,
  PRESET_IDS,
  PRESET_IDS_BY_TYPE,
  PresetFileSchema,
  type PresetId,
} from '../../src/window/preset-schema';
import { PRESETS, presetById, presetFor, presetsForType } from '../../src/window/presets';

describe('ingredients/treatment-windows.json', () => {
  test('matches the schema', () => {
    const result = v.safeParse(PresetFileSchema, presetFile);
    expect(result.success ? {} : v.flatten(result.issues)).toEqual({});
    // The shipped data is used without parsing, so parsing must not change it.
    if (result.success) expect(result.output).toEqual(presetFile);
  });

  test('has exactly one preset per id, grouped by type, in the order of PRESET_IDS', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(PRESET_IDS);
    for (const type of TREATMENT_TYPES) {
      expect(presetsForType(type).map((p) => p.id)).toEqual(PRESET_IDS_BY_TYPE[type]);
    }
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))('%s has a window for every key', (_, preset) => {
    expect(Object.keys(preset.windows).sort()).toEqual([...WINDOW_KEYS].sort());
  });

  test('every source a preset cites exists in sources.json', () => {
    const missing = PRESETS.flatMap((p) =>
      [...p.sources, ...(p.beforeTreatment?.sources ?? [])]
        .filter((id) => !(id in SOURCES))
        .map((id) => `${p.id}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  test('the guide minimum covers exactly the families the aftercare guide names, plus makeup', () => {
    const inGuide = RAW_FAMILIES.filter((f) => f.inGuide).map((f) => f.id);
    expect(Object.keys(GUIDE_MINIMUM).sort()).toEqual([...inGuide, 'makeup'].sort());
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s is never shorter than the aftercare guide for the guide’s families and makeup',
    (_, preset) => {
      const shorter = (Object.keys(GUIDE_MINIMUM) as (keyof typeof GUIDE_MINIMUM)[]).filter(
        (key) => nominalHours(preset.windows[key]) < nominalHours(GUIDE_MINIMUM[key]),
      );
      expect(shorter).toEqual([]);
    },
  );

  test('no preset switches a family off: switching off is the patient’s or clinician’s call', () => {
    const off = PRESETS.flatMap((p) =>
      WINDOW_KEYS.filter((key) => p.windows[key].kind === 'off').map((key) => `${p.id}: ${key}`),
    );
    expect(off).toEqual([]);
  });

  test('"other" is the guide’s baseline: 5 days for every family, 24 hours for makeup', () => {
    const expected = Object.fromEntries([
      ...FAMILY_IDS.map((id) => [id, { kind: 'days', days: 5 }]),
      ['makeup', { kind: 'hours', hours: 24 }],
    ]);
    expect(presetById('other').windows).toEqual(expected);
  });

  test.each(['chemical-peel-deep', 'laser-ablative'] as const)(
    '%s keeps every active and scrubs away until the clinician clears the patient',
    (id) => {
      const actives: WindowKey[] = [
        'retinoid',
        'aha',
        'benzoyl-peroxide',
        'bha',
        'pha',
        'vitamin-c',
        'physical-exfoliant',
      ];
      expect(actives.filter((key) => presetById(id).windows[key].kind !== 'until-cleared')).toEqual([]);
    },
  );

  test('pre-treatment warnings are at most two weeks and only for actives', () => {
    for (const preset of PRESETS) {
      for (const [key, setting] of Object.entries(preset.beforeTreatment?.windows ?? {})) {
        expect(['retinoid', 'aha', 'benzoyl-peroxide', 'bha', 'pha'], `${preset.id}: ${key}`).toContain(key);
        if (setting) expect(nominalHours(setting), `${preset.id}: ${key}`).toBeLessThanOrEqual(14 * 24);
      }
    }
  });

  test('the microneedling depth bands cover every depth once: ≤ 0.5 mm, ≤ 1.5 mm, deeper', () => {
    expect(presetsForType('microneedling').flatMap((p) => (p.depthBand ? [p.depthBand] : []))).toEqual([
      { aboveMm: null, upToMm: 0.5 },
      { aboveMm: 0.5, upToMm: 1.5 },
      { aboveMm: 1.5, upToMm: null },
    ]);
  });

  test('each type has exactly one default preset', () => {
    for (const type of TREATMENT_TYPES) {
      expect(
        presetsForType(type).filter((p) => p.defaultForType === true),
        type,
      ).toHaveLength(1);
    }
  });
});

describe('presetFor picks the preset for a treatment', () => {
  test.each<[string, (typeof TREATMENT_TYPES)[number], number | null, PresetId]>([
    ['home roller', 'microneedling', 0.25, 'microneedling-superficial'],
    ['0.5 mm is still superficial', 'microneedling', 0.5, 'microneedling-superficial'],
    ['just over 0.5 mm', 'microneedling', 0.55, 'microneedling-medical'],
    ['0.6 mm', 'microneedling', 0.6, 'microneedling-medical'],
    ['1.5 mm is still medical', 'microneedling', 1.5, 'microneedling-medical'],
    ['2 mm scar protocol', 'microneedling', 2, 'microneedling-deep'],
    ['depth unknown: the aftercare guide', 'microneedling', null, 'microneedling-guide'],
    [
      'a peel of unknown depth: superficial, the common one',
      'chemical-peel',
      null,
      'chemical-peel-superficial',
    ],
    [
      'a laser of unknown kind: non-ablative, the common one',
      'laser-resurfacing',
      null,
      'laser-non-ablative-fractional',
    ],
    ['depth means nothing for dermaplaning', 'dermaplaning', 1, 'dermaplaning'],
    ['microdermabrasion', 'microdermabrasion', null, 'microdermabrasion'],
    ['anything else: the guide’s baseline', 'other', null, 'other'],
  ])('%s: %s at %s mm → %s', (_, type, depth, expected) => {
    expect(presetFor(type, depth).id).toBe(expected);
  });
});
