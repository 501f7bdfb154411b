import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../src/extract/page-scan';
import { mayShowProduct } from '../../src/extract/product-signal';
import { fixturePage } from './fixture';

const page = (head: string, body = ''): Document =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const looks = (doc: Document, url: string): boolean => mayShowProduct(new URL(url), () => doc);
const EMPTY = page('<title>x</title>');

describe('the loader’s first look: is it worth loading the page scanner?', () => {
  test.each([
    'https://www.sephora.com/product/night-retinol-serum-P500001',
    'https://www.sephora.com/ca/en/product/night-retinol-serum-P500001?skuId=2',
    'https://www.amazon.com/Dewpoint-Glycolic-Toning-Solution/dp/B0TESTGLY1',
    'https://www.amazon.de/gp/product/B0TESTDE01',
    'https://www.walmart.com/ip/Glow-Pads/123456789',
    'https://www.target.com/p/glycolic-toner/-/A-12345678',
    'https://www.ulta.com/p/overnight-retinol-renewal-serum-pimprod2040117?sku=2612001',
    'https://www.ulta.com/oat-cloud-barrier-moisturizer?productId=pimprod2019441',
    'https://www.boots.com/clearskin-lab-2-percent-salicylic-acid-daily-cleanser-150ml-10294839',
    // Address forms the Boots and Amazon readers counted as products but the loader did not.
    'https://www.boots.com/no7-protect-and-perfect-intense-advanced-serum-30ml-10263818p',
    'https://www.boots.com/renewal-lab-retinol-night-cream-50ml-10341234.html',
    'https://www.amazon.com/exec/obidos/asin/B0TESTGLY1',
    'https://www.lookfantastic.fr/p/atelier-clair-masque-exfoliant-eclat-aha-bha-75ml/16789012/',
    'https://www.cultbeauty.co.uk/lumiere-night-shift-retinol-serum/14567891.html',
    'https://www.iherb.com/pr/clear-bha-cleanser/90311',
    'https://www.yesstyle.com/en/cosrx-bha-toner/info.html/pid.1052316823',
    'https://dewy-co.myshopify.com/products/renewal-night-cream',
    'https://lumenskin.example/products/bright-peel-pads',
    'https://shop.example/product/night-cream/',
  ])('a product address is enough, before the page has rendered: %s', (url) => {
    expect(looks(EMPTY, url)).toBe(true);
  });

  test.each([
    'https://www.sephora.com/',
    'https://www.sephora.com/shop/face-serums',
    'https://www.amazon.com/s?k=retinol',
    'https://www.boots.com/skincare/face',
    'https://www.lookfantastic.fr/search?q=aha',
    'https://www.ulta.com/shop/skin-care?search=retinol',
    'https://www.target.com/p/-/N-5xtfc',
    'https://www.iherb.com/pr/california-gold-nutrition',
    'https://www.yesstyle.com/en/list.html/bcc.15590',
    'https://news.example/2026/11/skincare-trends',
  ])('an empty listing or article page is not worth it: %s', (url) => {
    expect(looks(EMPTY, url)).toBe(false);
  });

  test('Open Graph or JSON-LD in <head> saying "product", on a site the user chose', () => {
    const url = 'https://brand.example/night-cream';
    expect(looks(page('<meta property="og:type" content="og:product">'), url)).toBe(true);
    for (const type of ['"Product"', '["Thing", "Product"]', '"https://schema.org/Drug"', '"ProductGroup"']) {
      const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":${type},"name":"Cream"}</script>`;
      expect(looks(page(ld), url), type).toBe(true);
    }
    const graph = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type": "Product","name":"Cream"}]}</script>`;
    expect(looks(page(graph), url)).toBe(true);
  });

  test('on a listed shop the address alone decides: the page itself is never read', () => {
    const untouchable = (): Document => {
      throw new Error('the page was read');
    };
    for (const url of [
      'https://www.boots.com/night-cream',
      'https://www.sephora.com/shop/face-serums',
      'https://www.sephora.com/product/night-retinol-serum-P500001',
    ]) {
      expect(() => mayShowProduct(new URL(url), untouchable), url).not.toThrow();
    }
    const productHead = page('<meta property="og:type" content="product">');
    expect(looks(productHead, 'https://www.boots.com/night-cream')).toBe(false);
    expect(looks(productHead, 'https://www.boots.com/night-cream-10294839')).toBe(true);
  });

  test('an article, a list of products, a word in the text, broken JSON: not a product', () => {
    const url = 'https://news.example/2026/11/retinol-guide';
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const article = ld('{"@type":"NewsArticle","headline":"Which Product Is Best?","about":"Ingredients"}');
    expect(looks(page('<meta property="og:type" content="article">', article), url)).toBe(false);
    const list = ld(
      '{"@type":"ItemList","itemListElement":[{"@type":"Product","name":"A"},{"@type":"Product"}]}',
    );
    expect(looks(page('', list), 'https://www.sephora.com/shop/serums')).toBe(false);
    expect(looks(page('', '<h2>Ingredients</h2><p>Water, Retinol</p>'), url)).toBe(false);
    expect(looks(page('', ld('{"@type":"Product",')), url)).toBe(false);
  });

  test('JSON-LD or microdata in the body count on a site the user chose, not on a listed shop', () => {
    const microdata = '<div itemscope itemtype="https://schema.org/Product">Cream</div>';
    const drug = '<div itemscope itemtype="http://schema.org/Drug">Gel</div>';
    const ld = '<main><script type="application/ld+json">{"@type":"Product","name":"Cream"}</script></main>';
    for (const body of [microdata, drug, ld]) {
      expect(looks(page('', body), 'https://hautladen.example/pflege/nachtcreme'), body).toBe(true);
      // A listed shop's product pages are known by their address; the rest is not searched.
      expect(looks(page('', body), 'https://www.boots.com/skincare-offers'), body).toBe(false);
    }
  });

  // Fixture layouts of sites the user chose to have checked (a brand store on its own domain, a
  // small shop), where the loader has only the markup to go on.
  const PAGES = join(import.meta.dirname, '../fixtures/pages');
  const fixtures = ['generic', 'shopify'].flatMap((dir) =>
    readdirSync(join(PAGES, dir)).map((file) => `${dir}/${file}`),
  );
  const url = 'https://brand-store.example/some-page';

  test.each(fixtures)(
    'never hides a product the scanner reads, by its markup alone, on a site the user chose: %s',
    (file) => {
      const document = fixturePage(file);
      if (readPage(document, url).scan.product) expect(looks(document, url)).toBe(true);
    },
  );

  test('the fixture check above covers product pages of both layouts', () => {
    const products = fixtures.filter((file) => readPage(fixturePage(file), url).scan.product);
    expect(new Set(products.map((file) => file.split('/')[0]))).toEqual(new Set(['generic', 'shopify']));
    expect(products.length).toBeGreaterThan(8);
  });
});
