import { analyzeLabel, type LabelAnalysis } from '../ingredients/analyze-label';
import type { ProductType } from '../ingredients/family-schema';
import { isCosmeticProduct } from './cosmetic-page';
import { withKnownTitles } from './label-titles';
import { listPart } from './list-shape';
import { noProductScan } from './no-product';
import { mayShowProduct } from './product-signal';
import { pageFacts } from './page-facts';
import { productTypeOf } from './product-type';
import { generic, readGeneric } from './sites/generic';
import { SITE_ADAPTERS } from './sites/index';
import type { AdapterReading, FoundList, ProductFacts, SiteAdapter } from './types';

export interface ScannedProduct extends ProductFacts {
  type: ProductType | null;
}

/** What the page scanner tells the rest of the extension about a page. */
export interface PageScan {
  url: string;
  /** The product the page shows, or null when it is not a single product's page. */
  product: ScannedProduct | null;
  isCosmeticProduct: boolean;
  /** The ingredient list as found, or null when the page shows none. */
  list: FoundList | null;
  /** The engine's reading of the list; null when there is no list or the product is not cosmetic. */
  analysis: LabelAnalysis | null;
}

export interface PageRead {
  scan: PageScan;
  listElement: Element | null;
}

const EMPTY_FACTS: ProductFacts = {
  title: null,
  brand: null,
  breadcrumbs: [],
  category: null,
  variant: null,
};

/**
 * Whether the page is worth reading at all: a supported shop's page, or the loader's own signs of
 * a product (its address, or product markup). The CLI and "Check this page" come here without
 * the loader, so the scanner asks the same question again; there is one answer to it.
 */
export function hasProductSignal(
  document: Document,
  url: URL,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
): boolean {
  return adapters.some((a) => a.matches(url)) || mayShowProduct(url, () => document);
}

function readWith(adapter: SiteAdapter, document: Document, url: URL): AdapterReading | null {
  try {
    return adapter.extract(document, url);
  } catch (error) {
    // One broken layout must not stop the others; the next adapter (and the generic one) still run.
    if (import.meta.env?.DEV) console.warn(`Aftercare Lens: the ${adapter.name} adapter failed`, error);
    return null;
  }
}

function merged(base: Partial<ProductFacts>, over: Partial<ProductFacts>): ProductFacts {
  const pick = <K extends keyof ProductFacts>(key: K): ProductFacts[K] => {
    const value = over[key];
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    return (empty ? (base[key] ?? EMPTY_FACTS[key]) : value) as ProductFacts[K];
  };
  return {
    title: pick('title'),
    brand: pick('brand'),
    breadcrumbs: pick('breadcrumbs'),
    category: pick('category'),
    variant: pick('variant'),
  };
}

/**
 * Finds the product and its ingredient list on a page and analyses it: shop adapters first, in
 * order, then the generic reading.
 */
export function readPage(
  document: Document,
  href: string,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
): PageRead {
  const url = new URL(href);
  const none: PageRead = { scan: noProductScan(href), listElement: null };
  if (!hasProductSignal(document, url, adapters)) return none;
  const site = adapters
    .filter((a) => a.matches(url))
    .map((a) => readWith(a, document, url))
    .filter((r) => r !== null);
  const page = pageFacts(document);
  const isProductPage = site.some((r) => r.isProductPage) || page.isProductPage;
  if (!isProductPage) return none;
  const withList = site.find((r) => r.list !== null);
  const fallback = withList
    ? null
    : readWith({ ...generic, extract: () => readGeneric(document, page) }, document, url);
  // The shop layout's facts win over the page's shared markup, adapter order deciding between shops.
  const facts = site.reduceRight<ProductFacts>(
    (acc, r) => merged(acc, r.facts),
    merged(EMPTY_FACTS, page.facts),
  );
  const chosen = withList ?? (fallback?.list ? fallback : null);
  // What the scan reports: the list without the element, and without the paragraphs beside it
  // that are not the list (blurbs, "formulated without" claims, notices).
  const list = chosen?.list
    ? { text: listPart(withKnownTitles(chosen.list.text)), source: chosen.list.source }
    : null;
  const type = productTypeOf(facts);
  const isCosmetic = isCosmeticProduct({
    isProductPage,
    facts,
    productType: type,
    listText: list?.text ?? null,
  });
  return {
    scan: {
      url: href,
      product: { ...facts, type },
      isCosmeticProduct: isCosmetic,
      list,
      // The product's name goes with its list: a medicine's brand or active is often only there.
      analysis:
        list && isCosmetic
          ? analyzeLabel(list.text, {
              ...(type ? { productType: type } : {}),
              ...(facts.title ? { title: facts.title } : {}),
            })
          : null,
    },
    listElement: chosen?.list?.element ?? null,
  };
}

export function scanPage(document: Document, href: string): PageScan {
  return readPage(document, href).scan;
}
