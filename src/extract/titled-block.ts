import { isListTitle } from './label-titles';
import { inNoise } from './noise';
import { readableText } from './read-text';
import type { Found } from './site-helpers';

const INLINE = /^(?:STRONG|B|SPAN|EM|I|U|FONT|LABEL)$/;
const HEADING = /^H[1-6]$/;
const CANDIDATES = 'h1, h2, h3, h4, h5, h6, p, div, li, span, strong, b';

/** A label as printed, without direction marks, trailing colon and doubled spaces. */
export function titleOf(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s*[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a title heads: the blocks after it up to the next heading, or text beside it. */
function afterTitle(title: Element): Found | null {
  let heading = title;
  const own = readableText(title);
  // "<p><b>Ingredients:</b></p>": the paragraph is the title.
  while (INLINE.test(heading.tagName) && heading.parentElement && readableText(heading.parentElement) === own)
    heading = heading.parentElement;
  // "<p><b>Ingredients:</b> Water, …</p>": the paragraph holds the list.
  if (INLINE.test(heading.tagName) && heading.parentElement) {
    const block = heading.parentElement;
    return { element: block, text: readableText(block) };
  }
  for (let level = 0; level < 3; level++) {
    const parts: Element[] = [];
    for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
      if (HEADING.test(next.tagName) || (next.tagName === heading.tagName && readableText(next).length < 60))
        break;
      parts.push(next);
    }
    const text = parts
      .map((p) => readableText(p))
      .filter(Boolean)
      .join('\n');
    const first = parts[0];
    if (first && text) return { element: first, text: `${own}\n${text}` };
    const parent = heading.parentElement;
    if (!parent) return null;
    // "<div><h3>Ingredients</h3>Water, …</div>": the list is loose text beside the title.
    if (readableText(parent).length > own.length + 10) return { element: parent, text: readableText(parent) };
    heading = parent;
  }
  return null;
}

/**
 * The ingredient list inside a block of free text (a description, a "Details" panel): the
 * innermost element that opens with an ingredient title and a colon ("Ingredients: Water, …"),
 * or the text under a title standing on its own, in any language of the label words.
 * Comparison charts, which list other products' key ingredients, are skipped.
 */
export function titledBlockIn(root: Element): Found | null {
  const isBareTitle = (text: string): boolean => text !== '' && !text.includes('\n') && isListTitle(text);
  const opensWithTitle = (text: string): boolean => {
    const match = /^([^:：\n]{1,40})[:：]/.exec(text);
    return match !== null && isListTitle(match[1] ?? '');
  };
  const titled = [root, ...root.querySelectorAll(CANDIDATES)].filter((element) => {
    if (inNoise(element) || element.closest('table, [class*="comparison" i]')) return false;
    const text = readableText(element);
    return isBareTitle(text) || opensWithTitle(text);
  });
  // The innermost titled block: a wrapper that also opens with the title carries more text.
  const innermost = titled.filter((element) => !titled.some((o) => o !== element && element.contains(o)));
  for (const element of innermost) {
    const text = readableText(element);
    const found = isBareTitle(text) ? afterTitle(element) : { element, text };
    if (found) return found;
  }
  return null;
}
