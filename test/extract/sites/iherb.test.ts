import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { iherb } from '../../../src/extract/sites/iherb';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('iherb', [
  {
    name: 'overview row with prodOverviewIngred: a retinol serum',
    fixture: 'iherb/retinol-serum-overview.html',
    url: 'https://www.iherb.com/pr/lumen-botanics-night-renewal-retinol-serum-1-fl-oz-30-ml/148802',
    source: 'iherb: product overview',
    first: 'Aqua (Water)',
    last: 'Citric Acid',
    product: {
      title: 'Lumen Botanics, Night Renewal Retinol Serum, 1 fl oz (30 ml)',
      brand: 'Lumen Botanics',
      type: 'serum',
      variant: '1 fl oz (30 ml)',
      category: 'Beauty',
      breadcrumbs: ['Beauty', 'Face Care', 'Face Serums'],
    },
    findings: ['retinoid:Retinol'],
    notInList: ['Glycolic Acid', 'Witch Hazel', 'Benzoyl Peroxide'],
  },
  {
    name: 'heading-decided row (wrapped <h3>, no class): a salicylic acid cleanser',
    fixture: 'iherb/bha-cleanser-heading-row.html',
    url: 'https://ca.iherb.com/pr/clearwell-pore-clarifying-gel-cleanser-2-salicylic-acid-6-fl-oz-177-ml/77120',
    source: 'iherb: product overview',
    first: 'Salicylic Acid',
    last: 'Citric Acid',
    product: { brand: 'Clearwell', type: 'cleanser', category: 'Bath & Personal Care' },
    findings: ['bha:Salicylic Acid'],
    notInList: ['Retinol', 'Glycolic Acid'],
  },
  {
    name: 'heading-decided row on de.iherb.com ("Inhaltsstoffe"): a glycolic acid toner',
    fixture: 'iherb/de-aha-toner-heading-row.html',
    url: 'https://de.iherb.com/pr/lumen-botanics-glow-tonic-mit-7-glykolsaure-120-ml/148890',
    source: 'iherb: product overview',
    first: 'Aqua',
    last: 'Ethylhexylglycerin',
    product: {
      brand: 'Lumen Botanics',
      type: 'toner',
      variant: '120 ml',
      breadcrumbs: ['Schönheit', 'Gesichtspflege', 'Gesichtswasser'],
    },
    findings: ['aha:Glycolic Acid'],
    notInList: ['Retinol'],
  },
  {
    name: 'a supplement with citric acid is filed as a supplement: not cosmetic, nothing flagged',
    fixture: 'iherb/vitamin-c-supplement-overview.html',
    url: 'https://www.iherb.com/pr/sunmeadow-nutrition-buffered-vitamin-c-500-mg-120-veggie-capsules/90311',
    source: 'iherb: product overview',
    cosmetic: false,
    product: {
      title: 'Sunmeadow Nutrition, Buffered Vitamin C, 500 mg, 120 Veggie Capsules',
      brand: 'Sunmeadow Nutrition',
      category: 'Supplements',
      breadcrumbs: ['Supplements', 'Vitamins', 'Vitamin C'],
      variant: '120 Count',
    },
    findings: [],
    notInList: ['Glycolic'],
    also: ({ scan }) => {
      expect(scan.list?.text).toMatch(/^Hypromellose \(vegetable capsule\), rice flour, citric acid/);
      expect(scan.analysis).toBeNull();
    },
  },
  {
    name: '2026 page: "Main"/"Other Ingredients" paragraphs and a "Not manufactured with" note; a supplement by its Supplement Facts',
    fixture: 'iherb/bcomplex-supplement-overview-2026.html',
    url: 'https://www.iherb.com/pr/oakridge-labs-b-complex-with-methylfolate-90-veggie-capsules/118804',
    source: 'iherb: product overview',
    cosmetic: false,
    product: {
      title: 'Oakridge Labs, B-Complex with Methylfolate, 90 Veggie Capsules',
      brand: 'Oakridge Labs',
      category: 'Supplements',
      breadcrumbs: ['Oakridge Labs', 'Supplements', 'Vitamins', 'Vitamin B Complex'],
    },
    findings: [],
    notInList: ['Not manufactured with', 'Keep out of reach', 'Take 1 capsule'],
    also: ({ scan }) => expect(scan.analysis).toBeNull(),
  },
  {
    name: 'search results are no product',
    fixture: 'iherb/search-results.html',
    url: 'https://www.iherb.com/search?kw=retinol',
    listing: true,
  },
]);

describe('iHerb', () => {
  test('the overview list is the one highlighted in the page', () => {
    const page = fixturePage('iherb/retinol-serum-overview.html');
    const read = readPage(
      page,
      'https://www.iherb.com/pr/lumen-botanics-night-renewal-retinol-serum-1-fl-oz-30-ml/148802',
      [iherb],
    );
    expect(read.listElement?.classList.contains('prodOverviewIngred')).toBe(true);
  });

  test('a category address is not a product, whatever the page holds', () => {
    // Even a product page's markup at a category URL is not read as one product.
    const reading = iherb.extract(
      fixturePage('iherb/retinol-serum-overview.html'),
      new URL('https://www.iherb.com/c/face-serums'),
    );
    expect(reading.isProductPage).toBe(false);
  });

  test('matches iherb.com and its country subdomains only', () => {
    for (const host of ['www.iherb.com', 'iherb.com', 'kr.iherb.com', 'de.iherb.com', 'ca.iherb.com'])
      expect(iherb.matches(new URL(`https://${host}/pr/x/1`))).toBe(true);
    for (const host of ['iherb.com.evil.example', 'notiherb.com'])
      expect(iherb.matches(new URL(`https://${host}/pr/x/1`))).toBe(false);
  });
});
