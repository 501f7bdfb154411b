import { inNoise } from './noise';
import { readableText } from './read-text';

/** One way a shop has laid out a piece of its page: a CSS selector and the layout it serves. */
export interface Selector {
  css: string;
  layout: string;
}

/** A piece of the page and its text, as a reader sees it. */
export interface Found {
  element: Element;
  text: string;
}

/** The first element any selector finds outside reviews and carousels, with its text. */
export function firstMatch(root: ParentNode, selectors: readonly Selector[]): Found | null {
  for (const { css } of selectors) {
    for (const element of root.querySelectorAll(css)) {
      if (inNoise(element)) continue;
      const text = readableText(element);
      if (text) return { element, text };
    }
  }
  return null;
}

/** The text of the first selector that finds any, or null. */
export function firstText(root: ParentNode, selectors: readonly Selector[]): string | null {
  return firstMatch(root, selectors)?.text ?? null;
}

/** Every matching element's text, for breadcrumb trails. */
export function allTexts(root: ParentNode, selectors: readonly Selector[]): string[] {
  for (const { css } of selectors) {
    const texts = [...root.querySelectorAll(css)]
      .map((e) => readableText(e))
      .filter((t) => t && t.length < 80);
    if (texts.length) return texts;
  }
  return [];
}

/**
 * The JSON in a `<script>` (a page's data store), or undefined when missing or broken. On a
 * document, the scripts come from the list the browser keeps, not a search of the whole page.
 */
export function scriptJson(root: Document, css: string): unknown {
  const script = [...root.scripts].find((s) => s.matches(css));
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent);
  } catch {
    return undefined;
  }
}

/** Reads a path of keys through untrusted JSON; undefined as soon as a step is missing. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A non-empty string, or null. */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Plain text from a JSON field that holds HTML markup ("Water, <b>Retinol</b><br>…"). */
export function textFromHtml(document: Document, html: string): string {
  // DOMParser builds an inert document: no script runs and nothing is fetched, and the text is
  // read back with readableText, never inserted into the page.
  const parsed = new (document.defaultView?.DOMParser ?? DOMParser)().parseFromString(html, 'text/html');
  return readableText(parsed.body);
}

/** A value without the label printed before it ("Ingredients: Water, …" → "Water, …"). */
export function withoutLabel(text: string | null): string | null {
  return text?.replace(/^[^:\n]{1,20}:\s*/, '').trim() || null;
}
