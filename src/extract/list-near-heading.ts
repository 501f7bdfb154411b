import { panelsOpenedBy } from './tab-panels';
import { holdsList } from './find-list';
import { isListTitle, LIST_PHRASES, openingListTitle } from './label-titles';
import { listShape } from './list-shape';
import { inMenu, inNoise } from './noise';
import { INVISIBLE } from '../ingredients/label-text';
import { readableText } from './read-text';
import {} from './site-helpers';

// Cheap first test on every text node of the page: a heading starts with one of the phrases, so
// its first two letters must be a phrase's first two. Almost no text node passes. The two letters
// are compared as one number, without cutting or lower-casing a string per node.
const pair = (first: number, second: number): number => first * 0x10000 + second;
const STARTS: ReadonlySet<number> = new Set(LIST_PHRASES.map((p) => pair(p.charCodeAt(0), p.charCodeAt(1))));

const LOWER_BEYOND_ASCII = new Map<number, number>();

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  // Turkish dotted and dotless i, as the titles are folded (label-titles.ts).
  if (code === 0x130 || code === 0x131) return 105;
  let lower = LOWER_BEYOND_ASCII.get(code);
  if (lower === undefined) {
    lower = String.fromCharCode(code).toLowerCase().charCodeAt(0);
    LOWER_BEYOND_ASCII.set(code, lower);
  }
  return lower;
}

// An emoji (and the joiners and variation selectors that build one) before a heading's first letter.
const LEADING_PICTOGRAPHS = /^[\s\p{Extended_Pictographic}\uFE0F\u200D]+/u;

function startsLikePhrase(text: string, at: number): boolean {
  return STARTS.has(pair(lowerCode(text.charCodeAt(at)), lowerCode(text.charCodeAt(at + 1))));
}

// The same test for the common case, two ASCII letters, as one lookup in a 128 × 128 table of
// the phrases' first two letters in either case: the walk below runs it on every text node, and
// it must cost next to nothing beside reading the node.
const ASCII_STARTS = new Uint8Array(128 * 128);
for (const start of STARTS) {
  const first = Math.floor(start / 0x10000);
  const second = start % 0x10000;
  if (first >= 128 || second >= 128) continue;
  for (const a of new Set([first, String.fromCharCode(first).toUpperCase().charCodeAt(0)])) {
    for (const b of new Set([second, String.fromCharCode(second).toUpperCase().charCodeAt(0)])) {
      if (a < 128 && b < 128) ASCII_STARTS[a * 128 + b] = 1;
    }
  }
}

function mayBeHeading(text: string): boolean {
  let i = 0;
  let code = text.charCodeAt(0);
  // Past the end, the code is NaN and the loop stops.
  while (code <= 32) code = text.charCodeAt(++i);
  const next = text.charCodeAt(i + 1);
  if (code < 128 && next < 128) return ASCII_STARTS[code * 128 + next] === 1;
  // Only blanks.
  if (Number.isNaN(code)) return false;
  if (startsLikePhrase(text, i)) return true;
  // Rarely: a no-break space or an invisible character first, or inside the word ("In\u200Bgredients");
  // or an emoji before the title ("🌱 Ingredients"), a surrogate pair or a symbol of U+2190–U+2BFF.
  if (code === 0xa0 || isInvisible(code) || isInvisible(next)) {
    return startsLikePhrase(text.replace(INVISIBLE, '').trimStart(), 0);
  }
  return (
    ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2190 && code <= 0x2bff)) &&
    startsLikePhrase(text.replace(LEADING_PICTOGRAPHS, ''), 0)
  );
}

/** The characters INVISIBLE removes, tested without a regular expression on every symbol. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0xad ||
    code === 0x61c
  );
}
const MAX_HEADING_LENGTH = 60;

/** Whether a text opens with a list title and a colon; only its start is read, however long it is. */
function opensWithListTitle(text: string): boolean {
  return openingListTitle(text.slice(0, 2 * MAX_HEADING_LENGTH).trimStart()) !== null;
}
const MAX_CLIMB = 3;

export interface HeadedList {
  text: string;
  element: Element;
  /** The heading's text ("Full ingredients", "Inhaltsstoffe"). */
  title: string;
}

function candidateFrom(element: Element | null, title: string): HeadedList | null {
  if (!element || inNoise(element)) return null;
  const text = readableText(element);
  return holdsList(text) ? { text, element, title } : null;
}

/** The content a heading labels: its panel (a tab's or accordion's), its <dd> or <td>, or what follows it. */
function contentAfter(heading: Element, document: Document): HeadedList | null {
  const title = readableText(heading);
  for (const panel of panelsOpenedBy(heading, document)) {
    const found = candidateFrom(panel, title);
    if (found) return found;
  }
  let level: Element | null = heading;
  for (let climb = 0; level && climb <= MAX_CLIMB; climb++, level = level.parentElement) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const found = candidateFrom(next, title);
      if (found) return found;
      // Only the first non-empty sibling belongs to this heading.
      if (readableText(next)) break;
    }
  }
  return null;
}

/**
 * Every ingredient list the page labels with a heading ("Ingredients", "Full ingredients", "INCI",
 * "Inactive ingredients", "Ingrédients", "Inhaltsstoffe", "전성분", …) outside reviews, carousels
 * and highlights. One pass over the page's text nodes.
 */
export function listsNearHeadings(document: Document): HeadedList[] {
  const body = document.body;
  if (!body) return [];
  const found: HeadedList[] = [];
  const seen = new Set<Element>();
  // Text nodes only, read by `data`: a little faster in Chromium than `nodeValue`.
  const walker = document.createTreeWalker(body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = (node as Text).data;
    if (!mayBeHeading(raw)) continue;
    const text = raw.replace(INVISIBLE, '');
    const element = node.parentElement;
    if (!element || seen.has(element)) continue;
    if (text.length <= MAX_HEADING_LENGTH && isListTitle(text)) {
      seen.add(element);
      // A menu's "Ingredients" link titles no list; the page after the menu is not one.
      if (inMenu(element)) continue;
      // "<p><strong>Ingredients:</strong> Water, …</p>": the list is in the same paragraph.
      const inline =
        element.parentElement && opensWithListTitle(readableText(element.parentElement))
          ? candidateFrom(element.parentElement, text)
          : null;
      const candidate = inline && listShape(inline.text).names > 1 ? inline : contentAfter(element, document);
      if (candidate && !found.some((f) => f.element === candidate.element)) found.push(candidate);
    } else if (opensWithListTitle(text)) {
      seen.add(element);
      const candidate = candidateFrom(element, openingListTitle(text.trimStart()) ?? '');
      if (candidate && !found.some((f) => f.element === candidate.element)) found.push(candidate);
    }
  }
  return found;
}
