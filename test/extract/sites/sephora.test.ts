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
    name: '2019–2020 page: the shade’s list from script#linkJSON, the panel of the ARIA tab strip to mark',
    fixture: 'sephora/lip-balm-tabs-linkjson-2020.html',
    url: 'https://www.sephora.com/product/peach-glaze-lip-balm-P426001',
    source: 'sephora: product data',
    product: { brand: 'Orchard Lane', variant: 'Peach Fuzz', type: 'makeup' },
    first: 'Octyldodecanol',
    last: 'Red 28 Lake (Ci 45410)',
    findings: ['fragrance:Fragrance'],
    notInList: ['ILN', 'Retinol', 'retinyl palmitate'],
    also: (read) => expect(read.listElement?.id).toBe('tabpanel2'),
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

test('Sephora 2019–2020 page: the shade the address names, from script#linkJSON', () => {
  const scan = scanPage(
    fixturePage('sephora/lip-balm-tabs-linkjson-2020.html'),
    'https://www.sephora.com/product/peach-glaze-lip-balm-P426001?skuId=2600002',
  );
  expect(scan.product?.variant).toBe('Night Nectar');
  expect(scan.analysis?.findings.map((f) => f.name)).toContain('Retinyl Palmitate');
});
