import { panelsOpenedBy } from '../tab-panels';
import { inNoise } from '../noise';
import { readableText } from '../read-text';
import { type Selector, allTexts, firstText, type Found } from '../site-helpers';
import { listOnPage } from '../find-list';
import { isListTitle } from '../label-titles';
import type { SiteAdapter } from '../types';
import { isOnShop, isProductAddress, SHOPS } from './shops';

/** Boots (boots.com, boots.ie and their international subdomains). */

// Where the "Ingredients" heading sits; the list is the section it heads.
const HEADING: readonly Selector[] = [
  // Product details of both page generations: <h3 id="product_ingredients">, the target of the
  // "Ingredients" tab link a[href="#product_ingredients"].
  { css: '#product_ingredients', layout: 'product details heading id="product_ingredients"' },
  // Octopus (oct-) design system accordion: the toggle's title, its panel named by aria-controls.
  { css: '.oct-accordion__item .oct-accordion__toggle', layout: 'oct-accordion toggle' },
  { css: '.oct-accordion__item .oct-accordion__text-wrapper', layout: 'oct-accordion toggle title' },
];
// The section a heading belongs to, nearest first.
const SECTION: readonly Selector[] = [
  // WebSphere product page: each part of #estore_product_longdesc is one subsection.
  { css: '.product_long_description_subsection', layout: 'estore long description subsection' },
];
const PANEL: readonly Selector[] = [
  { css: '.oct-accordion__pannel', layout: 'oct-accordion panel (the class is spelled "pannel")' },
  { css: '.oct-accordion__panel', layout: 'oct-accordion panel, corrected spelling' },
];
const TITLE: readonly Selector[] = [
  { css: '#estore_product_title h1', layout: 'WebSphere product title' },
  { css: 'h1.pdpTitle', layout: 'product details page title' },
  { css: 'h1[itemprop="name"]', layout: 'microdata product name' },
];
const BRAND: readonly Selector[] = [
  { css: 'a.product-details-brand-link__text-link span', layout: 'brand link above the title' },
  { css: '[itemprop="brand" i] [itemprop="name"]', layout: 'microdata brand with name' },
  { css: 'span[itemprop="brand" i]', layout: 'microdata brand' },
];
const CRUMBS: readonly Selector[] = [
  { css: '#widget_breadcrumb ul li a', layout: 'WebSphere breadcrumb widget' },
  { css: '.breadcrumb-container .breadcrumb-item__text', layout: 'product details breadcrumb' },
  { css: '.oct-breadcrumb__item a', layout: 'oct- breadcrumb' },
];

/** The block a heading labels: its aria-controls panel, its subsection, or what follows it. */
function sectionOf(heading: Element, document: Document): Element | null {
  const controlled = panelsOpenedBy(heading, document).find((panel) => readableText(panel));
  if (controlled) return controlled;
  const item = heading.closest('.oct-accordion__item');
  const panel = item && PANEL.map(({ css }) => item.querySelector(css)).find((p) => p && readableText(p));
  if (panel) return panel;
  for (const { css } of SECTION) {
    const section = heading.closest(css);
    if (section) return section;
  }
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (readableText(next)) return next;
  }
  return null;
}

/** Whether an element reads as a title ("Ingredients & allergens") rather than as the list. */
function isTitle(element: Element, text: string): boolean {
  return /^H[1-6]$/.test(element.tagName.toUpperCase()) || (text.length < 60 && !text.includes(','));
}

/** The ingredients section, found from its heading. */
function headedList(document: Document): Found | null {
  for (const { css } of HEADING) {
    for (const heading of document.querySelectorAll(css)) {
      if (inNoise(heading)) continue;
      const label = readableText(heading);
      const byId = heading.id === 'product_ingredients';
      if (isListTitle(label) || (byId && isTitle(heading, label))) {
        const section = sectionOf(heading, document);
        const text = section && !inNoise(section) ? readableText(section) : '';
        if (section && text) return { element: section, text };
      } else if (byId && label) {
        // Some pages put the id on the tab panel itself rather than on its heading.
        return { element: heading, text: label };
      }
    }
  }
  return null;
}

export const boots: SiteAdapter = {
  name: 'boots',
  matches: (url) => isOnShop(url, SHOPS.boots),
  extract(document, url) {
    const isProductPage = isProductAddress(SHOPS.boots, url);
    const list = listOnPage(headedList(document), 'boots: ingredients section');
    const manufacturer = document.querySelector('input#productManufacturerName')?.getAttribute('value');
    return {
      isProductPage,
      list,
      facts: {
        title: firstText(document, TITLE),
        // The WebSphere page keeps the brand in a hidden field for its analytics.
        brand: firstText(document, BRAND) ?? (manufacturer?.trim() || null),
        breadcrumbs: allTexts(document, CRUMBS).filter((c) => !/^(?:home|boots)$/i.test(c)),
        // Each Boots shade or size is its own item code, named in the title: no separate variant.
        variant: null,
      },
    };
  },
};
