import { inNoise } from '../noise';
import { readableText } from '../read-text';
import {
  type Selector,
  allTexts,
  at,
  firstText,
  scriptJson,
  str,
  textFromHtml,
  type Found,
} from '../site-helpers';
import { listInData, listOnPage } from '../find-list';
import { isListTitle } from '../label-titles';
import type { SiteAdapter } from '../types';
import { isOnShop, productIdOf, SHOPS } from './shops';

/**
 * YesStyle (www.yesstyle.com, every /en/, /fr/, /de/, … language path). The product page is a
 * Next.js + MUI app whose CSS-module class names carry a build hash: `productDetailPage_x__AbC12`
 * in the pages-router build, `productDetailPage-module-scss-module__AbC12__x` in the later one.
 * Selectors therefore match the stable middle of the class name, never the hash.
 */

// Each "Details", "Major Ingredients", "How to use" block is an accordion: a container with an
// <h4> heading and a content div; the ingredients are one <span> (or <p>) inside the content.
const SECTIONS: readonly Selector[] = [
  { css: '[class*="accordionContainer"]', layout: 'product info accordion container (both builds)' },
  { css: '[class*="productInfoBox"]', layout: 'product info box (both builds)' },
  { css: '[class*="accordion_accordion"]', layout: 'accordion component (pages-router build)' },
  { css: '[class*="productDetail"] section', layout: 'section inside the product detail column' },
];
const SECTION_HEADING = 'h2, h3, h4, h5, h6, summary, button, [role="button"]';
const CONTENT = '[class*="accordionContent"], [class*="AccordionDetails"], [class*="accordion-content"]';
const HEADING_CONTAINER = '[class*="productUpper-heading"] h1, [class*="productUpperHeading"] h1';
const TITLE_FALLBACK: readonly Selector[] = [
  { css: '[class*="productDetailPage"] h1', layout: 'product page heading' },
];
const CRUMBS: readonly Selector[] = [
  // Both builds: an <ol> of <li> links, categories first, then the brand after a vertical stroke.
  { css: '[class*="breadcrumb"] li > a', layout: 'breadcrumb list items' },
  // AngularJS build (before 2023): <li class="icon icon-angle-right"> links.
  { css: 'li.icon-angle-right > a', layout: 'angle-right breadcrumb items (older build)' },
];
const VARIANT: readonly Selector[] = [
  // The option picker shows the selected size or shade in a "round corner select" button.
  {
    css: '[class*="roundCornerSelect"][aria-hidden="false"] [class*="option-name"]',
    layout: 'selected option name',
  },
  { css: '[class*="roundCornerSelect"][aria-hidden="false"] span', layout: 'selected option button' },
];
const TRAIL_ROOT = /^(?:home|yesstyle|accueil|startseite)$/i;

/** The content of the accordion (or section) whose heading says "Ingredients". */
function ingredientsSection(document: Document): Found | null {
  for (const { css } of SECTIONS) {
    for (const container of document.querySelectorAll(css)) {
      if (inNoise(container)) continue;
      const heading = container.querySelector(SECTION_HEADING);
      if (!heading || !isListTitle(readableText(heading))) continue;
      const content =
        container.querySelector(CONTENT) ??
        heading.nextElementSibling ??
        heading.parentElement?.nextElementSibling;
      const text = content ? readableText(content) : '';
      if (content && text) return { element: content, text };
    }
  }
  return null;
}

const PRODUCT_KEYS = ['product', 'productDetail', 'productInfo', 'productData', 'pdp', 'data'];
const INGREDIENT_KEY = /^(?:major|full|all)?_?ingredients?(?:list|text|desc|description)?$/i;
// Arrays of other products (carousels) that the page data may carry beside the product itself.
const OTHER_PRODUCTS = /recommend|similar|related|also|viewed|bought|carousel|bundle|review/i;

/** The product object in the Next.js page data: the one whose id is this page's pid, or the first. */
function productData(pageProps: unknown, pid: string | null): Record<string, unknown> | null {
  let first: Record<string, unknown> | null = null;
  const visit = (value: unknown, depth: number): Record<string, unknown> | null => {
    if (depth > 6 || typeof value !== 'object' || value === null) return null;
    if (Array.isArray(value)) return null;
    const object = value as Record<string, unknown>;
    const hasList = Object.keys(object).some((k) => INGREDIENT_KEY.test(k) && str(object[k]));
    if (hasList) {
      const id = String(object.productId ?? object.id ?? object.pid ?? '');
      if (pid && id === pid) return object;
      first ??= object;
    }
    for (const [key, child] of Object.entries(object)) {
      if (OTHER_PRODUCTS.test(key)) continue;
      const found = visit(child, depth + 1);
      if (found) return found;
    }
    return null;
  };
  for (const key of PRODUCT_KEYS) {
    const found = visit(at(pageProps, key), 0);
    if (found) return found;
  }
  return visit(pageProps, 0) ?? first;
}

function ingredientText(product: Record<string, unknown>): string | null {
  const key = Object.keys(product).find((k) => INGREDIENT_KEY.test(k) && str(product[k]));
  return key ? str(product[key]) : null;
}

/** "<a>Brand</a> - Product name" in the product heading: the name without the brand link. */
function headingParts(document: Document): { title: string | null; brand: string | null } {
  const h1 = document.querySelector(HEADING_CONTAINER);
  if (!h1) return { title: null, brand: null };
  const link = h1.querySelector('a');
  const brand = link ? readableText(link) || null : null;
  const full = readableText(h1).replace(/\s+/g, ' ');
  const title = (brand && full.startsWith(brand) ? full.slice(brand.length) : full)
    .replace(/^\s*[-–—|]\s*/, '')
    .trim();
  return { title: title || null, brand };
}

export const yesstyle: SiteAdapter = {
  name: 'yesstyle',
  matches: (url) => isOnShop(url, SHOPS.yesstyle),
  extract(document, url) {
    const pid = productIdOf(SHOPS.yesstyle, url);
    const pageProps = at(scriptJson(document, 'script#__NEXT_DATA__'), 'props', 'pageProps');
    const data = productData(pageProps, pid);
    const dataList = data ? ingredientText(data) : null;
    const shown = listOnPage(ingredientsSection(document), 'yesstyle: ingredients section');
    const fromData = listInData(dataList && textFromHtml(document, dataList), 'yesstyle: product data');
    const heading = headingParts(document);
    const brand = heading.brand ?? (data ? str(data.brandName) : null);
    // The picker says "Select size or color" until an option is chosen.
    const variant = firstText(document, VARIANT);
    const crumbs = allTexts(document, CRUMBS).filter((c) => !TRAIL_ROOT.test(c) && c !== brand);
    return {
      isProductPage: pid !== null,
      // The data holds the list; the visible section, where there is one, is the element to mark.
      list: fromData ? { ...fromData, element: shown?.element ?? null } : shown,
      facts: {
        title: heading.title ?? (data ? str(data.name) : null) ?? firstText(document, TITLE_FALLBACK),
        brand,
        breadcrumbs: crumbs,
        variant: variant && !/^select\b/i.test(variant) ? variant : null,
      },
    };
  },
};
