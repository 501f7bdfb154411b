import { describe, expect, test } from 'vitest';
import { type PageScan, readPage } from '../../../src/extract/page-scan';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { boots } from '../../../src/extract/sites/boots';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

const scan = (file: string, url: string): PageScan =>
  readPage(fixturePage(`boots/${file}`), url, SITE_ADAPTERS).scan;
const findings = (s: PageScan): string[] =>
  s.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

const CLEANSER = 'https://www.boots.com/clearskin-lab-2-percent-salicylic-acid-daily-cleanser-150ml-10294839';
const NIGHT_CREAM = 'https://www.boots.com/renewal-lab-retinol-night-cream-50ml-10341234';

describeShop('boots', [
  {
    name: 'WebSphere long description, " • " separated list',
    source: 'boots: ingredients section',
    fixture: 'boots/old-salicylic-cleanser-longdesc.html',
    url: CLEANSER,
    first: 'Aqua',
    last: 'Citric Acid',
    product: {
      type: 'cleanser',
      title: 'ClearSkin Lab 2% Salicylic Acid Daily Cleanser 150ml',
      brand: 'ClearSkin Lab',
      breadcrumbs: ['Beauty & skincare', 'Skincare', 'Face skincare', 'Cleansers & toners'],
    },
    // Sodium laureth sulfate counts in a cleanser (as a caution: milder than SLS).
    findings: ['harsh-surfactant:Sodium Laureth Sulfate', 'bha:Salicylic Acid'],
  },
  {
    name: 'WebSphere long description on boots.ie, nothing flagged',
    source: 'boots: ingredients section',
    fixture: 'boots/old-oat-body-cream-longdesc-ie.html',
    url: 'https://www.boots.ie/softly-botanics-oat-and-shea-body-cream-400ml-10301122',
    first: 'Aqua',
    last: 'Citric Acid',
    product: {
      title: 'Softly Botanics Oat & Shea Body Cream 400ml',
      brand: 'Softly Botanics',
      type: 'body-care',
    },
    findings: [],
  },
  {
    name: '2025 product details tabs: h3#product_ingredients and the block after it',
    source: 'boots: ingredients section',
    fixture: 'boots/new-retinol-night-cream-tabs.html',
    url: NIGHT_CREAM,
    first: 'Aqua',
    last: 'Citric Acid',
    product: {
      title: 'Renewal Lab Retinol Night Cream 50ml',
      brand: 'Renewal Lab',
      type: 'moisturiser',
      breadcrumbs: ['Beauty & skincare', 'Skincare', 'Face moisturisers & creams'],
    },
    findings: ['retinoid:Retinyl Palmitate', 'fragrance:Parfum', 'fragrance:Limonene'],
  },
  {
    name: 'oct-accordion panel named by the toggle, a medicine with active and other ingredients',
    source: 'boots: ingredients section',
    fixture: 'boots/new-benzoyl-peroxide-gel-accordion.html',
    url: 'https://www.boots.com/clear-start-5-percent-benzoyl-peroxide-spot-treatment-gel-30g-10355678',
    first: 'Benzoyl Peroxide',
    last: 'Disodium Edetate',
    product: {
      title: 'Clear Start 5% Benzoyl Peroxide Spot Treatment Gel 30g',
      brand: 'Clear Start',
      type: 'serum',
      breadcrumbs: ['Beauty & skincare', 'Skincare', 'Acne & blemishes'],
    },
    findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
  },
  {
    name: 'a category lister is no product, though its filters have an "Ingredients" accordion',
    fixture: 'boots/category-listing.html',
    url: 'https://www.boots.com/beauty/skincare/face-skincare/face-serums',
    listing: true,
  },
]);

describe('Boots', () => {
  test('the list is the ingredients section only: not the description, cautions, carousels or reviews', () => {
    const cleanser = readPage(
      fixturePage('boots/old-salicylic-cleanser-longdesc.html'),
      CLEANSER,
      SITE_ADAPTERS,
    );
    expect(cleanser.listElement?.querySelector('#product_ingredients')).not.toBeNull();
    expect(cleanser.scan.list?.text).not.toMatch(/Glycolic|Retinol|tea tree|benzoyl|unclog/i);
    expect(cleanser.scan.analysis?.ingredients).toHaveLength(11);
    const cream = scan('new-retinol-night-cream-tabs.html', NIGHT_CREAM);
    expect(cream.list?.text).not.toMatch(/Key ingredients|Peptides\.|Glycolic|salicylic|AHAs/i);
  });

  test('#product_ingredients as the tab panel itself, or as a longer title over the list', () => {
    const panel = fixturePage('boots/new-retinol-night-cream-tabs.html');
    const heading = panel.querySelector('h3#product_ingredients');
    const block = heading?.nextElementSibling;
    if (!heading || !block) throw new Error('fixture changed');
    block.id = 'product_ingredients';
    heading.remove();
    const fromPanel = readPage(panel, NIGHT_CREAM, SITE_ADAPTERS);
    expect(fromPanel.listElement).toBe(block);
    expect(findings(fromPanel.scan)).toContain('retinoid:Retinyl Palmitate');

    const titled = fixturePage('boots/new-retinol-night-cream-tabs.html');
    const title = titled.querySelector('h3#product_ingredients');
    if (!title) throw new Error('fixture changed');
    title.textContent = 'Ingredients & allergens';
    const fromTitle = readPage(titled, NIGHT_CREAM, SITE_ADAPTERS).scan;
    expect(fromTitle.analysis?.ingredients[0]).toBe('Aqua');
    expect(findings(fromTitle)).toContain('retinoid:Retinyl Palmitate');
  });

  test.each([
    [CLEANSER, true],
    ['https://www.boots.ie/softly-botanics-oat-and-shea-body-cream-400ml-10301122', true],
    ['https://www.boots.com/no7-protect-and-perfect-intense-advanced-serum-30ml-10263818p', true],
    ['https://international.boots.com/renewal-lab-retinol-night-cream-50ml-10341234', true],
    ['https://www.boots.com/beauty/skincare/skincare-all-skincare', false],
    ['https://www.boots.com/sitesearch?searchTerm=retinol', false],
    ['https://www.boots.com/renewal-lab', false],
  ])('%s is a product page: %s', (href, expected) => {
    const url = new URL(href);
    expect(boots.matches(url)).toBe(true);
    expect(boots.extract(fixturePage('boots/category-listing.html'), url).isProductPage).toBe(expected);
  });

  test('matches Boots hosts only', () => {
    expect(boots.matches(new URL('https://www.bootsandshoes.com/x-10294839'))).toBe(false);
    expect(boots.matches(new URL('https://www.boots.co.uk/'))).toBe(false);
  });
});
