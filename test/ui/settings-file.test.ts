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
    const file = JSON.parse(settingsFile(settings, NOW, products)) as { products: object[] };
    file.products[1] = { ...products[1], addedAt: 'last Tuesday' };
    expect(readSettingsFile(JSON.stringify(file))).toEqual({
      ok: false,
      error: 'products.1.addedAt: not an ISO 8601 date-time with an offset',
    });
  });

  test('a plan that would not read back is refused too', () => {
    const file = JSON.parse(settingsFile(settings, NOW, products)) as {
      settings: { treatments: { wayBack: object }[] };
    };
    (file.settings.treatments[0] as { wayBack: object }).wayBack = {
      enabled: true,
      order: ['retinoid', 'retinoid'],
    };
    const result = readSettingsFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^treatments\.0\.wayBack\.order: a family appears twice/);
  });
});
