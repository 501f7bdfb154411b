import { MatchPattern } from 'wxt/utils/match-patterns';

/** A supported shop: the pages the content script runs on, and how the shop searches. */
export interface Shop {
  /** Match patterns for the manifest; the shop's adapter reads pages on these hosts. */
  hosts: readonly string[];
  /** Its search page for a query, so a safe alternative can link to the same shop. */
  search?: { path: string; param: string };
}

const sites = (...domains: string[]): string[] => domains.map((d) => `https://*.${d}/*`);

/**
 * Every supported shop, in one place: the manifest's content-script matches, each adapter's
 * `matches`, and the popup's "search this shop" links all come from here. Adding a shop is a
 * line here and one adapter file.
 */
export const SHOPS = {
  sephora: { hosts: sites('sephora.com', 'sephora.ca'), search: { path: '/search', param: 'keyword' } },
  amazon: {
    // Amazon's country stores.
    hosts: sites(
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
    ),
    search: { path: '/s', param: 'k' },
  },
  walmart: { hosts: sites('walmart.com', 'walmart.ca'), search: { path: '/search', param: 'q' } },
  target: { hosts: sites('target.com'), search: { path: '/s', param: 'searchTerm' } },
  ulta: { hosts: sites('ulta.com'), search: { path: '/search', param: 'search' } },
  boots: { hosts: sites('boots.com', 'boots.ie'), search: { path: '/search', param: 'text' } },
  // THG: LookFantastic's country sites, Cult Beauty, Dermstore, SkinStore and sister shops.
  thg: {
    hosts: sites(
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
    ),
    search: { path: '/search', param: 'q' },
  },
  iherb: { hosts: sites('iherb.com'), search: { path: '/search', param: 'kw' } },
  yesstyle: { hosts: sites('yesstyle.com'), search: { path: '/en/list.html', param: 'q' } },
  // Brand stores live on their own domains: only their myshopify.com addresses can be listed.
  shopify: { hosts: sites('myshopify.com') },
} as const satisfies Record<string, Shop>;

/** Where the content script runs: every shop's hosts. */
export const SHOP_MATCHES: readonly string[] = Object.values(SHOPS).flatMap((shop) => shop.hosts);

const compiled = new Map<Shop, MatchPattern[]>();

/** Whether a page is on one of a shop's hosts. */
export function isOnShop(url: URL, shop: Shop): boolean {
  let patterns = compiled.get(shop);
  if (!patterns) {
    patterns = shop.hosts.map((host) => new MatchPattern(host));
    compiled.set(shop, patterns);
  }
  return patterns.some((pattern) => pattern.includes(url));
}

/** The shop's own search for a query, or null for a page not on a shop whose search we know. */
export function shopSearchUrl(pageUrl: string, query: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const shop = Object.values(SHOPS as Record<string, Shop>).find((s) => s.search && isOnShop(url, s));
  if (!shop?.search) return null;
  const search = new URL(shop.search.path, url.origin);
  search.searchParams.set(shop.search.param, query);
  return search.href;
}
