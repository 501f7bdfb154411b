import { firstList, listInData, listOnPage } from '../find-list';
import { listsNearHeadings } from '../list-near-heading';
import { bestList } from '../list-shape';
import { type PageFacts, pageFacts } from '../page-facts';
import type { AdapterReading, SiteAdapter } from '../types';

/** The generic reading of a page whose shared markup has been read already. */
export function readGeneric(document: Document, page: PageFacts): AdapterReading {
  const base = { facts: page.facts, isProductPage: page.isProductPage };
  if (!page.isProductPage) return { ...base, list: null };
  const list = firstList(
    () => listInData(page.listText, 'generic: structured data'),
    () => listOnPage(bestList(listsNearHeadings(document)), 'generic: heading'),
  );
  return { ...base, list };
}

/**
 * Any page: an ingredient list given as data (JSON-LD `Product`/`Drug`, microdata), else the
 * best list under a heading that says "Ingredients" in one of the label languages (the full list
 * over a highlights list: list-shape.ts).
 */
export const generic: SiteAdapter = {
  name: 'generic',
  matches: () => true,
  extract: (document) => readGeneric(document, pageFacts(document)),
};
