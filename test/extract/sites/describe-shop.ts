import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type PageRead, type ScannedProduct, readPage } from '../../../src/extract/page-scan';
import { mayShowProduct } from '../../../src/extract/product-signal';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { isOnShop, SHOPS } from '../../../src/extract/sites/shops';
import { fixturePage, PAGES } from '../fixture';

export type ShopName = keyof typeof SHOPS;

/** One saved page of a shop and what a shopper must see on it. */
export interface ShopCase {
  name: string;
  /** The page, under test/fixtures/pages/. */
  fixture: string;
  /** The address the page was saved from. */
  url: string;
  /** A search, category or listing page: no product, no list. */
  listing?: true;
  /** The reader that found the list ("amazon: important information"). */
  source?: string;
  /** The first and last ingredient the engine reads from the list. */
  first?: string;
  last?: string;
  /** What the page says about its product. */
  product?: Partial<Record<keyof ScannedProduct, unknown>>;
  /** Whether it is checked at all (default: yes, for a product page). */
  cosmetic?: boolean;
  /** Flagged ingredients that are not traces, as "family:Name", in list order. */
  findings?: string[];
  /** Text of reviews, highlights, blurbs or other panels that must not be in the list (any case). */
  notInList?: string[];
  /** Names that must not be read as ingredients. */
  notRead?: string[];
  /** Further checks of the reading (the element to highlight, say). */
  also?: (read: PageRead) => void;
}

const neverRead = (): Document => {
  throw new Error('the loader read the page of a listed shop');
};

const findingsOf = (read: PageRead): string[] =>
  read.scan.analysis?.findings.filter((f) => !f.trace).map((f) => `${f.family}:${f.name}`) ?? [];

/**
 * The shared test of a shop's saved pages: each product page gives its list, product facts and
 * findings; each listing gives nothing; and the set is complete: every fixture of the shop is a
 * case, there is a listing-page negative, and the loader accepts every product address by the
 * address alone (so the scanner is injected where the adapter reads a product).
 */
export function describeShop(shop: ShopName, cases: readonly ShopCase[]): void {
  const adapter = SITE_ADAPTERS.find((a) => a.name === shop);
  const products = cases.filter((c) => !c.listing);
  const listings = cases.filter((c) => c.listing);
  describe(`${shop}: saved pages`, () => {
    test.each(products)('$name', (c) => {
      const read = readPage(fixturePage(c.fixture), c.url, SITE_ADAPTERS);
      const { scan } = read;
      if (c.source !== undefined) expect(scan.list?.source).toBe(c.source);
      if (c.product) expect(scan.product).toMatchObject(c.product);
      expect(scan.isCosmeticProduct).toBe(c.cosmetic ?? true);
      if (c.first !== undefined) expect(scan.analysis?.ingredients[0]).toBe(c.first);
      if (c.last !== undefined) expect(scan.analysis?.ingredients.at(-1)).toBe(c.last);
      if (c.findings) expect(findingsOf(read)).toEqual(c.findings);
      const listed = scan.list?.text.toLowerCase() ?? '';
      for (const text of c.notInList ?? []) expect(listed).not.toContain(text.toLowerCase());
      for (const name of c.notRead ?? []) expect(scan.analysis?.ingredients ?? []).not.toContain(name);
      c.also?.(read);
    });

    if (listings.length) {
      test.each(listings)('$name', (c) => {
        const read = readPage(fixturePage(c.fixture), c.url, SITE_ADAPTERS);
        expect(read.scan.product).toBeNull();
        expect(read.scan.list).toBeNull();
        expect(read.scan.analysis).toBeNull();
      });
    }

    test('the set is complete: every fixture a case, a listing negative, addresses the loader accepts', () => {
      expect(adapter, `an adapter named ${shop}`).toBeDefined();
      const files = readdirSync(join(PAGES, shop)).filter((f) => f.endsWith('.html'));
      const used = new Set(cases.map((c) => c.fixture));
      expect(files.filter((f) => !used.has(`${shop}/${f}`))).toEqual([]);
      expect(listings.length, 'a listing-page negative').toBeGreaterThan(0);
      for (const c of products) {
        const url = new URL(c.url);
        expect(adapter?.matches(url), `${shop} reads ${c.url}`).toBe(true);
        expect(mayShowProduct(url, neverRead), `the loader accepts ${c.url}`).toBe(true);
      }
      for (const c of listings) {
        const url = new URL(c.url);
        if (isOnShop(url, SHOPS[shop])) expect(mayShowProduct(url, neverRead), c.url).toBe(false);
      }
    });
  });
}
