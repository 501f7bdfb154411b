import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEMO_PAGE_MATCH } from '../dev/demo-page';
import { noProductScan } from '../src/extract/no-product';
import { mayShowProduct, type PageAddress } from '../src/extract/product-signal';
import { SHOP_MATCHES } from '../src/extract/sites/shops';
import { onMessage, SCANNER_STARTED_EVENT, sendMessage } from '../src/messaging/protocol';

/**
 * The loader: the only script on every shop page, so it stays small and does almost nothing. On a
 * page that may show a product it asks the background to inject the page scanner (entrypoints/
 * scanner.ts), which reads, marks and watches the page from then on.
 */
export default defineContentScript({
  // Development and test builds (`--mode e2e`) also read the demo address on localhost, where
  // `npm run dev` serves its demo page and the Firefox test serves fixture pages.
  matches: import.meta.env.MODE === 'production' ? [...SHOP_MATCHES] : [...SHOP_MATCHES, DEMO_PAGE_MATCH],
  main(ctx) {
    let stopAnswering: (() => void) | null = null;
    let loading = false;
    // From here on the scanner answers the popup; if it cannot be loaded, nobody does, and the
    // popup offers to read the page.
    const handOver = (): void => {
      loading = true;
      stopAnswering?.();
      stopAnswering = null;
    };
    const look = (address: PageAddress): void => {
      if (loading) return;
      if (!mayShowProduct(document, address)) {
        stopAnswering ??= onMessage('getPageScan', () => noProductScan(location.href));
        return;
      }
      handOver();
      void sendMessage('loadScanner', undefined).catch(() => undefined);
    };
    look(location);
    // A single-page shop moving from a listing to a product (the event comes before the address
    // bar changes, so it carries the new address).
    ctx.addEventListener(window, 'wxt:locationchange', (event) => look(event.newUrl));
    // The scanner may also come from "Check this page" on a page judged not worth it.
    ctx.addEventListener(document, SCANNER_STARTED_EVENT, handOver);
    ctx.onInvalidated(() => stopAnswering?.());
  },
});
