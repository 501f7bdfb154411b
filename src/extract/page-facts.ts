import {
  breadcrumbNames,
  hasType,
  type JsonObject,
  jsonLdNodes,
  propertyValues,
  stringField,
  unescaped,
} from './json-ld';
import { listAfterTitle } from './find-list';
import { isListTitle } from './label-titles';
import { inNoise } from './noise';
import { readableText } from './read-text';
import { textFromHtml } from './site-helpers';
import type { ProductFacts } from './types';

export interface PageFacts {
  facts: Partial<ProductFacts>;
  /** One product on the page, by its markup (JSON-LD, microdata, Open Graph). */
  isProductPage: boolean;
  /** More than one product (a search or category page): there is no single list. */
  isListingPage: boolean;
  /** An ingredient list given as data (JSON-LD or microdata), where the page has one. */
  listText: string | null;
}

function meta(document: Document, property: string): string | null {
  // Meta tags live in <head>: no need to search a 2 MB body.
  const content = (document.head ?? document)
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');
  return content ? unescaped(content).trim() || null : null;
}

// Most telling first. One query each, not one selector list: measured in Chromium on a 2 MB page,
// a list ran several times slower than its parts, and a query for an attribute no element has
// ends almost at once.
const BREADCRUMB_TRAILS = [
  'ol[itemtype$="BreadcrumbList"]',
  'nav[aria-label*="breadcrumb" i]',
  '[data-testid*="breadcrumb" i]',
  '[class*="breadcrumb" i]',
];

function domBreadcrumbs(document: Document): string[] {
  let trail: Element | null = null;
  for (let i = 0; !trail && i < BREADCRUMB_TRAILS.length; i++) {
    trail = document.querySelector(BREADCRUMB_TRAILS[i] ?? '');
  }
  if (!trail) return [];
  const links = [...trail.querySelectorAll('a, li, [itemprop="name"]')]
    .filter((el) => !el.querySelector('a, li'))
    .map((el) => readableText(el))
    // Separators printed as items of their own ("|" in skincupid.co.uk's trail) are no crumbs.
    .filter((t) => t && t.length < 60 && /[\p{L}\p{N}]/u.test(t));
  if (links.length) return [...new Set(links)];
  return readableText(trail)
    .split(/\s*[›>/|»]\s*|\n/)
    .map((t) => t.trim())
    .filter((t) => t && t.length < 60);
}

function jsonLdIngredients(product: JsonObject, document: Document): string | null {
  const direct = stringField(product, 'ingredients') ?? stringField(product, 'ingredient');
  if (direct) return direct;
  const properties = propertyValues(product, isListTitle);
  if (properties.length) return properties.join('\n');
  if (hasType(product, 'Drug')) {
    const active = stringField(product, 'activeIngredient');
    const inactive = stringField(product, 'nonProprietaryName');
    if (active) return `Active ingredient: ${active}${inactive ? `\nInactive ingredients: ${inactive}` : ''}`;
  }
  // Shops that keep the list in the description: "… Full ingredients: Aqua, Glycerin, …", as
  // text or as the description's HTML.
  const description = stringField(product, 'description');
  if (!description) return null;
  return listAfterTitle(
    /<[a-z][^>]*>/i.test(description) ? textFromHtml(document, description) : description,
  );
}

/** The keys by which two JSON-LD blocks are the same product: its address or @id, name, SKU or GTIN. */
function identities(product: JsonObject): string[] {
  const keys: string[] = [];
  for (const key of ['url', '@id']) {
    const value = stringField(product, key);
    if (value)
      keys.push(
        `url:${value
          .replace(/[?#].*$/, '')
          .replace(/\/+$/, '')
          .toLowerCase()}`,
      );
  }
  const name = stringField(product, 'name');
  if (name) keys.push(`name:${name.replace(/\s+/g, ' ').toLowerCase()}`);
  for (const key of ['sku', 'gtin', 'gtin13', 'gtin12', 'productID', 'mpn']) {
    const value = stringField(product, key);
    if (value) keys.push(`${key}:${value}`);
  }
  return keys;
}

/**
 * The page's JSON-LD products, those that describe the same product (the theme's block and an
 * SEO app's, or a `Product` and its `Drug` twin) grouped as one: same address, name or SKU.
 */
function productGroups(products: readonly JsonObject[]): JsonObject[][] {
  const groups: { keys: Set<string>; members: JsonObject[] }[] = [];
  for (const product of products) {
    const keys = identities(product);
    const joined = groups.filter((group) => keys.some((key) => group.keys.has(key)));
    const [into, ...others] = joined;
    if (!into) {
      groups.push({ keys: new Set(keys), members: [product] });
      continue;
    }
    into.members.push(product);
    for (const key of keys) into.keys.add(key);
    // A block that names two groups' keys makes them one.
    for (const other of others) {
      into.members.push(...other.members);
      for (const key of other.keys) into.keys.add(key);
      groups.splice(groups.indexOf(other), 1);
    }
  }
  return groups.map((group) => group.members);
}

function microdataIngredients(document: Document): string | null {
  // A property belongs to an item (`itemtype`): without one, which most pages have, the property
  // queries, each over the whole page, are not needed.
  if (!document.querySelector('[itemtype]')) return null;
  const element =
    document.querySelector('[itemprop="ingredients"]') ??
    document.querySelector('[itemprop="activeIngredient"]');
  if (!element || inNoise(element)) return null;
  return element.getAttribute('content')?.trim() || readableText(element) || null;
}

/**
 * What any page says about its product in shared formats: JSON-LD (`Product`, `Drug`,
 * `BreadcrumbList`), microdata, Open Graph, the breadcrumb trail, the main heading.
 */
export function pageFacts(document: Document): PageFacts {
  const nodes = jsonLdNodes(document);
  const groups = productGroups(
    nodes.filter((n) => hasType(n, 'Product', 'Drug', 'IndividualProduct', 'ProductModel')),
  );
  // The blocks of the one product, the first block's fields first.
  const product = groups.length === 1 ? (groups[0] ?? []) : [];
  const field = (key: string): string | null =>
    product.reduce<string | null>((found, node) => found ?? stringField(node, key), null);
  const breadcrumbList = nodes.find((n) => hasType(n, 'BreadcrumbList'));
  // Its own query, as for the breadcrumb trail: on most pages it ends at once.
  const microdataProducts = document.querySelectorAll('[itemtype$="schema.org/Product" i]').length;
  const ogProduct = /product/i.test(meta(document, 'og:type') ?? '');
  const isListingPage =
    groups.length > 1 ||
    nodes.some((n) => hasType(n, 'ItemList', 'SearchResultsPage', 'CollectionPage')) ||
    microdataProducts > 1;
  const isProductPage = !isListingPage && (groups.length === 1 || microdataProducts === 1 || ogProduct);
  const h1 = document.querySelector('h1');
  return {
    isProductPage,
    isListingPage,
    listText:
      product.reduce<string | null>((found, node) => found ?? jsonLdIngredients(node, document), null) ??
      microdataIngredients(document),
    facts: {
      title: field('name') ?? meta(document, 'og:title') ?? (h1 ? readableText(h1) : null) ?? null,
      brand: field('brand') ?? meta(document, 'product:brand') ?? null,
      breadcrumbs: breadcrumbList ? breadcrumbNames(breadcrumbList) : domBreadcrumbs(document),
      category: field('category') ?? meta(document, 'product:category'),
      variant: field('color') ?? null,
    },
  };
}
