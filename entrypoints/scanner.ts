import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PageScan, readPage } from '../src/extract/page-scan';
import { watchPage } from '../src/extract/watch-page';
import { createPageHighlighter } from '../src/highlight/page-highlighter';
import { onMessage, sendMessage } from '../src/messaging/protocol';

/**
 * The page scanner, injected by the background into a page that may show a product (asked by the
 * loader, or by "Check this page"): reads the product and its list, reports it for the badge,
 * marks the list, and reads again when the page changes. A second injection replaces the first.
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('scanner');
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
      void sendMessage('pageScanned', scan)
        .then((marks) => highlighter.setMarks(marks))
        .catch(() => undefined);
    },
  });
  // The event comes before the address changes: read the page once it has.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => watch.restart(), 0));
  const stopAnswering = onMessage('getPageScan', () => current);
  const stopMarking = onMessage('marksChanged', ({ data }) => highlighter.setMarks(data));
  ctx.onInvalidated(() => {
    watch.stop();
    highlighter.stop();
    stopAnswering();
    stopMarking();
  });
});
