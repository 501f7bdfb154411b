import { inNoise } from '../noise';
import {
  type Selector,
  allTexts,
  at,
  firstMatch,
  firstText,
  scriptJson,
  str,
  textFromHtml,
  type Found,
} from '../site-helpers';
import { firstList, listInData, listOnPage } from '../find-list';
import type { SiteAdapter } from '../types';
import { isOnShop, productIdOf, SHOPS } from './shops';
import { titledBlockIn } from '../titled-block';

/**
 * Target (target.com). The product page preloads the product it shows as a Redsky "pdp" query:
 * in `__NEXT_DATA__` (props.pageProps.__PRELOADED_QUERIES__ or a React Query dehydratedState) on the
 * 2024+ Next.js page, and in `window.__TGT_DATA__ = …JSON.parse("…")` on the 2020–2024 page. The label
 * is `item.enrichment.nutrition_facts.ingredients` and `item.enrichment.drug_facts`, per variant
 * under `children[]`.
 */

// The "Label info" panel: "Ingredients:" and "Allergens & Warnings:" blocks, then Target's notice.
const LABEL_INFO: readonly Selector[] = [
  { css: '[data-test="productDetailTabs-nutritionFactsTab"]', layout: '2023+ "Label info" collapsible body' },
  {
    css: '[data-test="@web/site-top-of-funnel/ProductDetailCollapsible-LabelInfo"]',
    layout: '2023+ "Label info" collapsible',
  },
  { css: '#tabContent-tab-Labelinfo', layout: '2019–2023 "Label info" tab panel' },
];
// The "Drug facts" panel of OTC products: the whole Drug Facts label.
const DRUG_FACTS: readonly Selector[] = [
  { css: '[data-test="productDetailTabs-drugFactsTab"]', layout: '2023+ "Drug facts" collapsible body' },
  {
    css: '[data-test="@web/site-top-of-funnel/ProductDetailCollapsible-DrugFacts"]',
    layout: '2023+ "Drug facts" collapsible',
  },
  { css: '#tabContent-tab-Drugfacts', layout: '2019–2023 "Drug facts" tab panel' },
];
// "Specifications"/"Details", where some listings print "Ingredients: …" among the attributes.
const DETAILS: readonly Selector[] = [
  { css: '[data-test="item-details-specifications"]', layout: '"Specifications" attribute list' },
  {
    css: '[data-test="productDetailTabs-itemDetailsTab"], [data-test="@web/site-top-of-funnel/ProductDetailCollapsible-Specifications"]',
    layout: '2023+ "Details"/"Specifications" collapsible',
  },
  { css: '#tabContent-tab-Details, #specAndDescript', layout: '2019–2023 "Details" tab panel' },
];

const TITLE: readonly Selector[] = [
  { css: 'h1[data-test="product-title"]', layout: 'product title test id' },
  { css: '#pdp-product-title-id', layout: 'product title id' },
];
const BRAND: readonly Selector[] = [
  {
    css: 'a[data-test="@web/ProductDetailPageBrandLink"]',
    layout: 'brand link under the title (test id not confirmed)',
  },
  { css: 'a[data-test="shopAllBrandLink"]', layout: '"Shop all <brand>" link' },
];
const CRUMBS: readonly Selector[] = [
  { css: '[data-test="@web/Breadcrumbs/BreadcrumbLink"]', layout: 'breadcrumb link test ids' },
  { css: '[data-test="@web/Breadcrumbs/BreadcrumbNav"] a', layout: 'breadcrumb nav test id' },
  { css: 'nav[aria-label="Breadcrumbs" i] a', layout: 'breadcrumb navigation' },
];
const VARIANT: readonly Selector[] = [
  {
    css: '[data-test="@web/VariationComponent"] [aria-checked="true"], [data-test="@web/VariationComponent"] [aria-pressed="true"]',
    layout: 'selected variation swatch or chip',
  },
];

// Target's notice under Label info and Drug facts ("Content on this site is for reference purposes only…").
const NOTICE =
  /\n?(?:Content on this site is for reference purposes only|Target does not represent or warrant)[\s\S]*$/i;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `__PRELOADED_QUERIES__` in the Next.js page props, at the top or a few levels down. */
function preloadedIn(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null || depth > 3) return undefined;
  const own = at(value, '__PRELOADED_QUERIES__');
  if (own !== undefined) return own;
  for (const child of Object.values(value)) {
    const found = preloadedIn(child, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The payloads of the preloaded Redsky queries, from every store the page may carry. */
function preloaded(document: Document): unknown[] {
  const data: unknown[] = [];
  const pageProps = at(scriptJson(document, 'script#__NEXT_DATA__'), 'props', 'pageProps');
  for (const query of asArray(at(preloadedIn(pageProps), 'queries'))) data.push(at(query, 1, 'data'));
  for (const query of asArray(at(pageProps, 'dehydratedState', 'queries'))) {
    // React Query keeps the Redsky response itself ({data: {product}}) or its data ({product}).
    data.push(at(query, 'state', 'data'), at(query, 'state', 'data', 'data'));
  }
  // 2020–2024: `'__TGT_DATA__': {…, value: deepFreeze(JSON.parse("{\"__PRELOADED_QUERIES__\":…}"))}`.
  for (const script of document.querySelectorAll('script:not([src])')) {
    const code = script.textContent ?? '';
    if (!code.includes('__PRELOADED_QUERIES__')) continue;
    for (const match of code.matchAll(/JSON\.parse\(\s*("(?:[^"\\]|\\.)*")\s*\)/g)) {
      try {
        const blob: unknown = JSON.parse(JSON.parse(match[1] ?? '""') as string);
        for (const query of asArray(at(blob, '__PRELOADED_QUERIES__', 'queries')))
          data.push(at(query, 1, 'data'));
      } catch {
        // A blob that is not the page data (config, experiments) or is cut short.
      }
    }
  }
  return data;
}

/** Names from a Drug Facts list: strings, or `{ingredient|active_ingredient|name|value}` entries. */
function names(document: Document, value: unknown): string | null {
  if (typeof value === 'string') return str(textFromHtml(document, value));
  if (Array.isArray(value)) {
    const parts = value.map((v) => names(document, v)).filter((v) => v !== null);
    return parts.length ? parts.join(', ') : null;
  }
  for (const key of ['ingredient', 'active_ingredient', 'name', 'value']) {
    const text = str(at(value, key));
    if (text) return names(document, text);
  }
  return null;
}

/** The label of one product or variant node: Drug Facts actives and inactives, then "Ingredients". */
function labelOf(document: Document, node: unknown): string | null {
  const enrichment = at(node, 'item', 'enrichment');
  const drug = at(enrichment, 'drug_facts');
  const active = names(document, at(drug, 'active_ingredients'));
  const inactive = names(document, at(drug, 'inactive_ingredients'));
  const plain = names(document, at(enrichment, 'nutrition_facts', 'ingredients'));
  const lines = [
    active ? `Active Ingredients: ${active}` : null,
    inactive ? `Inactive Ingredients: ${inactive}` : null,
    plain ? (/^\s*ingredients?\s*:/i.test(plain) ? plain : `Ingredients: ${plain}`) : null,
  ].filter((line) => line !== null);
  return lines.length ? lines.join('\n') : null;
}

/** "Color: Light 120", "Size: 1 fl oz" of a variant node, as "Light 120, 1 fl oz". */
function variantName(node: unknown): string | null {
  const themes = asArray(at(node, 'variation_info', 'themes'))
    .map((t) => str(at(t, 'value')))
    .filter((v) => v !== null);
  if (themes.length) return themes.join(', ');
  const variation = at(node, 'item', 'variation') ?? at(node, 'variation');
  if (typeof variation !== 'object' || variation === null) return null;
  const values = Object.values(variation)
    .map((v) => str(v))
    .filter((v) => v !== null);
  return values.length ? values.join(', ') : null;
}

/** The first panel of a layout that has an ingredient block. */
function blockIn(document: Document, selectors: readonly Selector[]): Found | null {
  for (const { css } of selectors) {
    for (const root of document.querySelectorAll(css)) {
      if (inNoise(root)) continue;
      const found = titledBlockIn(root);
      if (found) return { element: found.element, text: found.text.replace(NOTICE, '').trim() };
    }
  }
  return null;
}

/** The whole Drug Facts panel, without Target's notice. */
function drugFacts(document: Document): Found | null {
  const panel = firstMatch(document, DRUG_FACTS);
  if (!panel || !/ingredient/i.test(panel.text)) return null;
  return { element: panel.element, text: panel.text.replace(NOTICE, '').trim() };
}

export const target: SiteAdapter = {
  name: 'target',
  matches: (url) => isOnShop(url, SHOPS.target),
  extract(document, url) {
    const tcin = productIdOf(SHOPS.target, url);
    const isProductPage = tcin !== null;
    const wanted = url.searchParams.get('preselect') ?? tcin;
    const products = preloaded(document)
      .map((data) => at(data, 'product'))
      .filter((p) => at(p, 'item') !== undefined);
    const children = (p: unknown): unknown[] => asArray(at(p, 'children'));
    const product =
      products.find(
        (p) => str(at(p, 'tcin')) === tcin || children(p).some((c) => str(at(c, 'tcin')) === wanted),
      ) ?? products[0];
    const child = children(product).find((c) => str(at(c, 'tcin')) === wanted);
    const json = isProductPage
      ? listInData(labelOf(document, child) ?? labelOf(document, product), 'target: product data')
      : null;
    const visible = isProductPage
      ? firstList(
          () => listOnPage(blockIn(document, LABEL_INFO), 'target: label info'),
          () => listOnPage(drugFacts(document), 'target: drug facts'),
          () => listOnPage(blockIn(document, DETAILS), 'target: specifications'),
        )
      : null;
    // The data holds the selected variant's label; the visible panel is the element to mark.
    const list = json ? { ...json, element: visible?.element ?? null } : visible;
    const item = at(product, 'item');
    const title = str(at(item, 'product_description', 'title'));
    const shopAll = firstText(document, BRAND)?.replace(/^shop all\s+/i, '') ?? null;
    const jsonCrumbs = asArray(at(product, 'category', 'breadcrumbs'))
      .map((c) => str(at(c, 'name')) ?? str(c))
      .filter((c) => c !== null);
    const crumbs = allTexts(document, CRUMBS);
    return {
      isProductPage,
      list,
      facts: {
        title: title ? textFromHtml(document, title) : firstText(document, TITLE),
        brand: str(at(item, 'primary_brand', 'name')) ?? str(at(item, 'product_brand', 'brand')) ?? shopAll,
        breadcrumbs: (crumbs.length ? crumbs : jsonCrumbs).filter((c) => !/^(?:target|home)$/i.test(c)),
        category:
          str(at(item, 'product_classification', 'item_type_name')) ??
          str(at(item, 'product_classification', 'product_type_name')),
        variant: variantName(child) ?? firstText(document, VARIANT),
      },
    };
  },
};
