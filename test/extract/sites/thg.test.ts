import { describe, expect, test } from 'vitest';
import { thg } from '../../../src/extract/sites/thg';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

const TONER = 'https://www.lookfantastic.com/dewpoint-7-glycolic-acid-toning-solution-240ml/13456789.html';
const SERUM = 'https://www.cultbeauty.co.uk/lumiere-night-shift-retinol-serum/14567891.html';
const MOISTURIZER = 'https://www.dermstore.com/p/calmwell-barrier-repair-moisturizer-100ml/15678901/';

describeShop('thg', [
  {
    name: 'LookFantastic, Athena productDescription ingredients item',
    fixture: 'thg/lookfantastic-athena-glycolic-toner.html',
    source: 'thg: ingredients tab',
    url: TONER,
    first: 'Aqua (Water)',
    last: 'Phenoxyethanol',
    product: {
      title: 'Dewpoint 7% Glycolic Acid Toning Solution 240ml',
      brand: 'Dewpoint',
      type: 'toner',
      variant: '240ml',
      breadcrumbs: ['Skin Care', 'Toners'],
    },
    notInList: ['Retinol', 'Salicylic', 'Lactic', 'benzoyl', '240ml'],
    findings: ['aha:Glycolic Acid'],
  },
  {
    name: 'Cult Beauty, Athena page with a Key Ingredients item before the list',
    fixture: 'thg/cultbeauty-athena-retinol-serum.html',
    source: 'thg: ingredients tab',
    url: SERUM,
    first: 'Squalane',
    last: 'Ascorbyl Palmitate',
    product: {
      title: 'Lumière Night Shift Retinol Serum',
      brand: 'Lumière',
      type: 'serum',
      variant: '30ml',
    },
    notInList: ['0.3%', 'Salicylic', 'Glycolic', 'Lactic', 'AHAs'],
    findings: ['retinoid:Retinol'],
  },
  {
    name: 'Dermstore, 2024+ accordion button titled Ingredients, nothing flagged',
    fixture: 'thg/dermstore-2024-clean-moisturizer.html',
    source: 'thg: ingredients tab',
    url: MOISTURIZER,
    first: 'Water',
    last: 'Citric Acid',
    product: {
      title: 'CalmWell Barrier Repair Moisturizer 100ml',
      brand: 'CalmWell',
      type: 'moisturiser',
      breadcrumbs: ['Skin Care', 'Moisturizers'],
    },
    notInList: ['Glycolic', 'no retinol', 'Non-comedogenic'],
    findings: [],
  },
  {
    name: 'LookFantastic France, 2024+ tabs titled "Ingrédients"',
    fixture: 'thg/lookfantastic-fr-2024-exfoliating-mask.html',
    source: 'thg: ingredients tab',
    url: 'https://www.lookfantastic.fr/p/atelier-clair-masque-exfoliant-eclat-aha-bha-75ml/16789012/',
    first: 'Aqua',
    last: 'Citric Acid',
    product: {
      title: 'Masque Exfoliant Éclat AHA BHA 75ml',
      brand: 'Atelier Clair',
      type: 'mask',
      breadcrumbs: ['Visage', 'Masques visage'],
    },
    findings: ['aha:Lactic Acid', 'bha:Salicylic Acid', 'fragrance:Parfum'],
  },
  {
    name: 'LookFantastic 2024+, "Full Ingredients List" panel labelled by its button, not the "Ingredient Benefits" highlights',
    fixture: 'thg/lookfantastic-2024-full-ingredients-list.html',
    url: 'https://www.lookfantastic.com/p/avena-skin-overnight-glycolic-mask-50ml/17001234/',
    source: 'thg: ingredients tab',
    first: 'Aqua (Water)',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Avena Skin Overnight Glycolic Mask 50ml',
      brand: 'Avena Skin',
      type: 'mask',
      breadcrumbs: ['Face', 'Face Masks'],
    },
    findings: ['aha:Glycolic Acid'],
    notInList: ['Retinyl Palmitate', 'resurfaces', 'Please be aware', 'thin layer'],
    also: (read) =>
      expect(read.listElement?.closest('[aria-labelledby]')?.getAttribute('aria-labelledby')).toBe(
        'Full-Ingredients-List',
      ),
  },
  {
    name: 'a category list is no product',
    fixture: 'thg/cultbeauty-listing.html',
    url: 'https://www.cultbeauty.co.uk/c/skin-care/serums/',
    listing: true,
  },
]);

describe('THG (LookFantastic, Cult Beauty, Dermstore…)', () => {
  test.each([
    [TONER, true],
    [SERUM, true],
    [MOISTURIZER, true],
    ['https://www.skinstore.com/p/x/11370299/', true],
    ['https://www.lookfantastic.com/health-beauty/face/toners.list', false],
    ['https://www.lookfantastic.com/c/health-beauty/face/', false],
    ['https://www.cultbeauty.co.uk/search?q=retinol', false],
    ['https://www.dermstore.com/eltamd-uv-sport-broad-spectrum-spf50-tube/11370299.reviews', false],
  ])('%s is a product page: %s', (href, expected) => {
    const url = new URL(href);
    expect(thg.matches(url)).toBe(true);
    expect(thg.extract(fixturePage('thg/cultbeauty-listing.html'), url).isProductPage).toBe(expected);
  });

  test.each([
    ['https://www.lookfantastic.com/', true],
    ['https://www.lookfantastic.co.uk/', true],
    ['https://www.lookfantastic.de/', true],
    ['https://www.lookfantastic.com.au/', true],
    ['https://www.cultbeauty.co.uk/', true],
    ['https://www.cultbeauty.com/', true],
    ['https://www.dermstore.com/', true],
    ['https://www.skinstore.com/', true],
    ['https://www.mankind.co.uk/', true],
    ['https://www.hqhair.com/', true],
    ['https://www.beautyexpert.com/', true],
    ['https://www.espaskincare.com/', true],
    ['https://www.beautybay.com/', false],
    ['https://www.notdermstore.com/', false],
  ])('matches %s: %s', (href, expected) => {
    expect(thg.matches(new URL(href))).toBe(expected);
  });
});
