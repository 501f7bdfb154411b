import { isOnShop, SHOP_LIST } from './sites/shops';

/**
 * The first look at a page, made by the small script that runs on every page of the supported
 * shops: is it worth loading the page scanner here? It must cost next to nothing on the shops'
 * many pages that are not a product's, so on a listed shop it reads the address (the shops'
 * product addresses are known) and the few elements of `<head>` (Open Graph type, JSON-LD), and
 * never queries the page: in Chromium the first query of a fresh script world costs ~0.4 ms by
 * itself, a query over a 2 MB page ~1 ms, a query for an attribute on any element several, and an
 * XPath text search tens of milliseconds. On a site the user chose to have checked, whose markup
 * we do not know, JSON-LD and microdata anywhere in the page count as well.
 */

// A product address on a site that is not a listed shop: brand stores, WooCommerce, Magento.
const PRODUCT_URL = /\/(?:products?|p|dp|item)\/[^/?#]+/i;
const PRODUCT_TYPES = ['Product', 'Drug', 'IndividualProduct', 'ProductModel', 'ProductGroup'];

function isProductNode(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const types = [(node as { '@type'?: unknown })['@type']].flat();
  return types.some(
    (t) => typeof t === 'string' && PRODUCT_TYPES.includes(t.replace(/^https?:\/\/schema\.org\//, '')),
  );
}

/** A JSON-LD block (or a member of its `@graph`) that is a product: not a list that holds some. */
function isProductJsonLd(script: Element): boolean {
  const text = script.textContent ?? '';
  if (!text.includes('Product') && !text.includes('Drug')) return false;
  try {
    const nodes: unknown[] = [JSON.parse(text)].flat();
    return nodes.some((node) => {
      const graph = (node as { '@graph'?: unknown } | null)?.['@graph'];
      return isProductNode(node) || (Array.isArray(graph) && graph.some(isProductNode));
    });
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
    [...document.querySelectorAll('script[type="application/ld+json"]')].some(isProductJsonLd) ||
    document.querySelector('[itemtype$="schema.org/Product"]') !== null ||
    document.querySelector('[itemtype$="schema.org/Drug"]') !== null
  );
}

/** Whether the page may show one product, and the page scanner should read it. */
export function mayShowProduct(document: Document, url: PageAddress): boolean {
  const shop = SHOP_LIST.find((s) => isOnShop(url, s));
  const address = url.pathname + url.search;
  if (shop ? shop.productUrl.test(address) : PRODUCT_URL.test(address)) return true;
  if (headSaysProduct(document.head)) return true;
  return !shop && bodySaysProduct(document);
}
