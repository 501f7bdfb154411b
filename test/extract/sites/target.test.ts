import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { target } from '../../../src/extract/sites/target';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('target', [
  {
    name: 'preloaded queries (Next.js page): the preselected shade, not the sponsored product',
    fixture: 'target/skin-tint-next-data-variants.html',
    url: 'https://www.target.com/p/hue-lab-skin-tint-serum-foundation-1-fl-oz/-/A-88001000?preselect=88001002#lnk=sametab',
    source: 'target: product data',
    first: 'Water',
    last: 'Phenoxyethanol',
    product: {
      title: 'Hue Lab Skin Tint Serum Foundation - 1 fl oz',
      brand: 'Hue Lab',
      type: 'makeup',
      variant: 'Medium 220',
      category: 'Foundation Makeup',
      breadcrumbs: ['Beauty', 'Makeup', 'Foundation'],
    },
    findings: ['retinoid:Retinyl Palmitate'],
    notRead: ['Glycolic Acid', 'Salicylic Acid', 'Lactic Acid', 'Mica'],
  },
  {
    name: 'preloaded queries: without a preselected shade, the visible Label info',
    fixture: 'target/skin-tint-next-data-variants.html',
    url: 'https://www.target.com/p/hue-lab-skin-tint-serum-foundation-1-fl-oz/-/A-88001000',
    source: 'target: label info',
    first: 'Water',
    last: 'Phenoxyethanol',
    product: { brand: 'Hue Lab', type: 'makeup', variant: 'Fair 100' },
    findings: [],
    notRead: ['Retinyl Palmitate', 'Glycolic Acid'],
  },
  {
    name: '__TGT_DATA__ (2020–2024 page): Drug Facts actives and inactives from the escaped blob',
    fixture: 'target/acne-gel-tgt-data-drug-facts.html',
    url: 'https://www.target.com/p/benzoyl-peroxide-5-acne-spot-gel-1oz-clarity-co/-/A-55502211',
    source: 'target: product data',
    first: 'Benzoyl Peroxide',
    last: 'Disodium EDTA',
    product: {
      title: 'Clarity Co. Benzoyl Peroxide 5% Acne Spot Gel - 1 oz',
      brand: 'Clarity Co.',
      category: 'Acne Treatments',
      breadcrumbs: ['Beauty', 'Skin Care', 'Acne Treatments'],
    },
    findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
    notRead: ['Glycolic Acid', 'Salicylic Acid'],
  },
  {
    name: 'Label info collapsible: the Ingredients block without warnings or the notice',
    fixture: 'target/glycolic-toner-label-info.html',
    url: 'https://www.target.com/p/glycolic-acid-7-toning-solution-8-fl-oz-dewpoint/-/A-87654321#lnk=sametab',
    source: 'target: label info',
    first: 'Water',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Dewpoint Glycolic Acid 7% Toning Solution - 8 fl oz',
      brand: 'Dewpoint',
      type: 'toner',
      breadcrumbs: ['Beauty', 'Skin Care', 'Facial Toners & Astringents'],
    },
    findings: ['aha:Glycolic Acid'],
    notRead: ['Retinol', 'Bakuchiol', 'Aloe', 'Avoid eye area'],
  },
  {
    name: 'Drug facts collapsible: the whole Drug Facts label',
    fixture: 'target/salicylic-spot-drug-facts.html',
    url: 'https://www.target.com/p/salicylic-acid-2-spot-treatment-gel-0-5-fl-oz-clearpath/-/A-81234567',
    source: 'target: drug facts',
    first: 'Salicylic Acid',
    last: 'Sodium Hydroxide',
    product: {
      title: 'ClearPath Salicylic Acid 2% Spot Treatment Gel - 0.5 fl oz',
      brand: 'ClearPath',
      type: 'serum',
    },
    findings: ['bha:Salicylic Acid', 'drying-alcohol:Alcohol Denat'],
    notRead: ['Retinol', 'Niacinamide', 'Benzoyl Peroxide'],
  },
  {
    name: 'Label info tab (2019–2022 page): a clean product',
    fixture: 'target/moisturizer-label-tab-2021.html',
    url: 'https://www.target.com/p/daily-barrier-moisturizing-cream-16oz-good-basics/-/A-13579246',
    source: 'target: label info',
    first: 'Water',
    last: 'Citric Acid',
    product: {
      title: 'Good Basics Daily Barrier Moisturizing Cream - 16oz',
      brand: 'Good Basics',
      type: 'moisturiser',
      breadcrumbs: ['Beauty', 'Skin Care', 'Facial Moisturizers'],
    },
    findings: [],
    notRead: ['Glycolic Acid', 'Retinyl Palmitate'],
  },
  {
    name: 'Details tab (2019–2022 page): the "Ingredients:" specification line',
    fixture: 'target/lactic-lotion-details-tab-2021.html',
    url: 'https://www.target.com/p/12-lactic-acid-smoothing-body-lotion-14oz-smooth-theory/-/A-54321987',
    source: 'target: specifications',
    first: 'Water',
    last: 'Propylparaben',
    product: {
      title: 'Smooth Theory 12% Lactic Acid Smoothing Body Lotion - 14oz',
      brand: 'Smooth Theory',
      type: 'body-care',
    },
    findings: ['aha:Lactic Acid'],
    notRead: ['Salicylic Acid', 'Sodium Lauryl Sulfate', 'Lotion'],
  },
  {
    name: 'a search page is no product and gives no list',
    fixture: 'target/search-retinol.html',
    url: 'https://www.target.com/s?searchTerm=retinol',
    listing: true,
  },
]);

describe('Target', () => {
  test('the list element is the visible list, even when the list came from the data store', () => {
    const read = readPage(
      fixturePage('target/acne-gel-tgt-data-drug-facts.html'),
      'https://www.target.com/p/x/-/A-55502211',
      [target],
    );
    expect(read.listElement?.getAttribute('data-test')).toBe('productDetailTabs-drugFactsTab');
  });

  test('only product URLs are product pages', () => {
    const page = fixturePage('target/glycolic-toner-label-info.html');
    expect(target.extract(page, new URL('https://www.target.com/c/skin-care/-/N-5xtzm')).isProductPage).toBe(
      false,
    );
    expect(target.extract(page, new URL('https://www.target.com/p/x/-/A-87654321')).isProductPage).toBe(true);
    expect(target.matches(new URL('https://www.target.com.au/p/x/-/A-1'))).toBe(false);
  });
});
