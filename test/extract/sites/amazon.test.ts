import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { describe, expect, test } from 'vitest';
import { type PageScan, readPage } from '../../../src/extract/page-scan';
import { amazon } from '../../../src/extract/sites/amazon';
import { fixturePage } from '../fixture';

const scan = (page: string, url: string): PageScan => readPage(fixturePage(page), url, SITE_ADAPTERS).scan;
const findings = (s: PageScan): string[] =>
  s.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

interface Case {
  name: string;
  page: string;
  url: string;
  source: string;
  first: string;
  last: string;
  product: Record<string, unknown>;
  findings: string[];
  /** Names from reviews, carousels, highlights and comparison charts that must not be read. */
  absent: string[];
}

const CASES: Case[] = [
  {
    name: 'important information: the Ingredients section, not bullets, carousel or reviews',
    page: 'amazon/retinol-cream-important-info.html',
    url: 'https://www.amazon.com/LumaSkin-Retinol-Night-Cream-Peptides/dp/B0TESTRET1/ref=sr_1_1?keywords=retinol',
    source: 'amazon: important information',
    first: 'Water',
    last: 'Citric Acid',
    product: {
      title: 'LumaSkin Retinol Night Cream with Peptides, Anti-Aging Face Moisturizer, 1.7 Fl Oz',
      brand: 'LumaSkin',
      type: 'moisturiser',
      variant: '1.7 Fl Oz (Pack of 1)',
      breadcrumbs: ['Beauty & Personal Care', 'Skin Care', 'Face', 'Night Creams'],
    },
    findings: ['retinoid:Retinol'],
    absent: ['Bakuchiol', 'Glycolic Acid', 'Benzoyl Peroxide', 'Peptides'],
  },
  {
    name: 'important information (UK, drug product): actives and inactives of the Ingredients section',
    page: 'amazon/acne-wash-important-info-drug-uk.html',
    url: 'https://www.amazon.co.uk/dp/B0TESTBPO1?th=1',
    source: 'amazon: important information',
    first: 'Benzoyl Peroxide',
    last: 'Disodium EDTA',
    product: {
      title: 'ClearDay Benzoyl Peroxide 10% Acne Foaming Wash for Face and Body',
      brand: 'ClearDay',
      type: 'cleanser',
      variant: '150 ml (Pack of 1)',
    },
    findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
    absent: ['Salicylic Acid', 'Glycolic Acid'],
  },
  {
    name: 'product facts expander: the Ingredients row, not the A+ comparison chart',
    page: 'amazon/glycolic-toner-product-facts.html',
    url: 'https://www.amazon.com/Dewpoint-Glycolic-Toning-Solution/dp/B0TESTGLY1',
    source: 'amazon: product details',
    first: 'Aqua',
    last: 'Phenoxyethanol',
    product: {
      title: 'Dewpoint 7% Glycolic Acid Toning Solution, Exfoliating Face Toner, 8 fl oz',
      brand: 'Dewpoint',
      type: 'toner',
      variant: null,
    },
    findings: ['aha:Glycolic Acid'],
    absent: ['Retinol', 'Retinyl Palmitate', 'Lactic Acid', 'Salicylic Acid'],
  },
  {
    name: 'detail bullets (amazon.de): the "Inhaltsstoffe" row of a clean product',
    page: 'amazon/cleansing-gel-detail-bullets-de.html',
    url: 'https://www.amazon.de/-/de/PureDerm-Mildes-Reinigungsgel/dp/B0TESTDE01',
    source: 'amazon: product details',
    first: 'Aqua',
    last: 'Citric Acid',
    product: {
      title: 'PureDerm Mildes Reinigungsgel für empfindliche Haut, seifenfrei, 200 ml',
      brand: 'PureDerm',
      type: 'cleanser',
    },
    findings: [],
    absent: ['Glycolic Acid', 'Salicylic Acid', 'Retinol'],
  },
  {
    name: 'product description (amazon.ca): the bold "Ingredients:" paragraph',
    page: 'amazon/lactic-serum-description-ca.html',
    url: 'https://www.amazon.ca/Solace-Lab-Lactic-Acid-Serum/dp/B0TESTLAC1',
    source: 'amazon: description',
    first: 'Water',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Solace Lab 10% Lactic Acid Serum with Hyaluronic Acid, 30 ml',
      brand: 'Solace Lab',
      type: 'serum',
      variant: '30 ml',
    },
    findings: ['aha:Lactic Acid'],
    absent: ['Retinol', 'Squalane', 'Apply 3-4 drops at night'],
  },
  {
    name: 'A+ content (amazon.com.au): the "Full Ingredients" module, not the comparison chart',
    page: 'amazon/salicylic-cleanser-aplus-au.html',
    url: 'https://www.amazon.com.au/gp/product/B0TESTSAL1/',
    source: 'amazon: manufacturer content',
    first: 'Water',
    last: 'Citric Acid',
    product: {
      title: 'Bright Theory 2% Salicylic Acid Clarifying Gel Cleanser, 200 ml',
      brand: 'Bright Theory',
      type: 'cleanser',
    },
    findings: ['bha:Salicylic Acid'],
    absent: ['Retinol', 'Glycolic Acid', 'Benzoyl Peroxide', 'Oat Kernel Flour'],
  },
];

describe('Amazon', () => {
  test.each(CASES)('$name', (c) => {
    const s = scan(c.page, c.url);
    expect(s.list?.source).toBe(c.source);
    expect(s.product).toMatchObject(c.product);
    expect(s.isCosmeticProduct).toBe(true);
    expect(s.analysis?.ingredients[0]).toBe(c.first);
    expect(s.analysis?.ingredients.at(-1)).toBe(c.last);
    expect(findings(s)).toEqual(c.findings);
    for (const name of c.absent) expect(s.analysis?.ingredients).not.toContain(name);
  });

  test('the list element is the visible section, for the highlight', () => {
    const page = fixturePage('amazon/retinol-cream-important-info.html');
    const read = readPage(page, 'https://www.amazon.com/dp/B0TESTRET1', SITE_ADAPTERS);
    expect(read.listElement?.querySelector('h4')?.textContent).toBe('Ingredients');
  });

  test('a search page is no product and gives no list', () => {
    const s = scan('amazon/search-retinol.html', 'https://www.amazon.com/s?k=retinol+serum&ref=nb_sb_noss');
    expect(s.product).toBeNull();
    expect(s.list).toBeNull();
  });

  test('matches every country store and nothing else', () => {
    const hosts = [
      'www.amazon.com',
      'www.amazon.co.uk',
      'www.amazon.de',
      'www.amazon.co.jp',
      'www.amazon.com.au',
      'smile.amazon.com',
    ];
    for (const host of hosts) expect(amazon.matches(new URL(`https://${host}/dp/B0TESTRET1`))).toBe(true);
    for (const host of ['www.amazonaws.com', 'www.notamazon.com', 'www.amazon.com.evil.io'])
      expect(amazon.matches(new URL(`https://${host}/dp/B0TESTRET1`))).toBe(false);
  });
});
