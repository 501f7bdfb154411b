import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { describe, expect, test } from 'vitest';
import { type PageScan, readPage } from '../../../src/extract/page-scan';
import { iherb } from '../../../src/extract/sites/iherb';
import { fixturePage } from '../fixture';

const findings = (scan: PageScan): string[] =>
  scan.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

const scanOf = (fixture: string, url: string): PageScan =>
  readPage(fixturePage(fixture), url, SITE_ADAPTERS).scan;

interface Case {
  name: string;
  fixture: string;
  url: string;
  first: string;
  last: string;
  product: Record<string, unknown>;
  findings: string[];
  /** Words from reviews, carousels and highlights that must not reach the list. */
  absent: string[];
}

const COSMETIC_PAGES: Case[] = [
  {
    name: 'overview row with prodOverviewIngred: a retinol serum',
    fixture: 'iherb/retinol-serum-overview.html',
    url: 'https://www.iherb.com/pr/lumen-botanics-night-renewal-retinol-serum-1-fl-oz-30-ml/148802',
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
    absent: ['Glycolic Acid', 'Witch Hazel', 'Benzoyl Peroxide'],
  },
  {
    name: 'heading-decided row (wrapped <h3>, no class): a salicylic acid cleanser',
    fixture: 'iherb/bha-cleanser-heading-row.html',
    url: 'https://ca.iherb.com/pr/clearwell-pore-clarifying-gel-cleanser-2-salicylic-acid-6-fl-oz-177-ml/77120',
    first: 'Salicylic Acid',
    last: 'Citric Acid',
    product: { brand: 'Clearwell', type: 'cleanser', category: 'Bath & Personal Care' },
    findings: ['bha:Salicylic Acid'],
    absent: ['Retinol', 'Glycolic Acid'],
  },
  {
    name: 'heading-decided row on de.iherb.com ("Inhaltsstoffe"): a glycolic acid toner',
    fixture: 'iherb/de-aha-toner-heading-row.html',
    url: 'https://de.iherb.com/pr/lumen-botanics-glow-tonic-mit-7-glykolsaure-120-ml/148890',
    first: 'Aqua',
    last: 'Ethylhexylglycerin',
    product: {
      brand: 'Lumen Botanics',
      type: 'toner',
      variant: '120 ml',
      breadcrumbs: ['Schönheit', 'Gesichtspflege', 'Gesichtswasser'],
    },
    findings: ['aha:Glycolic Acid'],
    absent: ['Retinol'],
  },
];

describe('iHerb', () => {
  test.each(COSMETIC_PAGES)('$name', (c) => {
    const scan = scanOf(c.fixture, c.url);
    expect(scan.list?.source).toBe('iherb: product overview');
    expect(scan.isCosmeticProduct).toBe(true);
    expect(scan.product).toMatchObject(c.product);
    expect(scan.analysis?.ingredients[0]).toBe(c.first);
    expect(scan.analysis?.ingredients.at(-1)).toBe(c.last);
    expect(findings(scan)).toEqual(c.findings);
    for (const word of c.absent) expect(scan.list?.text).not.toContain(word);
  });

  test('the overview list is the one highlighted in the page', () => {
    const page = fixturePage('iherb/retinol-serum-overview.html');
    const read = readPage(
      page,
      'https://www.iherb.com/pr/lumen-botanics-night-renewal-retinol-serum-1-fl-oz-30-ml/148802',
      [iherb],
    );
    expect(read.listElement?.classList.contains('prodOverviewIngred')).toBe(true);
  });

  test('a supplement with citric acid is filed as a supplement: not cosmetic, nothing flagged', () => {
    const scan = scanOf(
      'iherb/vitamin-c-supplement-overview.html',
      'https://www.iherb.com/pr/sunmeadow-nutrition-buffered-vitamin-c-500-mg-120-veggie-capsules/90311',
    );
    expect(scan.list?.source).toBe('iherb: product overview');
    expect(scan.list?.text).toMatch(/^Hypromellose \(vegetable capsule\), rice flour, citric acid/);
    expect(scan.list?.text).not.toContain('Glycolic');
    expect(scan.product).toMatchObject({
      title: 'Sunmeadow Nutrition, Buffered Vitamin C, 500 mg, 120 Veggie Capsules',
      brand: 'Sunmeadow Nutrition',
      category: 'Supplements',
      breadcrumbs: ['Supplements', 'Vitamins', 'Vitamin C'],
      variant: '120 Count',
    });
    expect(scan.isCosmeticProduct).toBe(false);
    expect(scan.analysis).toBeNull();
    expect(findings(scan)).toEqual([]);
  });

  test('search and category pages are not a product', () => {
    const search = scanOf('iherb/search-results.html', 'https://www.iherb.com/search?kw=retinol');
    expect(search.product).toBeNull();
    expect(search.list).toBeNull();
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
