import { firstList, listAt, listInData, listOpenedBy } from '../find-list';
import { type Selector, allTexts, at, firstText, scriptJson, str, textFromHtml } from '../site-helpers';
import type { SiteAdapter } from '../types';
import { isOnShop, isProductAddress, SHOPS } from './shops';

/** Sephora (US, CA and the Sephora.com-platform shops). */
const LIST: readonly Selector[] = [
  // 2021+ product page: the "Ingredients" accordion panel (blurb, list, "Clean at Sephora" footer).
  { css: '#ingredients', layout: 'accordion panel with id="ingredients"' },
  // Test-id layout: the panel tagged data-at="ingredients".
  { css: '[data-at="ingredients"]', layout: 'panel tagged data-at="ingredients"' },
];
// The accordion button scrapers click, button[data-at="ingredients"], naming its panel with
// aria-controls when the panel has an id of its own (the tag is on the button, not the panel).
const BUTTON: readonly Selector[] = [
  { css: 'button[data-at="ingredients"]', layout: 'accordion button tagged data-at="ingredients"' },
  // 2019–2020 product page: a tab strip of buttons (role="tab", aria-controls="tabpanel2"), the
  // list alone in its hidden panel.
  { css: 'button[role="tab"][aria-controls]', layout: '2019–2020 tab strip with ARIA panels' },
];
const TITLE: readonly Selector[] = [{ css: '[data-at="product_name"]', layout: 'product name test id' }];
const BRAND: readonly Selector[] = [{ css: '[data-at="brand_name"]', layout: 'brand link test id' }];
const CRUMBS: readonly Selector[] = [
  { css: 'nav[aria-label="Breadcrumbs" i] a', layout: 'breadcrumb navigation' },
  { css: '[data-at="pdp_bread_crumb"] a', layout: 'breadcrumb test id' },
];
const VARIANT: readonly Selector[] = [
  { css: '[data-at="sku_name_label"]', layout: 'selected shade or size label' },
  { css: '[data-at="selected_swatch"]', layout: 'selected swatch' },
];

interface SkuList {
  skuId: string | null;
  ingredientDesc: string | null;
  variationValue: string | null;
}

/**
 * The product in the page's data store: script#linkStore's `page.product` (2021+), or in the
 * 2019–2020 pages' script#linkJSON, an array of the page's components, the first whose props
 * carry `currentProduct` (RegularProductTop).
 */
function productData(document: Document): unknown {
  const product = at(scriptJson(document, 'script#linkStore'), 'page', 'product');
  if (product !== undefined) return product;
  const components = scriptJson(document, 'script#linkJSON');
  if (!Array.isArray(components)) return undefined;
  return components.map((c) => at(c, 'props', 'currentProduct')).find((p) => p !== undefined);
}

function skus(product: unknown): SkuList[] {
  const children = at(product, 'regularChildSkus');
  const all = [at(product, 'currentSku'), ...(Array.isArray(children) ? children : [])];
  return all.map((sku) => ({
    skuId: str(at(sku, 'skuId')),
    ingredientDesc: str(at(sku, 'ingredientDesc')),
    variationValue: str(at(sku, 'variationValue')),
  }));
}

export const sephora: SiteAdapter = {
  name: 'sephora',
  matches: (url) => isOnShop(url, SHOPS.sephora),
  extract(document, url) {
    const isProductPage = isProductAddress(SHOPS.sephora, url);
    // The page's data store carries each shade's own list; the URL's skuId says which is shown.
    const wanted = url.searchParams.get('skuId');
    const sku = skus(productData(document)).find((s) => s.ingredientDesc && (!wanted || s.skuId === wanted));
    const panel = firstList(
      () => listAt(document, LIST, 'sephora: ingredients panel'),
      () => listOpenedBy(document, BUTTON, 'sephora: ingredients panel'),
    );
    const data = listInData(
      sku?.ingredientDesc ? textFromHtml(document, sku.ingredientDesc) : null,
      'sephora: product data',
    );
    return {
      isProductPage,
      // The data names the shown shade's list; the panel is still the element to mark.
      list: data ? { ...data, element: panel?.element ?? null } : panel,
      facts: {
        title: firstText(document, TITLE),
        brand: firstText(document, BRAND),
        breadcrumbs: allTexts(document, CRUMBS),
        variant: sku?.variationValue ?? firstText(document, VARIANT),
      },
    };
  },
};
