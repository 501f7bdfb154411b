import { panelsOpenedBy } from '../tab-panels';
import { inNoise } from '../noise';
import { readableText } from '../read-text';
import { type Selector, at, firstMatch, firstText, scriptJson, str, type Found } from '../site-helpers';
import { firstList, listAfterTitle, listAt, listInData, listOnPage } from '../find-list';
import { bestList } from '../list-shape';
import { isListTitle, openingListTitle } from '../label-titles';
import type { AdapterReading, SiteAdapter } from '../types';
import { isProductAddress, SHOPS } from './shops';

/**
 * Any Shopify store (brand stores on their own domains). Tried late, on every URL: `extract`
 * first looks for Shopify's own markup and reads nothing on a page without it.
 */

// Markup only Shopify storefronts carry. og:type=product and /products/ URLs are not enough on
// their own (other platforms use both), so they only decide product-ness once one of these is seen.
// In <head>: a few dozen elements, so one query is cheap.
const SHOPIFY_HEAD_SIGNALS = [
  'link[href*="cdn.shopify.com"]',
  'script[src*="cdn.shopify.com"]',
  // Since 2023 theme assets are served from the store's own domain under /cdn/shop/.
  'link[href*="/cdn/shop/"]',
  'script[src*="/cdn/shop/"]',
  'meta[name="shopify-checkout-api-token"]',
  'meta[name="shopify-digital-wallet"]',
  'script#shopify-features',
].join(', ');

/** The same signs on a page's scripts, wherever they are; `Shopify.shop = "x.myshopify.com"` is the
 * storefront bootstrap every Shopify page carries. */
function isShopifyScript(script: HTMLScriptElement): boolean {
  if (script.src) return script.src.includes('cdn.shopify.com') || script.src.includes('/cdn/shop/');
  if (script.id === 'shopify-features' || script.id.startsWith('ProductJson')) return true;
  if (script.hasAttribute('data-product-json')) return true;
  const text = script.text;
  return text.includes('Shopify.shop') && /\bShopify\.shop\s*=/.test(text);
}

const LABELS: readonly Selector[] = [
  // Dawn and the other Online Store 2.0 themes: collapsible-content rows are <details> elements.
  { css: 'details > summary', layout: 'collapsible row <details>/<summary> (Dawn, OS 2.0 themes)' },
  // Impulse, Prestige, Motion, Symmetry…: a trigger button naming its panel with aria-controls.
  { css: '[aria-controls]', layout: 'collapsible trigger or tab with aria-controls' },
  // Older tabbed themes (Debut/Brooklyn-era snippets, Turbo, Retina): tab links to #panel ids.
  {
    css: '[class*="tab" i] a[href^="#"], [role="tab"], [data-tab], [data-target^="#"]',
    layout: 'tab link to an in-page panel',
  },
  // Tabs that are plain elements with a click handler, their panels elsewhere: skincupid.co.uk's
  // Alpine.js div.tab-title (@click="… $refs.tabContent2 …", panels div.tab-content[x-ref]).
  {
    css: '[class*="tab-title" i], [class*="tab__title" i], [class*="tab-item" i], [class*="tab__item" i]',
    layout: 'tab title without ARIA, matched to its panel by attributes or order (tab-panels.ts)',
  },
  // Accordions without a button: a heading followed by its panel.
  {
    css: '[class*="accordion" i] :is(h2, h3, h4, h5, h6, button), [class*="collapsible" i] :is(h2, h3, h4, h5, h6, button)',
    layout: 'accordion heading followed by its panel',
  },
];
// Blocks that hold only the ingredients, from a metafield or an ingredients section of the theme.
const BLOCKS: readonly Selector[] = [
  { css: '[id*="ingredients" i]:not([id*="key" i])', layout: 'ingredients block by id' },
  {
    css: '[class*="ingredients" i]:not([class*="key" i]):not([class*="highlight" i])',
    layout: 'ingredients metafield or section block by class',
  },
];
// The product description as the theme prints it.
const DESCRIPTION: readonly Selector[] = [
  { css: '.product__description', layout: 'Dawn description block' },
  { css: '.product-single__description', layout: 'Debut/Brooklyn/Minimal description' },
  { css: '.product-description', layout: 'description block' },
  { css: '.product-block--description, .product__info .rte', layout: 'Impulse/other description rte' },
  { css: '[itemprop="description"]', layout: 'microdata description' },
];
const TITLE: readonly Selector[] = [
  { css: '.product__title h1', layout: 'Dawn title block' },
  { css: 'h1.product-single__title, h1.product__title, h1.product-meta__title', layout: 'theme title' },
  { css: 'h1[itemprop="name"]', layout: 'microdata title' },
];
const VENDOR: readonly Selector[] = [
  {
    css: '.product__vendor, .product-single__vendor, .product-vendor, .product-meta__vendor',
    layout: 'vendor',
  },
];
const SELECTED_OPTION: readonly Selector[] = [
  { css: 'select[name="id"] option[selected]', layout: 'variant select (no-JS form)' },
  {
    css: 'variant-radios input[checked] + label, variant-selects input[checked] + label, variant-selects option[selected]',
    layout: 'Dawn variant picker',
  },
];

interface ShopifyProduct {
  title: string | null;
  vendor: string | null;
  type: string | null;
  description: string | null;
  variants: unknown[];
  /** `selected_variant_id` beside the product (Prestige, Warehouse). */
  selectedId: string | null;
}

function isShopify(document: Document): boolean {
  // <head>, then the page's scripts (a collection the browser keeps, not a search of the page):
  // a selector for any element over a 2 MB page costs over 10 ms in Chromium.
  // Last, the theme's section wrappers (<div class="shopify-section">), by class: the browser's
  // cheapest search of the whole page, stopping at the first.
  return (
    document.head?.querySelector(SHOPIFY_HEAD_SIGNALS) != null ||
    [...document.scripts].some(isShopifyScript) ||
    document.getElementsByClassName('shopify-section').item(0) !== null
  );
}

function productFrom(value: unknown): ShopifyProduct | null {
  // `{{ product | json }}` at the root (Debut's ProductJson) or under "product" (Prestige, Warehouse).
  const product = at(value, 'variants') ? value : at(value, 'product');
  if (typeof product !== 'object' || product === null) return null;
  const variants = at(product, 'variants');
  return {
    title: str(at(product, 'title')),
    vendor: str(at(product, 'vendor')),
    type: str(at(product, 'type')) ?? str(at(product, 'product_type')),
    description: str(at(product, 'description')) ?? str(at(product, 'body_html')),
    variants: Array.isArray(variants) ? variants : [],
    selectedId: at(value, 'selected_variant_id') ? String(at(value, 'selected_variant_id')) : null,
  };
}

/** The theme's product JSON, where it prints one. */
function productJson(document: Document): ShopifyProduct | null {
  for (const css of ['script[type="application/json"][data-product-json]', 'script[id^="ProductJson"]']) {
    const product = productFrom(scriptJson(document, css));
    if (product) return product;
  }
  return null;
}

/** Dawn prints only `{{ product.variants | json }}`, inside its variant picker. */
function pickerVariants(document: Document): unknown[] {
  const variants = scriptJson(
    document,
    'variant-radios script[type="application/json"], variant-selects script[type="application/json"]',
  );
  return Array.isArray(variants) ? variants : [];
}

/** The analytics object every storefront prints: `var meta = {"product":{"vendor":…,"type":…}}`. */
function analyticsProduct(document: Document): ShopifyProduct | null {
  for (const script of document.scripts) {
    const text = script.src ? '' : script.text;
    if (!text.includes('var meta')) continue;
    const json = /var meta\s*=\s*(\{[\s\S]*?\});\s*(?:\n|for|window|$)/.exec(text)?.[1];
    if (!json) continue;
    try {
      return productFrom(JSON.parse(json));
    } catch {
      // A meta object we cannot read says nothing; the page's other markup still counts.
    }
  }
  return null;
}

/** The panel a tab, trigger or <summary> opens. */
function panelOf(label: Element, document: Document): Element | null {
  const [opened] = panelsOpenedBy(label, document);
  return opened ?? label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
}

/** The panel of the first accordion, tab or collapsible row labelled "Ingredients". */
function labelledPanel(document: Document): Found | null {
  for (const { css } of LABELS) {
    for (const label of document.querySelectorAll(css)) {
      if (inNoise(label) || !isListTitle(readableText(label))) continue;
      const panel = panelOf(label, document);
      if (!panel || panel.contains(label) || inNoise(panel)) continue;
      const text = readableText(panel);
      if (text) return { element: panel, text };
    }
  }
  return null;
}

/**
 * The ingredients part of a description: after an "Ingredients" heading, or "Ingredients: …" in
 * one block. A description may have more than one (marketing bullets under "Inhaltsstoffe:", the
 * list under "Vollständige Liste der Inhaltsstoffe:"): the full list wins (list-shape.ts).
 */
function sectionIn(root: Element): Found | null {
  const sections: (Found & { title: string })[] = [];
  const add = (found: Found, title: string): void => {
    if (!sections.some((s) => s.element === found.element)) sections.push({ ...found, title });
  };
  for (const element of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, strong, b, dt, li, div, span')) {
    const text = readableText(element);
    const opening = openingListTitle(text);
    if (
      opening !== null &&
      /[:：]\s*\S/.test(text) &&
      !element.querySelector('p, div, li, h1, h2, h3, h4, h5, h6')
    ) {
      // "<p><strong>Ingredients:</strong> Water, …</p>": the list is in the same block.
      const block = element.closest('p, li, dd, div') ?? element;
      add({ element: block, text: readableText(block) }, opening);
      continue;
    }
    if (!isListTitle(text)) continue;
    // A heading (or a bold run alone in its paragraph) labels the next block.
    const start =
      element.parentElement && readableText(element.parentElement) === text ? element.parentElement : element;
    for (let next = start.nextElementSibling; next; next = next.nextElementSibling) {
      const body = readableText(next);
      if (body) {
        add({ element: next, text: body }, text);
        break;
      }
    }
  }
  // A description as plain text, without elements to walk: from its list title on.
  if (!sections.length) {
    const rest = listAfterTitle(readableText(root));
    return rest ? { element: root, text: rest } : null;
  }
  return bestList(sections);
}

/** A description given as HTML in the product JSON, read inertly. */
function descriptionRoot(document: Document, html: string): Element {
  // DOMParser builds an inert document: no script runs and nothing is fetched.
  const parsed = new (document.defaultView?.DOMParser ?? DOMParser)().parseFromString(html, 'text/html');
  return parsed.body;
}

function selectedVariant(document: Document, url: URL, product: ShopifyProduct | null): string | null {
  // The URL's ?variant= id names the selected variant; without it the picker shows it.
  const variants = product?.variants.length ? product.variants : pickerVariants(document);
  const wanted = url.searchParams.get('variant') ?? product?.selectedId;
  const variant = wanted ? variants.find((v) => String(at(v, 'id')) === wanted) : undefined;
  const title = variant ? (str(at(variant, 'public_title')) ?? str(at(variant, 'title'))) : null;
  const chosen = title ?? (variants.length === 1 ? null : firstText(document, SELECTED_OPTION));
  // A product without options has one variant, "Default Title": no variant worth naming.
  // The no-JS <select> prints "15 ml - $18.00": the price is not part of the variant.
  const name = chosen?.replace(/\s+-\s+(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s?)\s?[\d.,]+.*$/, '') ?? null;
  return name && !/^default title$/i.test(name) ? name : null;
}

const NOT_SHOPIFY: AdapterReading = { isProductPage: false, list: null, facts: {} };

export const shopify: SiteAdapter = {
  name: 'shopify',
  // Stores live on their own domains, so the address cannot name the shop; but every Shopify
  // product lives at /products/<handle> (also under /collections/<c>/ and locale prefixes), and
  // collections, search and pages do not. The markup then decides whether it is Shopify at all.
  matches: (url) => isProductAddress(SHOPS.shopify, url),
  extract(document, url) {
    if (!isShopify(document)) return NOT_SHOPIFY;
    const meta = analyticsProduct(document);
    const product = productJson(document) ?? meta;
    // Theme blocks first (they hold nothing but the list), then the description around it, then
    // the description in the product JSON, where the theme renders it late or only in part.
    const list = firstList(
      () => listOnPage(labelledPanel(document), 'shopify: theme accordion or tab'),
      () => listAt(document, BLOCKS, 'shopify: ingredients block'),
      () => {
        const description = firstMatch(document, DESCRIPTION);
        return listOnPage(description && sectionIn(description.element), 'shopify: product description');
      },
      () => {
        const section = product?.description && sectionIn(descriptionRoot(document, product.description));
        return listInData(section ? section.text : null, 'shopify: product data');
      },
    );
    return {
      isProductPage: true,
      list,
      facts: {
        title: firstText(document, TITLE) ?? product?.title ?? null,
        brand: product?.vendor ?? meta?.vendor ?? firstText(document, VENDOR),
        // The product type the merchant set ("Serum", "Face Oil", "Supplement").
        category: product?.type ?? meta?.type ?? null,
        variant: selectedVariant(document, url, product),
      },
    };
  },
};
