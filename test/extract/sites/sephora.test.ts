import { expect, test } from 'vitest';
import { scanPage } from '../../../src/extract/page-scan';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('sephora', [
  {
    name: 'accordion panel: the list without blurb or footer, not the reviews or carousel',
    fixture: 'sephora/retinol-serum-accordion.html',
    url: 'https://www.sephora.com/product/night-retinol-serum-P500001',
    source: 'sephora: ingredients panel',
    product: {
      title: 'Night Retinol Serum',
      brand: 'Glow Lab',
      type: 'serum',
      breadcrumbs: ['Skincare', 'Treatments', 'Face Serums'],
    },
    first: 'Water/Aqua/Eau',
    last: 'Citric Acid',
    findings: ['retinoid:Retinol'],
    notRead: ['Clean at Sephora products are formulated'],
  },
  {
    name: 'product data: the selected shade’s own list',
    fixture: 'sephora/foundation-sku-data.html',
    url: 'https://www.sephora.com/product/skin-tint-P500002?skuId=2000002',
    source: 'sephora: product data',
    product: { variant: '4W Medium', type: 'makeup' },
    findings: ['retinoid:Retinyl Palmitate'],
  },
  {
    name: 'the tag on the accordion button, the panel named by aria-controls; blurbs, "formulated without … retinyl palmitate" and the notice split off',
    fixture: 'sephora/retinal-cream-button-panel-paragraphs.html',
    url: 'https://www.sephora.com/product/midnight-retinal-recovery-cream-P790011',
    source: 'sephora: ingredients panel',
    product: { title: 'Midnight Retinal Recovery Cream', brand: 'Northlight', type: 'moisturiser' },
    first: 'Water/Aqua/Eau',
    last: 'Ethylhexylglycerin',
    findings: ['retinoid:Retinal'],
    notInList: ['Visibly smooths', 'Clean at Sephora', 'retinyl palmitate', 'Please be aware', 'glycolic'],
    also: (read) => expect(read.listElement?.id).toBe('pdp_ingredients_panel'),
  },
  {
    name: 'search results are no product',
    fixture: 'sephora/search-retinol.html',
    url: 'https://www.sephora.com/search?keyword=retinol',
    listing: true,
  },
]);

test('Sephora product data: the first shade, when the address names it', () => {
  const first = scanPage(
    fixturePage('sephora/foundation-sku-data.html'),
    'https://www.sephora.com/product/skin-tint-P500002?skuId=2000001',
  );
  expect(first.product?.variant).toBe('1N Fair');
  expect(first.analysis?.findings.filter((f) => !f.trace)).toEqual([]);
});
