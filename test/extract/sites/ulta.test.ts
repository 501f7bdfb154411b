import { describe, expect, test } from 'vitest';
import { type PageScan, readPage } from '../../../src/extract/page-scan';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { ulta } from '../../../src/extract/sites/ulta';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

const scan = (file: string, url: string): PageScan =>
  readPage(fixturePage(`ulta/${file}`), url, SITE_ADAPTERS).scan;
const findings = (s: PageScan): string[] =>
  s.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

const SERUM = 'https://www.ulta.com/p/overnight-retinol-renewal-serum-pimprod2040117?sku=2612001';
const TINT = 'https://www.ulta.com/p/second-skin-tint-spf-30-pimprod2040230';

describeShop('ulta', [
  {
    name: '2023+ Ingredients accordion',
    fixture: 'ulta/new-retinol-serum-accordion.html',
    url: SERUM,
    source: 'ulta: ingredients panel',
    first: 'Water (Aqua/Eau)',
    last: 'Citric Acid',
    product: {
      title: 'Overnight Retinol Renewal Serum',
      brand: 'Lumen Theory',
      type: 'serum',
      breadcrumbs: ['Skin Care', 'Treatment & Serums', 'Face Serums'],
    },
    findings: ['retinoid:Retinol'],
  },
  {
    name: '2023+ Apollo cache, the shade the URL names',
    fixture: 'ulta/new-skin-tint-apollo-state.html',
    url: `${TINT}?sku=2612102`,
    source: 'ulta: product data',
    first: 'Water',
    last: 'Iron Oxides (CI 77491, CI 77492, CI 77499)',
    product: {
      title: 'Second Skin Tint SPF 30',
      brand: 'Halo Field',
      type: 'makeup',
      variant: 'Medium 4W',
    },
    findings: ['retinoid:Retinyl Palmitate', 'aha:Lactic Acid'],
  },
  {
    name: '2023+ Apollo cache, the other shade',
    fixture: 'ulta/new-skin-tint-apollo-state.html',
    url: `${TINT}?sku=2612101`,
    source: 'ulta: product data',
    first: 'Water',
    last: 'Iron Oxides (CI 77491, CI 77492)',
    product: { title: 'Second Skin Tint SPF 30', variant: 'Fair 1N' },
    findings: [],
  },
  {
    name: '2023+ page without a sku: the visible panel, not the cache',
    fixture: 'ulta/new-skin-tint-apollo-state.html',
    url: TINT,
    source: 'ulta: ingredients panel',
    first: 'Water',
    last: 'Iron Oxides (CI 77491, CI 77492)',
    product: { title: 'Second Skin Tint SPF 30', variant: 'Fair 1N' },
    findings: [],
  },
  {
    name: 'ProductDetail Ingredients tab',
    fixture: 'ulta/old-glycolic-toner-productdetail.html',
    url: 'https://www.ulta.com/glycolic-resurfacing-toner?productId=xlsImpprod19012345',
    source: 'ulta: ingredients panel',
    first: 'Water',
    last: 'Sodium Benzoate',
    product: {
      title: 'Glycolic Resurfacing Toner',
      brand: 'Citrine Lab',
      type: 'toner',
      variant: '6.7 oz',
      breadcrumbs: ['Skin Care', 'Cleansers', 'Toner'],
    },
    findings: ['aha:Glycolic Acid'],
  },
  {
    name: 'ProductDetail Ingredients tab, nothing flagged',
    fixture: 'ulta/old-clean-moisturizer-productdetail.html',
    url: 'https://www.ulta.com/oat-cloud-barrier-moisturizer?productId=pimprod2019441',
    source: 'ulta: ingredients panel',
    first: 'Aqua',
    last: 'Citric Acid',
    product: { title: 'Oat Cloud Barrier Moisturizer', brand: 'Meadow & Moss', type: 'moisturiser' },
    findings: [],
  },
  {
    name: 'a search page is no product and has no list',
    fixture: 'ulta/search-results.html',
    url: 'https://www.ulta.com/search?search=retinol',
    listing: true,
  },
]);

describe('Ulta', () => {
  test('reviews, carousels, key-ingredient highlights and notes stay out of the list', () => {
    const serum = scan('new-retinol-serum-accordion.html', SERUM);
    expect(serum.list?.text).not.toMatch(/Encapsulated Retinol:|Glycolic|Lactic|no retinol/i);
    expect(serum.analysis?.ingredients).toHaveLength(15);
    expect(serum.analysis?.ingredients.join()).not.toMatch(/may change|packaging/i);
    const toner = scan(
      'old-glycolic-toner-productdetail.html',
      'https://www.ulta.com/x?productId=xlsImpprod1',
    );
    expect(toner.list?.text).not.toMatch(/Retinol|Salicylic|Key Ingredients|Aloe,/);
    // The cache also holds a recommended product (glycolic and salicylic acid): without a sku in the
    // URL and without the visible panel, no list in it is taken for this page's.
    const page = fixturePage('ulta/new-skin-tint-apollo-state.html');
    for (const details of page.querySelectorAll('details')) details.remove();
    expect(readPage(page, TINT, SITE_ADAPTERS).scan.list).toBeNull();
  });

  test('the cache is read as bare JSON too', () => {
    const page = fixturePage('ulta/new-skin-tint-apollo-state.html');
    const script = page.querySelector('script#apollo_state');
    if (!script?.textContent) throw new Error('fixture has no cache');
    script.textContent = script.textContent
      .replace(/^\s*window\.__APOLLO_STATE__\s*=/, '')
      .replace(/;\s*$/, '');
    const tint = readPage(page, `${TINT}?sku=2612102`, SITE_ADAPTERS).scan;
    expect(tint.list?.source).toBe('ulta: product data');
    expect(findings(tint)).toEqual(['retinoid:Retinyl Palmitate', 'aha:Lactic Acid']);
  });

  test.each([
    ['https://www.ulta.com/p/x-pimprod2040117', true],
    ['https://ulta.com/p/x-xlsImpprod18731041?sku=2532485', true],
    ['https://www.ulta.com/all-nighter-setting-spray?productId=pimprod2017480', true],
    ['https://www.ulta.com/shop/skin-care', false],
    ['https://www.ulta.com/search?search=retinol', false],
    ['https://www.ulta.com/brand/lumen-theory', false],
  ])('%s is a product page: %s', (href, expected) => {
    expect(ulta.matches(new URL(href))).toBe(true);
    expect(ulta.extract(fixturePage('ulta/search-results.html'), new URL(href)).isProductPage).toBe(expected);
  });

  test('matches ulta.com only', () => {
    expect(ulta.matches(new URL('https://www.ulta.com/'))).toBe(true);
    expect(ulta.matches(new URL('https://www.notulta.com/'))).toBe(false);
    expect(ulta.matches(new URL('https://www.sephora.com/'))).toBe(false);
  });
});
