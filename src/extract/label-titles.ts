import words from '../../ingredients/label-words.json';
import { HEADER_GROUPS, type HeaderKind } from '../ingredients/label-words';
import { INVISIBLE } from '../ingredients/label-text';

/**
 * The one matcher for the titles a shop prints over an ingredient list (a heading, a tab, an
 * accordion button, a table's label cell) in every language of `ingredients/label-words.json`,
 * the same words the engine reads as section headers. Every adapter and the generic reading ask
 * here; none keeps its own list of "Ingredients" words.
 */

export type TitleKind = HeaderKind;

/**
 * A title folded for comparison: lower case, one space between words, Turkish İ and ı as i (so
 * "İÇİNDEKİLER" reads as "içindekiler"; JavaScript lower-cases İ to two characters).
 */
export function foldTitle(text: string): string {
  return text.replace(/[İı]/g, 'i').toLowerCase().replace(/\s+/g, ' ').trim();
}

const KINDS = new Map<string, TitleKind>();
for (const [kind, phrases] of HEADER_GROUPS) {
  for (const phrase of phrases) if (!KINDS.has(foldTitle(phrase))) KINDS.set(foldTitle(phrase), kind);
}

/** Phrases of titles that head a list (the list itself, or a Drug Facts part), folded. */
export const LIST_PHRASES: readonly string[] = [...KINDS]
  .filter(([, kind]) => kind === 'list' || kind === 'active' || kind === 'inactive')
  .map(([phrase]) => phrase);

const FULL_WORDS = words.fullListWords.map(foldTitle);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

// Invisible marks copied text carries, and what shops print around a title: a bullet, number or
// emoji before it ("🌱 Ingredients" on purish.com's tabs), a colon, a bracketed note ("(INCI)")
// or an open/close sign after it.
const LEAD = /^[\s\-–—•·*#>\d.)\p{Extended_Pictographic}\uFE0F\u200D]+/u;
const TAIL = /(?:\s*\([^()]{0,30}\))?[\s:：*+\-–—›»>▾▼▸▴▲⌄∨ˇ✓✕×\p{Extended_Pictographic}\uFE0F]*$/u;
// Titles joined into one ("Inhaltsstoffe / Zutaten", "Ingredients & Allergens", "INCI | Ingredients").
const JOINER = /\s*(?:\/|\||&|\+|,)\s*|\s+(?:and|und|et|y|e|en|i|och|ve|и|و)\s+/u;
const MAX_TITLE_LENGTH = 60;
const MAX_UNKNOWN_WORDS = 2;

function cleaned(text: string): string {
  return foldTitle(text.replace(INVISIBLE, '').replace(LEAD, '').replace(TAIL, ''));
}

/**
 * What a title standing on its own names: "Ingredients", "Full Ingredients List", "INCI:",
 * "Inhaltsstoffe / Zutaten", "Składniki (INCI)", "Key Ingredients" (a highlight: `skip`).
 * Titles joined by "/", "&" or "and" name a list when one part does and the others are titles
 * too or a word or two ("Ingredients & Allergens"). Null for anything else.
 */
export function titleKind(text: string): TitleKind | null {
  if (text.length > MAX_TITLE_LENGTH * 2) return null;
  const title = cleaned(text);
  if (!title || title.length > MAX_TITLE_LENGTH) return null;
  const whole = KINDS.get(title);
  if (whole) return whole;
  const parts = title.split(JOINER).filter(Boolean);
  if (parts.length < 2) return null;
  const kinds = parts.map((part) => KINDS.get(part) ?? null);
  const listed = kinds.find((kind) => kind === 'list' || kind === 'active' || kind === 'inactive');
  const unknownOk = parts.every(
    (part, i) => kinds[i] !== null || part.split(' ').length <= MAX_UNKNOWN_WORDS,
  );
  if (listed && unknownOk) return listed;
  return kinds.every((kind) => kind === 'skip') ? 'skip' : null;
}

/** The part of a title that is a phrase of the data, as printed ("Inhaltsstoffe / Zutaten" → "Inhaltsstoffe"). */
function knownPart(text: string): string | null {
  const title = text.replace(INVISIBLE, '').replace(LEAD, '').replace(TAIL, '').trim();
  if (KINDS.has(foldTitle(title))) return title;
  return title.split(JOINER).find((part) => KINDS.has(foldTitle(part))) ?? null;
}

/**
 * A text whose title lines are written as the engine's section headers know them: a joined or
 * decorated title on a line of its own ("Inhaltsstoffe / Zutaten", "INGREDIENTS +") becomes its
 * first phrase of the data ("Inhaltsstoffe"), so the engine reads it as the header it is and not
 * as an ingredient. Other lines are left as they are.
 */
export function withKnownTitles(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length > MAX_TITLE_LENGTH || !line.trim() || titleKind(line) === null) return line;
      const part = knownPart(line);
      return part && part !== line.trim() ? part : line;
    })
    .join('\n');
}

/** Whether a title names an ingredient list (or the active or inactive part of a Drug Facts list). */
export function isListTitle(text: string): boolean {
  const kind = titleKind(text);
  return kind === 'list' || kind === 'active' || kind === 'inactive';
}

/** Whether a list title says it is the full list ("Full Ingredients List", "INCI", "Vollständige Liste…"). */
export function isFullListTitle(text: string): boolean {
  if (!isListTitle(text)) return false;
  const title = cleaned(text);
  const wordsOf = new Set(title.split(/[\s/|&,()-]+/));
  return FULL_WORDS.some((word) => (CJK.test(word) ? title.includes(word) : wordsOf.has(word)));
}

function escaped(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

// A title followed by a colon anywhere in a text ("… Full ingredients: Aqua, …"). Every kind is
// matched, so that "Key ingredients:" is read as the highlight it is, not as "ingredients:".
const TITLE_IN_TEXT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...KINDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})(?:\\s*\\([^()\\n]{0,30}\\))?\\s*[:：]`,
  'giu',
);

/**
 * Where the list starts in a block of free text (a product description): at the first list title
 * followed by a colon that says it is the full list ("Full ingredients:"), else at the first list
 * title with a colon. Null when the text has none.
 */
export function listTitleIndex(text: string): number | null {
  let first: number | null = null;
  for (const match of text.matchAll(TITLE_IN_TEXT)) {
    if (!isListTitle(match[0])) continue;
    if (isFullListTitle(match[0])) return match.index;
    first ??= match.index;
  }
  return first;
}

/**
 * The list title a text opens with, before a colon ("Ingredients: Water, …", "INCI: …"), or
 * null. Only the part before the first colon is read.
 */
export function openingListTitle(text: string): string | null {
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > MAX_TITLE_LENGTH) return null;
  const head = text.slice(0, colon);
  if (head.includes('\n')) return null;
  return isListTitle(head) ? head.trim() : null;
}
