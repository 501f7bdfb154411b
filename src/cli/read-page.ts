import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { scanPage, type PageScan } from '../extract/page-scan';

/**
 * Scans a saved page as the page scanner would, in happy-dom: parsed only (no script runs,
 * nothing is fetched), under the page's own address so the shop adapters recognise it.
 */
export function scanSavedPage(html: string, file: string, url: string | null): PageScan {
  const href = url ?? (file === '-' ? 'file:///stdin.html' : pathToFileURL(file).href);
  const window = new Window({
    url: href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return scanPage(document as unknown as Document, href);
  } finally {
    void window.happyDOM.close();
  }
}
