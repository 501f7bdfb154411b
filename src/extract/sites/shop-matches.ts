/**
 * Where the content script runs: the product pages of the supported shops. Each adapter in this
 * folder reads one of these layouts; the generic reading covers any other page the script is
 * allowed on.
 */
export const SHOP_MATCHES: readonly string[] = ['https://*.sephora.com/*'];
