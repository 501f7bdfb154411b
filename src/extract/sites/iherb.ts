import { inNoise } from '../noise';
import { readableText } from '../read-text';
import { type Selector, allTexts, firstText, type Found } from '../site-helpers';
import { firstList, listAt, listOnPage } from '../find-list';
import { isListTitle } from '../label-titles';
import type { SiteAdapter } from '../types';
import { isOnShop, productIdOf, SHOPS } from './shops';

/**
 * iHerb (www.iherb.com and the country subdomains: kr., jp., de., ca., uk., au., ae., no., tn., …).
 * iHerb sells supplements, groceries and cosmetics from one template, so the category it files a
 * product under is what keeps a capsule's "citric acid" from being read as an AHA.
 */
const LIST: readonly Selector[] = [
  // Server-rendered product overview (2019 on): each section is a `div.row.item-row` holding an
  // <h3> and its body; the ingredients body alone carries `prodOverviewIngred`, the same class in
  // every locale ("Ingredients" on cosmetics, "Other ingredients" on supplements).
  { css: '#product-overview .prodOverviewIngred', layout: 'overview row, prodOverviewIngred body' },
  { css: '.product-overview .prodOverviewIngred', layout: 'overview row, prodOverviewIngred body' },
  { css: '.prodOverviewIngred', layout: 'prodOverviewIngred body anywhere on the page' },
];
// Overview rows whose body has lost its class: the <h3> decides (see ingredientsByHeading).
const OVERVIEW_HEADINGS =
  '#product-overview h3, .product-overview h3, #product-overview h2, .product-overview h2';
const TITLE: readonly Selector[] = [
  { css: 'h1#name', layout: 'product name heading id="name"' },
  { css: 'h1[data-testid="product-name"]', layout: 'product name test id' },
];
const BRAND: readonly Selector[] = [
  { css: '#brand a bdi', layout: 'brand link under #brand ("By <brand>")' },
  { css: '#brand a[data-testid="product-brand-link"]', layout: 'brand link test id' },
  { css: '#brand a', layout: 'brand link under #brand' },
];
const CRUMBS: readonly Selector[] = [
  { css: '#breadCrumbs a', layout: 'breadcrumb trail #breadCrumbs' },
  { css: 'nav[aria-label*="breadcrumb" i] a', layout: 'breadcrumb navigation' },
  { css: '.breadcrumb a', layout: 'breadcrumb class' },
];
// The "Home", "Categories" and "Brands A-Z" links head the trails and say nothing about the product.
const TRAIL_ROOT = /^(?:home|categories|all categories|kategorien|iherb|brands a-z)$/i;

/** A string value of `key` in the page's `window.IHR_DL` data layer (a JS literal, not JSON). */
function dataLayerValue(document: Document, key: string): string | null {
  // `key: "value"` as the page writes it; a quoted key or single quotes are read too.
  const pattern = new RegExp(`["']?\\b${key}["']?\\s*:\\s*(["'])((?:\\\\.|(?!\\1)[^\\\\])*)\\1`);
  for (const script of document.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes(key)) continue;
    const value = pattern.exec(text)?.[2]?.replace(/\\(.)/g, '$1').trim();
    if (value) return value;
  }
  return null;
}

/** The body of an overview section whose heading says "Ingredients", in any label language. */
function ingredientsByHeading(document: Document): Found | null {
  for (const heading of document.querySelectorAll(OVERVIEW_HEADINGS)) {
    if (!isListTitle(readableText(heading)) || inNoise(heading)) continue;
    // The body is the heading's next element; a heading wrapped in its own div has it one up.
    const body = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling ?? null;
    const text = body ? readableText(body) : '';
    if (body && text) return { element: body, text };
  }
  return null;
}

export const iherb: SiteAdapter = {
  name: 'iherb',
  matches: (url) => isOnShop(url, SHOPS.iherb),
  extract(document, url) {
    const id = productIdOf(SHOPS.iherb, url);
    const list = firstList(
      () => listAt(document, LIST, 'iherb: product overview'),
      () => listOnPage(ingredientsByHeading(document), 'iherb: product overview'),
    );
    const crumbs = allTexts(document, CRUMBS).filter((c) => !TRAIL_ROOT.test(c));
    // The data layer names the product's primary category ("Supplements", "Beauty", "Grocery");
    // a page with a Supplement Facts panel is a supplement even when that is missing.
    // The 2026 page writes "NotDefined" where it has no category (caozhuozi/iherb-cli's pages).
    const layerCategory = dataLayerValue(document, 'prmryPrntCtgry');
    const category =
      (layerCategory === 'NotDefined' ? null : layerCategory) ??
      (document.querySelector('.supplement-facts-container') ? 'Supplements' : null);
    // The size or count options link sibling products; the one carrying this page's id is selected.
    const option = id ? document.querySelector(`[data-pid="${id}"][data-is-out-of-stock]`) : null;
    // Its text is the size or count, then the price ("120 Count $14.99").
    const variant = option
      ? (readableText(option)
          .split('\n')[0]
          ?.replace(/\s*(?:[A-Z]{0,3}[$€£¥₩]|[A-Z]{3}\s)\s?[\d.,]+.*$/, '')
          .trim() ?? null)
      : null;
    return {
      isProductPage: id !== null,
      list,
      facts: {
        title: firstText(document, TITLE) ?? dataLayerValue(document, 'prdctNm'),
        brand: firstText(document, BRAND) ?? dataLayerValue(document, 'brndNm'),
        breadcrumbs: crumbs,
        category,
        variant: variant && variant.length < 60 ? variant : null,
      },
    };
  },
};
