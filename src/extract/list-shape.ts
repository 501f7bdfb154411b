import { EXCLUSION_ALTERNATION, PROSE_WORDS, WEAK_PROSE_WORDS } from '../ingredients/label-words';
import { isFullListTitle, titleKind } from './label-titles';

/**
 * How much a piece of page text reads like an ingredient list, and which of several candidate
 * texts is the list: the shops put key-ingredient blurbs, "formulated without" claims and
 * disclaimers in the same element as the list, and print highlights lists beside the full one.
 * Plain text in, plain values out; the words come from `ingredients/label-words.json`.
 */

/** Items of a text: what its commas, semicolons, bullets and lines separate. */
const ITEM_BREAK = /[,;、\n•·]|\s\|\s/;
const WORD = /[\p{L}\p{N}'’]+/gu;
const LEADING_AND = /^\s*(?:and|&|[-–—*]+)\s+/i;
// A long INCI name is a few words; slashes join alternative names into one ("Water/Aqua/Eau").
const MAX_NAME_WORDS = 6;
const MAX_SLASHED_WORDS = 12;
// "Head: body" at the start of a line: a kit part ("Cleanser: Water, …") or a blurb
// ("Niacinamide: Refines the look of pores.").
const HEADED_LINE = /^\s*[-–—•*]?\s*([^:：\n]{2,60})[:：]\s*(\S.*)$/u;
const EXCLUSION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${EXCLUSION_ALTERNATION})(?![\\p{L}\\p{N}])`, 'iu');
const LOWER_START = /^\p{Ll}/u;
const LETTER = /\p{L}/u;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
// The first clause of a paragraph, where "Formulated without:", "Free from …" or "Clean at
// Sephora products are formulated without …" say what the product does not hold.
const FIRST_CLAUSE = /^[^,:：\n]{0,120}/;

/**
 * The part of a line after a title that heads list items ("Ingredients:", "Inactive ingredients:",
 * "May contain:"), or the whole line.
 */
function afterListTitle(line: string): string {
  const colon = line.search(/[:：]/);
  if (colon < 1 || colon > 60) return line;
  const kind = titleKind(line.slice(0, colon));
  return kind !== null && kind !== 'skip' ? line.slice(colon + 1) : line;
}

/** Whether one item reads as a sentence or a claim rather than an ingredient name. */
function isProseItem(item: string): boolean {
  const text = item.replace(LEADING_AND, '').replace(/\(and\)/gi, ' ');
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return false;
  if (words.length > (text.includes('/') ? MAX_SLASHED_WORDS : MAX_NAME_WORDS)) return true;
  if (words.some((w) => PROSE_WORDS.has(w))) return true;
  const weak = words.filter((w) => WEAK_PROSE_WORDS.has(w)).length;
  return weak >= 2 || (/\.\s*$/.test(text) && words.length >= 4 && weak >= 1);
}

/**
 * Whether a "Head: body" line is a key-ingredient blurb ("Kombucha Tea Extract: Rich in
 * antioxidants, … detoxifies, brightens, and hydrates skin.") rather than a kit part or a list:
 * its first item after the colon reads as prose, or it goes on in lower-case phrases.
 */
function isBlurbLine(line: string): boolean {
  const match = HEADED_LINE.exec(line);
  if (!match) return false;
  const [, head = '', body = ''] = match;
  if (titleKind(head) !== null && titleKind(head) !== 'skip') return false;
  const items = body
    .split(ITEM_BREAK)
    .map((i) => i.replace(LEADING_AND, '').trim())
    .filter(Boolean);
  const [first = '', ...rest] = items;
  if (isProseItem(first)) return true;
  const lower = rest.filter((item) => LOWER_START.test(item)).length;
  return UPPER_START.test(first) && rest.length >= 2 && lower * 2 >= rest.length;
}

export interface ListShape {
  /** Items that read as ingredient names. */
  names: number;
  /** Items that read as sentences, claims or blurbs. */
  prose: number;
}

/** Counts the name-like and prose-like items of a text; a blurb line counts as one prose item. */
export function listShape(text: string): ListShape {
  let names = 0;
  let prose = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (isBlurbLine(line)) {
      prose++;
      continue;
    }
    for (const raw of afterListTitle(line).split(ITEM_BREAK)) {
      const item = raw.trim();
      // A sign alone ("+", the open mark beside an accordion title) or a number is no name.
      if (!LETTER.test(item) || titleKind(item) !== null) continue;
      if (isProseItem(item)) prose++;
      else names++;
    }
  }
  return { names, prose };
}

const MIN_LIST_NAMES = 3;

/** Whether a text reads as an ingredient list: a few names, and at least three names to a prose item. */
export function isListLike(shape: ListShape): boolean {
  return shape.names >= MIN_LIST_NAMES && shape.names >= 3 * shape.prose;
}

/**
 * Whether a paragraph beside a list is something else: a "formulated without" or "free from"
 * claim, a highlights or directions block under its own title, key-ingredient blurbs, or prose
 * (the "ingredients may change" notice).
 */
function isAside(paragraph: string): boolean {
  const text = paragraph.trim();
  const titled = titleKind(text) ?? titleKind(/^[^:：\n]{1,60}(?=[:：])/.exec(text)?.[0] ?? '');
  if (titled !== null && titled !== 'skip') return false;
  if (EXCLUSION.test(FIRST_CLAUSE.exec(text)?.[0] ?? '')) return true;
  const firstLine = text.split('\n')[0] ?? '';
  const lead = /^[^:：\n]{1,60}(?=[:：]|$)/.exec(firstLine)?.[0] ?? '';
  if (lead && titleKind(lead) === 'skip') return true;
  const lines = text.split('\n').filter((line) => line.trim());
  if (lines.length > 0 && lines.every(isBlurbLine)) return true;
  const shape = listShape(text);
  return shape.prose > 0 && shape.prose >= shape.names;
}

/**
 * The list part of a text that holds more than the list in paragraphs of its own (blank lines,
 * `<br><br>` on the page): the paragraphs that are asides are dropped, as long as a list-like
 * paragraph remains. Text without paragraphs, or where nothing would remain, is returned whole.
 */
export function listPart(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  if (paragraphs.length < 2) return text;
  const kept = paragraphs.filter((p) => !isAside(p));
  if (kept.length === paragraphs.length || !kept.some((p) => isListLike(listShape(p)))) return text;
  return kept.map((p) => p.trim()).join('\n\n');
}

export interface ListCandidate {
  text: string;
  /** The title printed over it, where there is one ("Full Ingredients List", "Inhaltsstoffe"). */
  title?: string | null;
}

/**
 * The full ingredient list among several candidates on a page (a highlights list, marketing
 * bullets under "Inhaltsstoffe", the INCI list under "Full ingredients"): one that reads as a list
 * first, then one whose title says it is the full list, then the one with more names. The first
 * of equals wins, so page order decides a tie.
 */
export function bestList<T extends ListCandidate>(candidates: readonly T[]): T | null {
  let best: T | null = null;
  let bestRank: readonly number[] = [];
  for (const candidate of candidates) {
    const shape = listShape(listPart(candidate.text));
    const rank = [
      isListLike(shape) ? 1 : 0,
      candidate.title && isFullListTitle(candidate.title) ? 1 : 0,
      shape.names,
    ];
    if (!best || isGreater(rank, bestRank)) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
