import { analyzeLabel, type LabelAnalysis } from '../ingredients/analyze-label';

export interface PageScan {
  url: string;
  title: string;
  /** The ingredient list as found on the page, or null when the page shows none. */
  listText: string | null;
  analysis: LabelAnalysis | null;
}

const HEADING = /^\s*(?:full\s+)?ingredients?\s*:?\s*$/i;

/**
 * The text under the first heading that says "Ingredients". A stand-in for the shop adapters
 * (issue #3); it reads the page and never changes it.
 */
function findIngredientList(document: Document): string | null {
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6, dt, summary, button, strong')) {
    if (!HEADING.test(heading.textContent ?? '')) continue;
    const next = heading.nextElementSibling ?? heading.parentElement?.nextElementSibling;
    const text = next?.textContent?.trim();
    if (text) return text;
  }
  return null;
}

/** Finds the ingredient list on a page and analyses it. */
export function scanPage(document: Document, url: string): PageScan {
  const listText = findIngredientList(document);
  return {
    url,
    title: document.title,
    listText,
    analysis: listText === null ? null : analyzeLabel(listText),
  };
}
