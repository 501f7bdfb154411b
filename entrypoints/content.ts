import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEMO_PAGE_MATCH } from '../dev/demo-page';
import { type PageScan, readPage } from '../src/extract/page-scan';
import { SHOP_MATCHES } from '../src/extract/sites/shops';
import { watchPage } from '../src/extract/watch-page';
import { createPageHighlighter } from '../src/highlight/page-highlighter';
import { onMessage, sendMessage } from '../src/messaging/protocol';

export default defineContentScript({
  // Development and test builds (`--mode e2e`) also read the demo address on localhost, where
  // `npm run dev` serves its demo page and the Firefox test serves fixture pages.
  matches: import.meta.env.MODE === 'production' ? [...SHOP_MATCHES] : [...SHOP_MATCHES, DEMO_PAGE_MATCH],
  main(ctx) {
    let current: PageScan | null = null;
    const highlighter = createPageHighlighter();
    const watch = watchPage({
      root: document,
      scan: () => {
        const read = readPage(document, location.href);
        highlighter.setList(read.listElement);
        return read.scan;
      },
      report: (scan) => {
        current = scan;
        void sendMessage('pageScanned', scan).then((marks) => highlighter.setMarks(marks));
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.restart());
    ctx.onInvalidated(() => {
      watch.stop();
      highlighter.stop();
    });
    onMessage('getPageScan', () => current);
    onMessage('marksChanged', ({ data }) => highlighter.setMarks(data));
  },
});
