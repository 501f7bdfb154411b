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
import { isOnShop, isProductAddress, SHOPS } from './shops';

/**
 * Walmart (walmart.com and walmart.ca, both the Next.js product page since 2021–22). The page
 * embeds the whole product in `__NEXT_DATA__`: `initialData.data.product` (name, brand, category
 * path, variants) and `initialData.data.idml` (the label: ingredients, drug facts, directions).
 */
const STORE = 'script#__NEXT_DATA__';

// The visible "Ingredients" section: a titled collapse panel among "Product details",
// "Specifications", "Directions", "Warnings".
const PANELS: readonly Selector[] = [
  { css: '[data-testid="ui-collapse-panel"]', layout: '2021+ product page: titled collapse panels' },
  { css: 'section', layout: 'sectioned product details without panel test ids' },
];
const PANEL_TITLE = 'h2, h3, button, [role="heading"]';
// Walmart's notice under the details ("We aim to show you accurate product information…").
const NOTICE =
  /\n?(?:We aim to show you accurate product information|Nous nous efforçons de vous présenter)[\s\S]*$/;

const TITLE: readonly Selector[] = [
  { css: 'h1#main-title', layout: 'product title heading' },
  { css: 'h1[itemprop="name"]', layout: 'microdata title' },
  { css: 'h1[data-automation-id="product-title"], h1.prod-ProductTitle', layout: 'pre-2021 title' },
];
const BRAND: readonly Selector[] = [
  {
    css: '[data-seo-id="brand-name"], a[link-identifier="brandName"]',
    layout: 'brand link above the title (attributes not confirmed)',
  },
  { css: '[itemprop="brand"], .prod-brandName', layout: 'microdata and pre-2021 brand' },
];
const CRUMBS: readonly Selector[] = [
  { css: 'nav[aria-label="breadcrumb" i] li a', layout: 'breadcrumb navigation' },
  { css: '[data-testid="breadcrumb"] a, [data-testid="breadcrumb-item"]', layout: 'breadcrumb test ids' },
];

/** Plain text of an idml value: a string (often HTML), `{name, value}`, `{values}` or a list. */
function valueText(document: Document, value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map((v) => valueText(document, v)).filter((v) => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('value' in record) return valueText(document, record.value);
    if ('values' in record) return valueText(document, record.values);
    // An entry of a `values` list ({name: "Salicylic Acid 2%"}), never a bare section name.
    const name = str(record.name);
    return name && !/ingredients?$/i.test(name) ? valueText(document, name) : null;
  }
  const text = str(value);
  if (!text || /^(?:none|n\/a|not applicable)$/i.test(text)) return null;
  return /[<&]/.test(text) ? textFromHtml(document, text) || null : text;
}

/** The label from `idml`: Drug Facts actives and inactives, else the plain ingredient list. */
function labelFromIdml(document: Document, idml: unknown): string | null {
  const block = at(idml, 'ingredients');
  const plain = valueText(document, at(block, 'ingredients'));
  // A plain list that already carries its own Drug Facts headers is the whole label.
  if (plain && /\binactive ingredients?\b/i.test(plain)) return plain;
  const active =
    valueText(document, at(block, 'activeIngredients')) ??
    valueText(document, at(block, 'activeIngredientName')) ??
    valueText(document, at(idml, 'drugFacts', 'activeIngredients'));
  const inactive =
    valueText(document, at(block, 'inactiveIngredients')) ??
    valueText(document, at(idml, 'drugFacts', 'inactiveIngredients'));
  const lines = [
    active ? `Active Ingredients: ${active}` : null,
    inactive ? `Inactive Ingredients: ${inactive}` : null,
    plain && !inactive ? `Ingredients: ${plain}` : null,
  ].filter((line) => line !== null);
  return lines.length ? lines.join('\n') : null;
}

/** The selected value of every variant dimension ("Shade: Fair", "Size: 1 fl oz"). */
function selectedVariant(product: unknown): string | null {
  const criteria = at(product, 'variantCriteria');
  if (!Array.isArray(criteria)) return null;
  const values = criteria
    .map((criterion) => {
      const list = at(criterion, 'variantList');
      const chosen = Array.isArray(list) ? list.find((v) => at(v, 'selected') === true) : undefined;
      return str(at(chosen, 'name'));
    })
    .filter((v) => v !== null);
  return values.length ? values.join(', ') : null;
}

/** The visible panel titled "Ingredients", as text without its title button and store notice. */
function ingredientPanel(document: Document): Found | null {
  for (const { css } of PANELS) {
    for (const panel of document.querySelectorAll(css)) {
      if (inNoise(panel)) continue;
      const title = panel.querySelector(PANEL_TITLE)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (!isListTitle(title)) continue;
      // A panel that holds further panels is a wrapper; the inner one is read in its turn.
      if (panel.querySelector(css) !== null) continue;
      const text = readableText(panel).replace(NOTICE, '').trim();
      if (text.replace(/^ingr[ée]dients?\s*/i, '').length > 10) return { element: panel, text };
    }
  }
  return null;
}

export const walmart: SiteAdapter = {
  name: 'walmart',
  matches: (url) => isOnShop(url, SHOPS.walmart),
  extract(document, url) {
    const isProductPage = isProductAddress(SHOPS.walmart, url);
    const data = at(scriptJson(document, STORE), 'props', 'pageProps', 'initialData', 'data');
    const product = at(data, 'product');
    const path = at(product, 'category', 'path');
    const crumbs = Array.isArray(path) ? path.map((p) => str(at(p, 'name'))).filter((n) => n !== null) : [];
    const panel = isProductPage
      ? listOnPage(ingredientPanel(document), 'walmart: ingredients section')
      : null;
    const json = isProductPage
      ? listInData(labelFromIdml(document, at(data, 'idml')), 'walmart: product data')
      : null;
    // The data holds the label; the visible section, where there is one, is the element to mark.
    const list = json ? { ...json, element: panel?.element ?? null } : panel;
    const name = str(at(product, 'name'));
    return {
      isProductPage,
      list,
      facts: {
        title: name ? textFromHtml(document, name) : firstText(document, TITLE),
        brand: str(at(product, 'brand')) ?? firstText(document, BRAND),
        breadcrumbs: crumbs.length ? crumbs : allTexts(document, CRUMBS),
        variant: selectedVariant(product),
      },
    };
  },
};
