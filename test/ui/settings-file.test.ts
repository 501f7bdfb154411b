import { describe, expect, test } from 'vitest';
import { readSettingsFile, settingsFile } from '../../src/ui/options/settings-file';
import { settingsWith } from '../window/helpers';
import { microneedling, product } from '../routine/helpers';

const settings = settingsWith([
  microneedling({
    wayBack: { enabled: true, spacingDays: 5 },
    healingChecks: { aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } },
  }),
]);
const products = [
  product('p1', 'glycolicToner', 'Glow toner', 'toner'),
  product('p2', 'retinolSerum', 'Night serum'),
];
const NOW = new Date('2026-12-01T10:00:00Z');

describe('the settings file carries the products', () => {
  test('what is exported is imported back: treatments with their way back and answers, and the products', () => {
    expect(readSettingsFile(settingsFile(settings, NOW, products))).toEqual({ ok: true, settings, products });
  });

  test('a file from before products existed imports the treatments and leaves the products alone', () => {
    const old = JSON.stringify({
      format: 'aftercare-lens-settings',
      exportedAt: NOW.toISOString(),
      settings,
    });
    expect(readSettingsFile(old)).toEqual({ ok: true, settings, products: null });
  });

  test('a product that does not pass the stored products’ check makes the whole import fail, naming where', () => {
    const file = JSON.parse(settingsFile(settings, NOW, products)) as { shelf: { products: object[] } };
    file.shelf.products[1] = { ...products[1], addedAt: 'last Tuesday' };
    expect(readSettingsFile(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'not-an-instant', path: 'shelf.products.1.addedAt' },
    });
  });

  test('a file from before products had a version (a bare list, version 1) goes through the same migration', () => {
    const old = JSON.stringify({
      format: 'aftercare-lens-settings',
      exportedAt: NOW.toISOString(),
      settings,
      products: products.map((p) => ({
        ...p,
        analysis: {
          ...p.analysis,
          findings: p.analysis.findings.map((f) => ({ ...f, reason: 'An English sentence.', note: null })),
        },
      })),
    });
    expect(readSettingsFile(old)).toEqual({ ok: true, settings, products });
  });

  test.each([
    ['not JSON', '{"format": ', { code: 'not-json', path: null }],
    ['another file', '{"format": "x", "settings": {}}', { code: 'not-settings-file', path: 'format' }],
    [
      'settings from a newer version',
      JSON.stringify({ format: 'aftercare-lens-settings', settings: { ...settings, version: 9 } }),
      { code: 'newer-version', path: 'settings.version' },
    ],
    [
      'an unknown treatment type',
      JSON.stringify({
        format: 'aftercare-lens-settings',
        settings: { ...settings, treatments: [{ ...settings.treatments[0], type: 'facial' }] },
      }),
      { code: 'unknown-value', path: 'settings.treatments.0.type' },
    ],
  ])('%s: refused with a code and its place', (_, text, problem) => {
    expect(readSettingsFile(text)).toEqual({ ok: false, problem });
  });

  test('a plan that would not read back is refused too', () => {
    const file = JSON.parse(settingsFile(settings, NOW, products)) as {
      settings: { treatments: { wayBack: object }[] };
    };
    (file.settings.treatments[0] as { wayBack: object }).wayBack = {
      enabled: true,
      order: ['retinoid', 'retinoid'],
    };
    expect(readSettingsFile(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'duplicate-family', path: 'settings.treatments.0.wayBack.order' },
    });
  });
});
