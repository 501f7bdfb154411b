import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEMO_PAGE_MATCH } from '../dev/demo-page';
import { scanPage } from '../src/extract/page-scan';
import { onMessage, sendMessage } from '../src/messaging/protocol';

export default defineContentScript({
  // The shop list arrives with the shop adapters (issue #3); development builds add the demo page.
  matches: import.meta.env.DEV ? [DEMO_PAGE_MATCH] : ['https://*.sephora.com/product/*'],
  main() {
    const scan = scanPage(document, location.href);
    onMessage('getPageScan', () => scan);
    void sendMessage('pageScanned', scan);
  },
});
