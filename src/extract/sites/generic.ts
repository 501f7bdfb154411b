import { listsNearHeadings } from '../list-near-heading';
import { type PageFacts, pageFacts } from '../page-facts';
import type { AdapterReading, SiteAdapter } from '../types';

/** The generic reading of a page whose shared markup has been read already. */
export function readGeneric(document: Document, page: PageFacts): AdapterReading {
  const base = { facts: page.facts, isProductPage: page.isProductPage };
  if (!page.isProductPage) return { ...base, list: null, listElement: null };
  if (page.listText) {
    return { ...base, list: { text: page.listText, source: 'generic: structured data' }, listElement: null };
  }
  const best = listsNearHeadings(document).sort((a, b) => b.ingredientCount - a.ingredientCount)[0];
  return best
    ? { ...base, list: { text: best.text, source: 'generic: heading' }, listElement: best.element }
    : { ...base, list: null, listElement: null };
}

/**
 * Any page: an ingredient list given as data (JSON-LD `Product`/`Drug`, microdata), else the
 * longest list under a heading that says "Ingredients" in one of the label languages.
 */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  extract: (document) => readGeneric(document, pageFacts(document)),
};
