import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { describe, expect, test } from 'vitest';
import { type PageScan, readPage } from '../../../src/extract/page-scan';
import { thg } from '../../../src/extract/sites/thg';
import { fixturePage } from '../fixture';

const scan = (file: string, url: string): PageScan =>
  readPage(fixturePage(`thg/${file}`), url, SITE_ADAPTERS).scan;
const findings = (s: PageScan): string[] =>
  s.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

const TONER = 'https://www.lookfantastic.com/dewpoint-7-glycolic-acid-toning-solution-240ml/13456789.html';
const SERUM = 'https://www.cultbeauty.co.uk/lumiere-night-shift-retinol-serum/14567891.html';
const MOISTURIZER = 'https://www.dermstore.com/p/calmwell-barrier-repair-moisturizer-100ml/15678901/';

describe('THG (LookFantastic, Cult Beauty, Dermstore…)', () => {
  test.each([
    {
      name: 'LookFantastic, Athena productDescription ingredients item',
      file: 'lookfantastic-athena-glycolic-toner.html',
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
      found: ['aha:Glycolic Acid'],
    },
    {
      name: 'Cult Beauty, Athena page with a Key Ingredients item before the list',
      file: 'cultbeauty-athena-retinol-serum.html',
      url: SERUM,
      first: 'Squalane',
      last: 'Ascorbyl Palmitate',
      product: {
        title: 'Lumière Night Shift Retinol Serum',
        brand: 'Lumière',
        type: 'serum',
        variant: '30ml',
      },
      found: ['retinoid:Retinol'],
    },
    {
      name: 'Dermstore, 2024+ accordion button titled Ingredients, nothing flagged',
      file: 'dermstore-2024-clean-moisturizer.html',
      url: MOISTURIZER,
      first: 'Water',
      last: 'Citric Acid',
      product: {
        title: 'CalmWell Barrier Repair Moisturizer 100ml',
        brand: 'CalmWell',
        type: 'moisturiser',
        breadcrumbs: ['Skin Care', 'Moisturizers'],
      },
      found: [],
    },
    {
      name: 'LookFantastic France, 2024+ tabs titled "Ingrédients"',
      file: 'lookfantastic-fr-2024-exfoliating-mask.html',
      url: 'https://www.lookfantastic.fr/p/atelier-clair-masque-exfoliant-eclat-aha-bha-75ml/16789012/',
      first: 'Aqua',
      last: 'Citric Acid',
      product: {
        title: 'Masque Exfoliant Éclat AHA BHA 75ml',
        brand: 'Atelier Clair',
        type: 'mask',
        breadcrumbs: ['Visage', 'Masques visage'],
      },
      found: ['aha:Lactic Acid', 'bha:Salicylic Acid', 'fragrance:Parfum'],
    },
  ])('$name', ({ file, url, first, last, product, found }) => {
    const s = scan(file, url);
    expect(s.list?.source).toBe('thg: ingredients tab');
    expect(s.product).toMatchObject(product);
    expect(s.isCosmeticProduct).toBe(true);
    expect(s.analysis?.ingredients[0]).toBe(first);
    expect(s.analysis?.ingredients.at(-1)).toBe(last);
    expect(findings(s)).toEqual(found);
  });

  test('key ingredients, descriptions, carousels, reviews and notes stay out of the list', () => {
    const serum = scan('cultbeauty-athena-retinol-serum.html', SERUM);
    expect(serum.list?.text).not.toMatch(/0\.3%|Salicylic|Glycolic|Lactic|AHAs/i);
    const toner = scan('lookfantastic-athena-glycolic-toner.html', TONER);
    expect(toner.list?.text).not.toMatch(/Retinol|Salicylic|Lactic|benzoyl|240ml/i);
    const cream = scan('dermstore-2024-clean-moisturizer.html', MOISTURIZER);
    expect(cream.list?.text).not.toMatch(/Glycolic|no retinol|Non-comedogenic/i);
    expect(cream.analysis?.ingredients.join()).not.toMatch(/latest information|packaging/i);
  });

  test('a category list is no product', () => {
    const list = scan('cultbeauty-listing.html', 'https://www.cultbeauty.co.uk/c/skin-care/serums/');
    expect(list.product).toBeNull();
    expect(list.list).toBeNull();
  });

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
