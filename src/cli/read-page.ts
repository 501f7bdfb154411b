import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { scanPage, type PageScan } from '../extract/page-scan';

// happy-dom drops the rest of the document after a <script> or <style> inside an inline <svg>
// (capricorn86/happy-dom#2231, open in 21.0.4): Sephora's 2019–2020 product pages wrap every
// image in one, and the tabs with the ingredient list came after the first. Neither element is
// read by the scanner, so they are taken out before parsing. Browsers parse such pages whole.
const SVG = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?<\/\1\s*>/gi;

/** The page's HTML without the scripts and styles inside its SVG images. */
export function withoutSvgScripts(html: string): string {
  return html.replace(SVG, (svg) => svg.replace(SCRIPT_OR_STYLE, ''));
}

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
    const document = new window.DOMParser().parseFromString(withoutSvgScripts(html), 'text/html');
    return scanPage(document as unknown as Document, href);
  } finally {
    void window.happyDOM.close();
  }
}
