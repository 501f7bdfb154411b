import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchAddress } from '../src/extract/address-watch';
import { mayShowProduct, type PageAddress } from '../src/extract/product-signal';
import { requestScanner } from '../src/messaging/scanner-request';

/**
 * The loader: the manifest's content script, on every page of the supported shops (wxt.config.ts
 * lists it, as WXT's own content-script wrapper costs more than the loader's work), so it stays
 * small and does almost nothing. On a page that may show a product it asks the background to
 * inject the page scanner (entrypoints/scanner.ts), which reads, marks and watches the page from
 * then on; on a shop page it does not even read the page, only its address.
 */
export default defineUnlistedScript(() => {
  const look = (address: PageAddress): boolean => {
    if (!mayShowProduct(address, () => document)) return false;
    requestScanner();
    return true;
  };
  if (look(location)) return;
  // A single-page shop moving from a listing to a product; once the scanner runs, it watches.
  const stop = watchAddress((address) => {
    if (look(address)) stop();
  }, window);
});
