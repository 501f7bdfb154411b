import { type Selector, allTexts, firstText, str, textFromHtml, withoutLabel } from '../site-helpers';
import { listAt, listInData } from '../find-list';
import type { SiteAdapter } from '../types';
import { isOnShop, isProductAddress, SHOPS } from './shops';

/** Ulta Beauty (ulta.com): the 2023+ product page and the older ProductDetail page. */
const LIST: readonly Selector[] = [
  // 2023+ page: the "Ingredients" <details> accordion of the product information section, its
  // panel a Markdown block under the summary#Ingredients header.
  {
    css: 'details[aria-controls="Ingredients"] > .Accordion_Huge__content',
    layout: 'Accordion_Huge details aria-controls="Ingredients"',
  },
  { css: 'summary#Ingredients + .Accordion_Huge__content', layout: 'panel after summary#Ingredients' },
  // The same accordion when the panel's class name changes: whatever follows the summary.
  { css: 'details[aria-controls="Ingredients"] > :not(summary)', layout: 'Ingredients details, any panel' },
  // Before 2023: the "Ingredients" tab of ProductDetail (a title, then the collapsible content).
  {
    css: '.ProductDetail__ingredients .ProductDetail__productContent',
    layout: 'ProductDetail__ingredients tab content',
  },
  { css: '.ProductDetail__ingredients', layout: 'ProductDetail__ingredients tab with its title' },
];
const TITLE: readonly Selector[] = [
  { css: '.ProductInformation h1 .Text-ds--title-5', layout: '2023+ product name under the brand link' },
  { css: '.ProductMainSection__productName', layout: 'ProductMainSection product name' },
];
const BRAND: readonly Selector[] = [
  { css: '.ProductInformation h1 a.Link_Huge', layout: '2023+ brand link in the heading' },
  { css: '.ProductInformation h1 a[href*="/brand/"]', layout: '2023+ brand link by its address' },
  { css: '.ProductMainSection__brandName', layout: 'ProductMainSection brand name' },
];
const CRUMBS: readonly Selector[] = [
  { css: '#Breadcrumbs__List .Breadcrumbs__List--item a', layout: '2023+ breadcrumb list' },
  { css: '#Breadcrumbs__List li', layout: '2023+ breadcrumb list items' },
  { css: '.Breadcrumb ul li a', layout: 'ProductMainSection breadcrumb' },
];
const VARIANT: readonly Selector[] = [
  // Unconfirmed class name for the 2023+ "Color: …" label; the size below is confirmed.
  { css: '.ProductVariantSelector__label', layout: '2023+ selected shade label' },
  { css: '.ProductDimension .Text-ds--black', layout: '2023+ size of the selected sku' },
  { css: '.ProductMainSection__colorPanel', layout: 'ProductMainSection shade or size panel' },
];
// The 2023+ page renders its GraphQL (Apollo) cache into script#apollo_state, as bare JSON or as
// an assignment to window.__APOLLO_STATE__; an unnamed script with that assignment is read too.
const STATE_SCRIPTS: readonly Selector[] = [
  { css: 'script#apollo_state', layout: '2023+ Apollo cache script' },
];

/** The Apollo cache as JSON, whether the script holds bare JSON or `window.__APOLLO_STATE__ = …;`. */
function apolloState(document: Document): unknown {
  const scripts = STATE_SCRIPTS.map(({ css }) => document.querySelector(css)).filter((s) => s !== null);
  for (const script of [...scripts, ...document.querySelectorAll('script:not([src])')]) {
    const text = script.textContent?.trim() ?? '';
    if (!scripts.includes(script) && !text.startsWith('window.__APOLLO_STATE__')) continue;
    const json = text.replace(/^window\.__APOLLO_STATE__\s*=\s*/, '').replace(/;\s*$/, '');
    try {
      return JSON.parse(json);
    } catch {
      // A cache we cannot read says nothing; the visible accordion still does.
    }
  }
  return undefined;
}

interface StateList {
  text: string;
  sku: string | null;
  variant: string | null;
}

const TITLE_KEYS = ['title', 'label', 'header', 'heading', 'name'] as const;
const BODY_KEYS = ['content', 'body', 'text', 'description', 'value', 'markdown'] as const;
const VARIANT_KEYS = ['variantLabel', 'variantDesc', 'shadeName', 'colorName', 'size'] as const;
const MAX_NODES = 20000;

/** Plain text from a cache field that holds Markdown or HTML. */
function plainText(document: Document, value: string): string {
  if (/<[a-z][^>]*>/i.test(value)) return textFromHtml(document, value);
  return value
    .replace(/\\n/g, '\n')
    .replace(/^#{1,6}\s*/gm, '')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_\n]+?)\1/g, '$2')
    .trim();
}

/**
 * Every "Ingredients" block in the cache, with the sku it belongs to: an `ingredients` string, or
 * an object titled "Ingredients" with a body. The cache's exact shape is Ulta's to change, so the
 * walk looks for that pattern anywhere rather than at a fixed path.
 */
function stateLists(document: Document, state: unknown): StateList[] {
  const found: StateList[] = [];
  let budget = MAX_NODES;
  const visit = (node: unknown, sku: string | null, variant: string | null): void => {
    if (typeof node !== 'object' || node === null || budget-- <= 0) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, sku, variant);
      return;
    }
    const record = node as Record<string, unknown>;
    const ownSku = str(record.skuId) ?? (typeof record.sku === 'string' ? str(record.sku) : null) ?? sku;
    const ownVariant = VARIANT_KEYS.map((k) => str(record[k])).find((v) => v) ?? variant;
    const title = TITLE_KEYS.map((k) => str(record[k])).find((t) => t);
    const body = BODY_KEYS.map((k) => str(record[k])).find((b) => b);
    const direct = str(record.ingredients);
    if (direct) found.push({ text: plainText(document, direct), sku: ownSku, variant: ownVariant });
    else if (title && /^ingredients$/i.test(title) && body)
      found.push({ text: plainText(document, body), sku: ownSku, variant: ownVariant });
    for (const value of Object.values(record)) visit(value, ownSku, ownVariant);
  };
  visit(state, null, null);
  return found.filter((f) => f.text);
}

export const ulta: SiteAdapter = {
  name: 'ulta',
  matches: (url) => isOnShop(url, SHOPS.ulta),
  extract(document, url) {
    const isProductPage = isProductAddress(SHOPS.ulta, url);
    const wanted = url.searchParams.get('sku');
    const lists = stateLists(document, apolloState(document));
    const panel = listAt(document, LIST, 'ulta: ingredients panel');
    // The cache also holds other products (carousels), so it is trusted alone only for the sku the
    // URL names, or when it holds one product's list; otherwise the visible panel decides.
    const fromState =
      lists.find((l) => wanted !== null && l.sku === wanted) ??
      (!panel && new Set(lists.map((l) => l.sku)).size === 1 ? lists[0] : undefined);
    const data = listInData(fromState?.text ?? null, 'ulta: product data');
    const list = data ? { ...data, element: panel?.element ?? null } : panel;
    return {
      isProductPage,
      list,
      facts: {
        title: firstText(document, TITLE),
        brand: firstText(document, BRAND),
        breadcrumbs: allTexts(document, CRUMBS).filter((c) => !/^home$/i.test(c)),
        variant: fromState?.variant ?? withoutLabel(firstText(document, VARIANT)),
      },
    };
  },
};
