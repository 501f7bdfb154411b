import { jsonLdScripts, typeName } from './json-ld';
import { isProductAddress, shopOf } from './sites/shops';

/**
 * The first look at a page, made by the loader that runs on every page of the supported shops: is
 * it worth loading the page scanner here? It must cost next to nothing on the shops' many pages
 * that are not a product's, so on a listed shop the address alone decides (each shop's product
 * addresses are known) and the page is never touched: in Chromium the first read of the document
 * in a fresh script world costs more than the rest of the loader's work together, and any query
 * of a 2 MB page more again (docs/performance.md). On a site the user chose to have checked,
 * whose addresses we do not know, Open Graph and JSON-LD in `<head>` and JSON-LD and microdata
 * anywhere in the page count as well.
 */

// A product address on a site that is not a listed shop: brand stores, WooCommerce, Magento.
const PRODUCT_URL = /\/(?:products?|p|dp|item)\/[^/?#]+/i;
// Lower case: a type is compared as json-ld.ts's typeName says (no prefix, any case).
const PRODUCT_TYPES = ['product', 'drug', 'individualproduct', 'productmodel', 'productgroup'];

function isProductNode(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const types = [(node as { '@type'?: unknown })['@type']].flat();
  return types.some((t) => typeof t === 'string' && PRODUCT_TYPES.includes(typeName(t)));
}

/** A node and what it holds as a page's parts: its `@graph` members, its `mainEntity` (a WebPage's). */
function withParts(node: unknown): unknown[] {
  const parts = node as { '@graph'?: unknown; mainEntity?: unknown } | null;
  return [node, ...[parts?.['@graph'] ?? []].flat().flatMap(withParts), ...[parts?.mainEntity ?? []].flat()];
}

/**
 * A JSON-LD block (a member of its `@graph`, or the `mainEntity` of a `WebPage`) that is a
 * product: not a list that holds some.
 */
function isProductJsonLd(script: Element): boolean {
  const text = script.textContent ?? '';
  if (!/product|drug/i.test(text)) return false;
  try {
    return [JSON.parse(text) as unknown].flat().flatMap(withParts).some(isProductNode);
  } catch {
    // A shop's malformed block says nothing.
    return false;
  }
}

/** The parts of a page's address read here: a `URL`, or the page's own `location`. */
export type PageAddress = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

function headSaysProduct(head: HTMLHeadElement | null): boolean {
  for (let element = head?.firstElementChild; element; element = element.nextElementSibling) {
    if (element.tagName === 'META') {
      if (
        element.getAttribute('property') === 'og:type' &&
        /product/i.test(element.getAttribute('content') ?? '')
      ) {
        return true;
      }
    } else if (element.tagName === 'SCRIPT' && element.getAttribute('type') === 'application/ld+json') {
      if (isProductJsonLd(element)) return true;
    }
  }
  return false;
}

function bodySaysProduct(document: Document): boolean {
  // Two queries, not one with a selector list: Chromium runs a list several times slower.
  return (
    jsonLdScripts(document).some(isProductJsonLd) ||
    document.querySelector('[itemtype$="schema.org/Product" i]') !== null ||
    document.querySelector('[itemtype$="schema.org/Drug" i]') !== null
  );
}

/**
 * Whether the page may show one product, and the page scanner should read it. The page is asked
 * for only where its address cannot decide.
 */
export function mayShowProduct(url: PageAddress, page: () => Document): boolean {
  const shop = shopOf(url);
  if (shop) return isProductAddress(shop, url);
  if (PRODUCT_URL.test(url.pathname + url.search)) return true;
  const document = page();
  return headSaysProduct(document.head) || bodySaysProduct(document);
}
