import { panelsOpenedBy } from '../tab-panels';
import { inNoise } from '../noise';
import { readableText } from '../read-text';
import { type Selector, allTexts, firstMatch, firstText, withoutLabel, type Found } from '../site-helpers';
import { firstList, listAt, listOnPage } from '../find-list';
import { isListTitle } from '../label-titles';
import type { SiteAdapter } from '../types';
import { isOnShop, isProductAddress, SHOPS } from './shops';

/**
 * The THG Ingenuity platform: LookFantastic (every country site), Cult Beauty, Dermstore,
 * SkinStore, Mankind, HQhair, Beauty Expert and ESPA.
 */

const LIST: readonly Selector[] = [
  // "Athena" page (…/<id>.html): the ingredients item of the product description, its text in
  // the synopsis block under the tab button.
  {
    css: '.productDescription_contentPropertyListItem_ingredients .productDescription_synopsisContent',
    layout: 'Athena productDescription ingredients synopsis',
  },
  {
    css: '.productDescription_contentPropertyListItem_ingredients [id^="product-description-content"]',
    layout: 'Athena productDescription ingredients panel',
  },
  {
    css: '.productDescription_contentPropertyListItem_ingredients',
    layout: 'Athena productDescription ingredients item',
  },
];
// Tab and accordion buttons of both page generations; the one titled "Ingredients" names its
// panel with aria-controls. The 2024+ page (/p/<slug>/<id>/) has no per-property class names.
const TAB: readonly Selector[] = [
  { css: 'button[id^="product-description-heading"]', layout: 'description tab button by id' },
  { css: 'button[data-tracking-push][aria-controls]', layout: '2024+ description accordion button' },
  // LookFantastic 2024+: the button has no aria-controls; its panel is labelled by the button's id
  // ("Full-Ingredients-List"), as crawl-lookfantastic-cosmetics reads it.
  { css: 'button[data-tracking-push]', layout: '2024+ accordion button, panel by aria-labelledby' },
  { css: '[role="tab"][aria-controls]', layout: 'any description tab' },
];
// Inside a 2024+ panel the text sits in .attribute-content.
const PANEL_TEXT: readonly Selector[] = [{ css: '.attribute-content', layout: '2024+ panel text' }];
const TITLE: readonly Selector[] = [
  { css: 'h1.productName_title', layout: 'Athena product name' },
  { css: 'h1#product-title', layout: '2024+ product title' },
];
const BRAND: readonly Selector[] = [
  { css: 'a.override-pdp-brand', layout: '2024+ brand link above the title' },
  { css: '.athenaProductPage_topRow [data-information-component="brand"]', layout: 'Athena brand row' },
  { css: 'ul[data-information-component="brand"] li', layout: 'Athena product details brand' },
];
const CRUMBS: readonly Selector[] = [
  { css: '.breadcrumbs_item a', layout: 'Athena breadcrumbs' },
  { css: 'nav[aria-label*="breadcrumb" i] li a', layout: '2024+ breadcrumb navigation' },
];
const VARIANT: readonly Selector[] = [
  { css: 'button.athenaProductVariations_box[data-selected]', layout: 'Athena selected variation box' },
  { css: 'select[id^="athena-product-variation-dropdown"] option[selected]', layout: 'Athena dropdown' },
];

// The first crumb on the country sites.
const HOME = /^(?:home|accueil|startseite|inicio|home page|hjem|hem|etusivu|strona główna|ホーム)$/i;

/** The panel of the tab titled "Ingredients". */
function tabPanel(document: Document): Found | null {
  for (const { css } of TAB) {
    for (const tab of document.querySelectorAll(css)) {
      if (inNoise(tab) || !isListTitle(readableText(tab))) continue;
      const [panel] = panelsOpenedBy(tab, document);
      if (!panel || inNoise(panel)) continue;
      const found = firstMatch(panel, PANEL_TEXT) ?? { element: panel, text: readableText(panel) };
      if (found.text) return found;
    }
  }
  return null;
}

export const thg: SiteAdapter = {
  name: 'thg',
  matches: (url) => isOnShop(url, SHOPS.thg),
  extract(document, url) {
    const list = firstList(
      () => listAt(document, LIST, 'thg: ingredients tab'),
      () => listOnPage(tabPanel(document), 'thg: ingredients tab'),
    );
    return {
      isProductPage: isProductAddress(SHOPS.thg, url),
      list,
      facts: {
        title: firstText(document, TITLE),
        brand: firstText(document, BRAND),
        breadcrumbs: allTexts(document, CRUMBS).filter((c) => !HOME.test(c)),
        variant: withoutLabel(firstText(document, VARIANT)),
      },
    };
  },
};
