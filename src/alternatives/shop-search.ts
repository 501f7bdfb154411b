/**
 * How each supported shop searches: the address of its search page for a query, so a safe
 * alternative links to the same shop. Shops not listed get no link (guessing a search URL would
 * send the patient to an error page).
 */
const SEARCH: readonly { host: RegExp; path: string; param: string }[] = [
  { host: /(^|\.)sephora\.(com|ca)$/, path: '/search', param: 'keyword' },
  { host: /(^|\.)amazon\.[a-z.]+$/, path: '/s', param: 'k' },
  { host: /(^|\.)walmart\.(com|ca)$/, path: '/search', param: 'q' },
  { host: /(^|\.)target\.com$/, path: '/s', param: 'searchTerm' },
  { host: /(^|\.)ulta\.com$/, path: '/search', param: 'search' },
  { host: /(^|\.)boots\.(com|ie)$/, path: '/search', param: 'text' },
  {
    host: /(^|\.)(lookfantastic\.[a-z.]+|cultbeauty\.(co\.uk|com)|dermstore\.com|skinstore\.com|mankind\.co\.uk|hqhair\.com|beautyexpert\.com|espaskincare\.com)$/,
    path: '/search',
    param: 'q',
  },
  { host: /(^|\.)iherb\.com$/, path: '/search', param: 'kw' },
  { host: /(^|\.)yesstyle\.com$/, path: '/en/list.html', param: 'q' },
];

/** The shop's own search for a query, or null for a shop whose search we do not know. */
export function shopSearchUrl(pageUrl: string, query: string): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  const shop = SEARCH.find((s) => s.host.test(url.hostname));
  if (!shop) return null;
  const search = new URL(shop.path, url.origin);
  search.searchParams.set(shop.param, query);
  return search.href;
}
