import { isListTitle, listTitleIndex, titleKind } from './label-titles';
import { listShape } from './list-shape';
import { inNoise } from './noise';
import { readableText } from './read-text';
import type { Found, Selector } from './site-helpers';
import { panelsOpenedBy } from './tab-panels';
import type { ListReading } from './types';

/**
 * The helpers every adapter reads its list with, so that an adapter states only its selectors
 * and JSON keys: the looping over alternatives, skipping reviews and carousels, and the test that
 * a text holds a list at all live here.
 */

/** Whether a text holds an ingredient list at all: a name or more, not just a title. */
export function holdsList(text: string): boolean {
  return text !== '' && titleKind(text) === null && listShape(text).names > 0;
}

/** A list found on the page, as a reading; null when there is none. */
export function listOnPage(found: Found | null, source: string): ListReading | null {
  return found && holdsList(found.text) ? { text: found.text, source, element: found.element } : null;
}

/** A list given as data (a shop's JSON), which has no element on the page to mark. */
export function listInData(text: string | null, source: string): ListReading | null {
  return text && holdsList(text) ? { text, source, element: null } : null;
}

/** The first of an adapter's ways to read the list, in order, that finds one. */
export function firstList(...readers: readonly (() => ListReading | null)[]): ListReading | null {
  for (const read of readers) {
    const list = read();
    if (list) return list;
  }
  return null;
}

/**
 * The first element any selector finds, outside reviews and carousels, whose text holds a list
 * (an accordion's button, which says only "Ingredients", is passed over for its panel).
 */
export function listAt(root: ParentNode, selectors: readonly Selector[], source: string): ListReading | null {
  for (const { css } of selectors) {
    for (const element of root.querySelectorAll(css)) {
      if (inNoise(element)) continue;
      const list = listOnPage({ element, text: readableText(element) }, source);
      if (list) return list;
    }
  }
  return null;
}

/**
 * The list inside a block of free text without structure (a description given as data): from its
 * list title ("Full ingredients: Aqua, …"), with what follows; the engine ends the list at the
 * next section ("How to use: …"). Null when the text names no list.
 */
export function listAfterTitle(text: string): string | null {
  const start = listTitleIndex(text);
  return start === null ? null : text.slice(start).trim();
}

/**
 * The list in the panel that an accordion button or tab opens: the first element any selector
 * finds whose text is a list title ("Ingredients", "Full Ingredients List"), and the first of its
 * panels (tab-panels.ts) whose text holds a list.
 */
export function listOpenedBy(
  document: Document,
  labels: readonly Selector[],
  source: string,
): ListReading | null {
  for (const { css } of labels) {
    for (const label of document.querySelectorAll(css)) {
      if (inNoise(label) || !isListTitle(readableText(label))) continue;
      for (const panel of panelsOpenedBy(label, document)) {
        if (inNoise(panel)) continue;
        const list = listOnPage({ element: panel, text: readableText(panel) }, source);
        if (list) return list;
      }
    }
  }
  return null;
}
