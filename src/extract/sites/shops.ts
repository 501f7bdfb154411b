/** A supported shop: the pages the content script runs on, and how the shop searches. */
export interface Shop {
  /** Its domains, each with every subdomain (https only): the manifest's matches come from these. */
  domains: readonly string[];
  /**
   * Its product pages' addresses, tested on the path and query (`/p/name/-/A-123?preselect=4`).
   * The one rule for both the loader (which loads the page scanner on these at once, before the
   * page has rendered anything) and the shop's adapter (which reads only these as a product).
   * A named group `id` captures the product's id where the adapter needs it.
   */
  productUrl: RegExp;
  /** Its search page for a query, so a safe alternative can link to the same shop. */
  search?: { path: string; param: string };
}

/**
 * A Shopify store's product page, on any domain: /products/handle, also under a collection or a
 * locale; not the same address with .json, .js or .xml, which is data.
 */
export const SHOPIFY_PRODUCT_URL = /\/products\/[^/?.]+\/?(?:\?|$)/;

/**
 * Every supported shop, in one place: the manifest's content-script matches, each adapter's
 * `matches`, and the popup's "search this shop" links all come from here. Adding a shop is a
 * line here and one adapter file.
 */
export const SHOPS = {
  sephora: {
    domains: ['sephora.com', 'sephora.ca'],
    productUrl: /\/product\//,
    search: { path: '/search', param: 'keyword' },
  },
  amazon: {
    // Amazon's country stores.
    domains: [
      ...[
        'com',
        'ca',
        'com.mx',
        'com.br',
        'co.uk',
        'de',
        'fr',
        'it',
        'es',
        'nl',
        'se',
        'pl',
        'com.be',
        'ie',
      ].map((tld) => `amazon.${tld}`),
      ...['com.tr', 'ae', 'sa', 'eg', 'co.za', 'in', 'sg', 'co.jp', 'com.au'].map((tld) => `amazon.${tld}`),
    ],
    // "/Name/dp/ASIN", "/dp/ASIN", "/gp/product/ASIN", the mobile "/gp/aw/d/ASIN" and the old
    // "/exec/obidos/asin/ASIN"; search is "/s?k=".
    productUrl: /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin)\/(?<id>[A-Z0-9]{10})(?:[/?]|$)/i,
    search: { path: '/s', param: 'k' },
  },
  walmart: {
    domains: ['walmart.com', 'walmart.ca'],
    // "/ip/Name/123456789", "/ip/123456789", walmart.ca "/en/ip/name/6000123456789"; search is "/search".
    productUrl: /^\/(?:(?:en|fr|es)\/)?ip\/[^/?]/,
    search: { path: '/search', param: 'q' },
  },
  target: {
    domains: ['target.com'],
    // "/p/name/-/A-12345678" (the TCIN); search is "/s?searchTerm=…", a category "/c/name/-/N-5xtfc".
    productUrl: /^\/p\/(?:[^?]*\/)?A-(?<id>\d{5,})\/?(?:\?|$)/,
    search: { path: '/s', param: 'searchTerm' },
  },
  // Ulta: /p/name-pimprod… now, ?productId=xlsImpprod…/pimprod… on older pages.
  ulta: {
    domains: ['ulta.com'],
    productUrl: /^\/p\/[^/?]+|[?&]productId=(?:xls|pim)\w*prod\d+/i,
    search: { path: '/search', param: 'search' },
  },
  // Boots: a product's name and its 7- or 8-digit item code, /name-10276587; a "p" marks some
  // parent products (/name-10263818p), and older pages end in .html.
  boots: {
    domains: ['boots.com', 'boots.ie'],
    productUrl: /-\d{7,8}p?(?:\.html)?\/?(?:\?|$)/,
    search: { path: '/search', param: 'text' },
  },
  // THG: LookFantastic's country sites, Cult Beauty, Dermstore, SkinStore and sister shops.
  thg: {
    domains: [
      ...['com', 'co.uk', 'fr', 'de', 'es', 'it', 'nl', 'se', 'dk', 'ie', 'jp', 'com.au'].map(
        (tld) => `lookfantastic.${tld}`,
      ),
      'cultbeauty.co.uk',
      'cultbeauty.com',
      'dermstore.com',
      'skinstore.com',
      'mankind.co.uk',
      'hqhair.com',
      'beautyexpert.com',
      'espaskincare.com',
    ],
    // /p/name/11370283/ now, /name/11370283.html on older ("Athena") pages.
    productUrl: /^\/p\/[^/]+\/\d{6,9}\/?(?:\?|$)|\/\d{6,9}\.html(?:\?|$)/,
    search: { path: '/search', param: 'q' },
  },
  // iHerb: /pr/<slug>/<numeric id>; /c/ (categories), /search and /catalog are not products.
  iherb: {
    domains: ['iherb.com'],
    productUrl: /^\/pr\/[^/]+\/(?<id>\d+)\/?(?:\?|$)/,
    search: { path: '/search', param: 'kw' },
  },
  // YesStyle: …/info.html/pid.<id>; lists (/list.html/bcc.…) and ?q= searches are not.
  yesstyle: {
    domains: ['yesstyle.com'],
    productUrl: /\/info\.html\/pid\.(?<id>\d+)/,
    search: { path: '/en/list.html', param: 'q' },
  },
  // Brand stores live on their own domains: only their myshopify.com addresses can be listed.
  shopify: { domains: ['myshopify.com'], productUrl: SHOPIFY_PRODUCT_URL },
} as const satisfies Record<string, Shop>;

/** Every shop, for the lookups that do not name one. */
export const SHOP_LIST: readonly Shop[] = Object.values(SHOPS);

/**
 * Where the loader runs and the scanner may be injected: every shop's domains, as match patterns.
 * A function, so the loader, which imports this file on every shop page, does not build them.
 */
export function shopMatches(): string[] {
  return SHOP_LIST.flatMap((shop) => shop.domains.map((domain) => `https://*.${domain}/*`));
}

/** Whether a page is on one of a shop's domains: what its match patterns say, without compiling them. */
export function isOnShop(url: Pick<URL, 'protocol' | 'hostname'>, shop: Shop): boolean {
  const host = url.hostname;
  return (
    url.protocol === 'https:' && shop.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))
  );
}

/** The part of an address a shop's product rule reads: path and query. */
function addressOf(url: Pick<URL, 'pathname' | 'search'>): string {
  return url.pathname + url.search;
}

/** Whether an address is one of the shop's product pages, by the shop's one product rule. */
export function isProductAddress(shop: Shop, url: Pick<URL, 'pathname' | 'search'>): boolean {
  return shop.productUrl.test(addressOf(url));
}

/** The product id a shop's product address carries (a TCIN, an ASIN), or null. */
export function productIdOf(shop: Shop, url: Pick<URL, 'pathname' | 'search'>): string | null {
  return shop.productUrl.exec(addressOf(url))?.groups?.id ?? null;
}

/** The listed shop a page belongs to, if any. */
export function shopOf(url: Pick<URL, 'protocol' | 'hostname'>): Shop | undefined {
  return SHOP_LIST.find((shop) => isOnShop(url, shop));
}

/** The shop's own search for a query, or null for a page not on a shop whose search we know. */
export function shopSearchUrl(pageUrl: string, query: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const shop = shopOf(url);
  if (!shop?.search) return null;
  const search = new URL(shop.search.path, url.origin);
  search.searchParams.set(shop.search.param, query);
  return search.href;
}
