import { inNoise } from '../noise';
import { readableText } from '../read-text';
import { isListTitle } from '../label-titles';
import { titledBlockIn, titleOf } from '../titled-block';
import { type Selector, allTexts, firstText, type Found } from '../site-helpers';
import { firstList, listOnPage } from '../find-list';
import type { SiteAdapter } from '../types';
import { isOnShop, isProductAddress, SHOPS } from './shops';

/**
 * Amazon, every country store (.com, .ca, .com.mx, .com.br, .co.uk, .de, .fr, .it, .es, .nl, .se,
 * .pl, .com.be, .ie, .com.tr, .ae, .sa, .eg, .co.za, .in, .sg, .co.jp, .com.au). Amazon prints no
 * JSON-LD and no product data store with the label, so everything is read from the page itself.
 */
// The "Important information" block: one titled section per kind of text (Safety Information,
// Indications, Ingredients, Directions, Legal Disclaimer). Drug products carry their Drug Facts
// in the Ingredients section or as separate "Active/Inactive ingredients" sections.
const IMPORTANT_SECTIONS: readonly Selector[] = [
  {
    css: '#important-information .a-section.content',
    layout: 'important information: h4-titled .content sections',
  },
  {
    css: '#important-information > div, #importantInformation_feature_div .a-section',
    layout: 'important information: sections without the content class',
  },
];
const SECTION_TITLE = 'h4, h3, h5, h2, .a-text-bold, strong, b';

// Label/value rows where a listing files its ingredients as one attribute among others.
const DETAIL_ROWS: readonly Selector[] = [
  {
    css: '#productFactsDesktopExpander .product-facts-detail, #productFactsDesktop_feature_div .product-facts-detail',
    layout: '2023+ "Product details" facts expander: left/right grid rows',
  },
  {
    css: '#productDetails_techSpec_section_1 tr, #productDetails_techSpec_section_2 tr, #technicalSpecifications_section_1 tr',
    layout: '"Technical details" table',
  },
  {
    css: '#productDetails_detailBullets_sections1 tr, #prodDetails table.prodDetTable tr, #prodDetails table.a-keyvalue tr',
    layout: '"Product information" / "Item details" tables',
  },
  {
    css: '#prodDetails .pdTab tr',
    layout: '2020 "Produktinformationen": .section.techD tables of td.label/td.value rows (amazon.de)',
  },
  {
    css: '#detailBullets_feature_div li, #detailBulletsWrapper_feature_div li',
    layout: '"Product details" bullets ("Ingredients ‏:‎ …")',
  },
];
// The short attribute table at the top of the page names only the actives: a last resort.
const OVERVIEW_ROWS: readonly Selector[] = [
  { css: '#productOverview_feature_div tr', layout: 'product overview table (po-active_ingredients row)' },
];
// Free text where sellers paste the label: the description, then the manufacturer's A+ modules.
const DESCRIPTION: readonly Selector[] = [
  { css: '#productDescription, #productDescription_feature_div', layout: '"Product description" text' },
];
const MANUFACTURER: readonly Selector[] = [
  { css: '#aplus_feature_div, #aplus, #aplus3p_feature_div', layout: '"From the manufacturer" A+ content' },
];

const TITLE: readonly Selector[] = [
  { css: '#productTitle', layout: 'product title span' },
  { css: '#title', layout: 'title block of older and mobile pages' },
];
const BRAND: readonly Selector[] = [
  { css: '#productOverview_feature_div tr.po-brand td.a-span9', layout: 'overview table brand row' },
  { css: '#bylineInfo', layout: 'byline link ("Visit the … Store", "Brand: …")' },
];
const CRUMBS: readonly Selector[] = [
  { css: '#wayfinding-breadcrumbs_feature_div a', layout: 'wayfinding breadcrumb links' },
  { css: '#wayfinding-breadcrumbs_container a', layout: 'older wayfinding container' },
];
// The selected value of each variation the list may depend on (shade first, then size).
const VARIATIONS = ['color', 'size', 'style', 'scent', 'flavor'].map((dimension): Selector[] => [
  { css: `#variation_${dimension}_name .selection`, layout: 'twister: "Color: Light 120" label' },
  {
    css: `#inline-twister-expanded-dimension-text-${dimension}_name`,
    layout: '2023+ inline twister: selected value beside the dimension name',
  },
  {
    css: `#native_dropdown_selected_${dimension}_name option[selected], #native_dropdown_selected_${dimension}_name option.dropdownSelect`,
    layout: 'dropdown twister: selected option',
  },
]);

// How the byline names the brand in each store.
const BYLINE = [
  /^visit the (.+?) store$/i,
  /^brand:\s*(.+)$/i,
  /^besuche den (.+?)-store$/i,
  /^besuchen sie den (.+?)-store$/i,
  /^marke:\s*(.+)$/i,
  /^visiter la boutique (.+)$/i,
  /^marque\s*:\s*(.+)$/i,
  /^visita la tienda de (.+)$/i,
  /^visita lo store di (.+)$/i,
  /^marca:\s*(.+)$/i,
  /^(.+?)のストアを表示$/,
  /^ブランド:\s*(.+)$/,
];

/** The "Important information" sections titled as ingredients, joined in page order. */
function importantInformation(document: Document): Found | null {
  for (const { css } of IMPORTANT_SECTIONS) {
    const titled = [...document.querySelectorAll(css)].filter((section) => {
      if (inNoise(section)) return false;
      const heading = section.querySelector(SECTION_TITLE);
      return heading !== null && isListTitle(heading.textContent ?? '');
    });
    // A wrapper that holds a titled section is not a section itself.
    const sections = titled.filter((s) => !titled.some((other) => other !== s && s.contains(other)));
    const texts = sections.map((s) => readableText(s)).filter(Boolean);
    const first = sections[0];
    if (first && texts.length)
      return {
        element: sections.length === 1 ? first : (first.parentElement ?? first),
        text: texts.join('\n\n'),
      };
  }
  return null;
}

/** The label cell and value cell of one attribute row, whatever the table's markup. */
function labelled(row: Element): { label: string; value: Element } | null {
  const left = row.querySelector('.a-col-left');
  const right = row.querySelector('.a-col-right');
  if (left && right) return { label: left.textContent ?? '', value: right };
  const th = row.querySelector('th');
  const tds = row.querySelectorAll('td');
  const firstTd = tds[0];
  if (th && firstTd) return { label: th.textContent ?? '', value: firstTd };
  const lastTd = tds[tds.length - 1];
  if (firstTd && lastTd && tds.length >= 2) return { label: firstTd.textContent ?? '', value: lastTd };
  const bold = row.querySelector('.a-text-bold');
  const next = bold?.nextElementSibling;
  if (bold && next) return { label: bold.textContent ?? '', value: next };
  return null;
}

/** Every "Ingredients" row of the first table that has one, as "Label: value" lines. */
function ingredientRows(document: Document, selectors: readonly Selector[]): Found | null {
  for (const { css } of selectors) {
    const rows = [...document.querySelectorAll(css)]
      .filter((row) => !inNoise(row))
      .map(labelled)
      .filter((cells) => cells !== null && isListTitle(cells.label))
      .map((cells) => ({ label: titleOf(cells?.label ?? ''), value: cells?.value }))
      .filter((cells): cells is { label: string; value: Element } => cells.value !== undefined);
    const lines = rows.map((r) => ({ ...r, text: readableText(r.value) })).filter((r) => r.text);
    const first = lines[0];
    if (first) return { element: first.value, text: lines.map((r) => `${r.label}: ${r.text}`).join('\n') };
  }
  return null;
}

/** The ingredient list inside free text: a block opening with "Ingredients:", or under that title. */
function headedList(document: Document, selectors: readonly Selector[]): Found | null {
  for (const { css } of selectors) {
    for (const root of document.querySelectorAll(css)) {
      const found = inNoise(root) ? null : titledBlockIn(root);
      if (found) return found;
    }
  }
  return null;
}

function brand(document: Document): string | null {
  const text = firstText(document, BRAND);
  if (!text) return null;
  for (const pattern of BYLINE) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name) return name;
  }
  return text;
}

function variant(document: Document): string | null {
  const values = VARIATIONS.map((selectors) => firstText(document, selectors)).filter((v) => v !== null);
  return values.length ? values.join(', ') : null;
}

export const amazon: SiteAdapter = {
  name: 'amazon',
  matches: (url) => isOnShop(url, SHOPS.amazon),
  extract(document, url) {
    const isProductPage = isProductAddress(SHOPS.amazon, url);
    const list = isProductPage
      ? firstList(
          () => listOnPage(importantInformation(document), 'amazon: important information'),
          () => listOnPage(ingredientRows(document, DETAIL_ROWS), 'amazon: product details'),
          () => listOnPage(headedList(document, DESCRIPTION), 'amazon: description'),
          () => listOnPage(headedList(document, MANUFACTURER), 'amazon: manufacturer content'),
          () => listOnPage(ingredientRows(document, OVERVIEW_ROWS), 'amazon: product overview'),
        )
      : null;
    return {
      isProductPage,
      list,
      facts: {
        title: firstText(document, TITLE),
        brand: brand(document),
        breadcrumbs: allTexts(document, CRUMBS),
        variant: variant(document),
      },
    };
  },
};
