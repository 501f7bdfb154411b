import { describe, expect, test } from 'vitest';
import { scanPage } from '../../../src/extract/page-scan';
import { fixturePage } from '../fixture';

const findings = (scan: ReturnType<typeof scanPage>): string[] =>
  scan.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

describe('Sephora', () => {
  test('accordion panel: the list without blurb or footer, not the reviews or carousel', () => {
    const scan = scanPage(
      fixturePage('sephora/retinol-serum-accordion.html'),
      'https://www.sephora.com/product/night-retinol-serum-P500001',
    );
    expect(scan.list?.source).toBe('sephora: ingredients panel');
    expect(scan.product).toMatchObject({ title: 'Night Retinol Serum', brand: 'Glow Lab', type: 'serum' });
    expect(scan.product?.breadcrumbs).toEqual(['Skincare', 'Treatments', 'Face Serums']);
    expect(scan.isCosmeticProduct).toBe(true);
    expect(scan.analysis?.ingredients[0]).toBe('Water/Aqua/Eau');
    expect(scan.analysis?.ingredients.at(-1)).toBe('Citric Acid');
    expect(scan.analysis?.ingredients).not.toContain('Clean at Sephora products are formulated');
    expect(findings(scan)).toEqual(['retinoid:Retinol']);
  });

  test('product data: the selected shade’s own list', () => {
    const page = fixturePage('sephora/foundation-sku-data.html');
    const shade = scanPage(page, 'https://www.sephora.com/product/skin-tint-P500002?skuId=2000002');
    expect(shade.list?.source).toBe('sephora: product data');
    expect(shade.product).toMatchObject({ variant: '4W Medium', type: 'makeup' });
    expect(findings(shade)).toEqual(['retinoid:Retinyl Palmitate']);
    const first = scanPage(page, 'https://www.sephora.com/product/skin-tint-P500002?skuId=2000001');
    expect(first.product?.variant).toBe('1N Fair');
    expect(findings(first)).toEqual([]);
  });
});
