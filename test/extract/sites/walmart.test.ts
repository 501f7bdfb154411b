import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { walmart } from '../../../src/extract/sites/walmart';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('walmart', [
  {
    name: 'product data: idml ingredients, not the sponsored module or reviews',
    fixture: 'walmart/retinyl-serum-next-data.html',
    url: 'https://www.walmart.com/ip/Glow-Theory-Renewing-Night-Serum/5012345678?classType=VARIANT',
    source: 'walmart: product data',
    first: 'Water',
    last: 'Citric Acid',
    product: {
      title: 'Glow Theory Renewing Night Serum with Retinyl Palmitate, 1 fl oz',
      brand: 'Glow Theory',
      type: 'serum',
      variant: '1 fl oz',
      breadcrumbs: ['Beauty', 'Skin Care', 'Face Serums'],
    },
    findings: ['retinoid:Retinyl Palmitate'],
    notRead: ['Glycolic Acid', 'Salicylic Acid', 'Bakuchiol', 'Lactic Acid'],
  },
  {
    name: 'product data (drug): active and inactive ingredients, HTML removed',
    fixture: 'walmart/acne-wash-drug-facts-next-data.html',
    url: 'https://www.walmart.com/ip/9087654321',
    source: 'walmart: product data',
    first: 'Salicylic Acid',
    last: 'Citric Acid',
    product: {
      title: 'Equinox Derm Salicylic Acid Acne Cleanser, 6 fl oz',
      brand: 'Equinox Derm',
      type: 'cleanser',
      variant: '1 Pack',
    },
    findings: ['bha:Salicylic Acid'],
    notRead: ['Benzoyl Peroxide', 'Glycolic Acid'],
  },
  {
    name: 'ingredients panel: the visible list when the data store has none, without the store notice',
    fixture: 'walmart/ceramide-cleanser-panel.html',
    url: 'https://www.walmart.com/ip/CalmaSkin-Hydrating-Ceramide-Cream-Cleanser/3141592653',
    source: 'walmart: ingredients section',
    first: 'Water',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'CalmaSkin Hydrating Ceramide Cream Cleanser, 12 fl oz',
      brand: 'CalmaSkin',
      type: 'cleanser',
      variant: null,
    },
    findings: [],
    notRead: ['Salicylic Acid', 'Sodium Lauryl Sulfate', 'We aim to show you accurate product information'],
  },
  {
    name: 'ingredients panel (walmart.ca, no data store): facts from the page itself',
    fixture: 'walmart/glycolic-pads-panel-ca.html',
    url: 'https://www.walmart.ca/en/ip/lumiere-lab-glycolic-resurfacing-pads/6000207654321',
    source: 'walmart: ingredients section',
    first: 'Water',
    last: 'Phenoxyethanol',
    product: {
      title: 'Lumiere Lab Glycolic Resurfacing Pads, 60 pads',
      brand: 'Lumiere Lab',
      type: 'exfoliant',
      breadcrumbs: ['Beauty', 'Skin Care', 'Face Exfoliators'],
    },
    findings: ['aha:Glycolic Acid'],
    notRead: ['Retinol', 'Caffeine', 'Lactic Acid'],
  },
  {
    name: 'a search page is no product and gives no list',
    fixture: 'walmart/search-retinol.html',
    url: 'https://www.walmart.com/search?q=retinol+serum',
    listing: true,
  },
]);

describe('Walmart', () => {
  test('the visible panel is the list element even when the list came from the data store', () => {
    const read = readPage(
      fixturePage('walmart/retinyl-serum-next-data.html'),
      'https://www.walmart.com/ip/Glow-Theory-Renewing-Night-Serum/5012345678',
      [walmart],
    );
    expect(read.listElement?.getAttribute('data-testid')).toBe('ui-collapse-panel');
    expect(read.listElement?.textContent).toContain('Retinyl Palmitate');
  });

  test('matches walmart.com and walmart.ca only', () => {
    expect(walmart.matches(new URL('https://www.walmart.com/ip/1'))).toBe(true);
    expect(walmart.matches(new URL('https://www.walmart.ca/en/ip/x/1'))).toBe(true);
    expect(walmart.matches(new URL('https://www.walmartmexico.com/ip/1'))).toBe(false);
  });
});
