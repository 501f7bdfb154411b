import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { amazon } from '../../../src/extract/sites/amazon';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('amazon', [
  {
    name: 'important information: the Ingredients section, not bullets, carousel or reviews',
    fixture: 'amazon/retinol-cream-important-info.html',
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
    notRead: ['Bakuchiol', 'Glycolic Acid', 'Benzoyl Peroxide', 'Peptides'],
  },
  {
    name: 'important information (UK, drug product): actives and inactives of the Ingredients section',
    fixture: 'amazon/acne-wash-important-info-drug-uk.html',
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
    notRead: ['Salicylic Acid', 'Glycolic Acid'],
  },
  {
    name: 'product facts expander: the Ingredients row, not the A+ comparison chart',
    fixture: 'amazon/glycolic-toner-product-facts.html',
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
    notRead: ['Retinol', 'Retinyl Palmitate', 'Lactic Acid', 'Salicylic Acid'],
  },
  {
    name: 'detail bullets (amazon.de): the "Inhaltsstoffe" row of a clean product',
    fixture: 'amazon/cleansing-gel-detail-bullets-de.html',
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
    notRead: ['Glycolic Acid', 'Salicylic Acid', 'Retinol'],
  },
  {
    name: 'product description (amazon.ca): the bold "Ingredients:" paragraph',
    fixture: 'amazon/lactic-serum-description-ca.html',
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
    notRead: ['Retinol', 'Squalane', 'Apply 3-4 drops at night'],
  },
  {
    name: 'A+ content (amazon.com.au): the "Full Ingredients" module, not the comparison chart',
    fixture: 'amazon/salicylic-cleanser-aplus-au.html',
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
    notRead: ['Retinol', 'Glycolic Acid', 'Benzoyl Peroxide', 'Oat Kernel Flour'],
  },
  {
    name: 'amazon.de 2020 "Produktinformationen" table: the "Bestandteile" row (td.label/td.value)',
    fixture: 'amazon/bha-toner-prod-details-table-de-2020.html',
    url: 'https://www.amazon.de/Klarwerk-BHA-Gesichtswasser/dp/B07KLARW01',
    source: 'amazon: product details',
    first: 'Aqua',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Klarwerk 2% BHA Gesichtswasser mit Salicylsäure, 150 ml',
      brand: 'Klarwerk',
      type: 'toner',
    },
    findings: ['bha:Salicylic Acid'],
    notInList: ['Glykolsäure', 'Retinol', 'ASIN'],
  },
  {
    name: 'amazon.de important information titled "Inhaltsstoffe / Zutaten", not the directions or the A+ module',
    fixture: 'amazon/night-cream-important-info-zutaten-de.html',
    url: 'https://www.amazon.de/dp/B07NACHT01',
    source: 'amazon: important information',
    first: 'Aqua',
    last: 'Ethylhexylglycerin',
    product: { title: 'Nachtwerk Retinol Nachtcreme mit Bakuchiol, 50 ml', brand: 'Nachtwerk' },
    findings: ['retinoid:Retinol'],
    notInList: ['Glykolsäure', 'Zutaten', 'ergänzen'],
    notRead: ['Inhaltsstoffe / Zutaten', 'Inhaltsstoffe'],
  },
  {
    name: 'a search page is no product and gives no list',
    fixture: 'amazon/search-retinol.html',
    url: 'https://www.amazon.com/s?k=retinol+serum&ref=nb_sb_noss',
    listing: true,
  },
]);

describe('Amazon', () => {
  test('the list element is the visible section, for the highlight', () => {
    const page = fixturePage('amazon/retinol-cream-important-info.html');
    const read = readPage(page, 'https://www.amazon.com/dp/B0TESTRET1', SITE_ADAPTERS);
    expect(read.listElement?.querySelector('h4')?.textContent).toBe('Ingredients');
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
