import type { PageScan } from './page-scan';

/** The scan of a page that shows no single product: the same answer from the scanner and the popup. */
export function noProductScan(href: string): PageScan {
  return { url: href, product: null, isCosmeticProduct: false, list: null, analysis: null };
}
