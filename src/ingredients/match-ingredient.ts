import type { LabelItem } from './label-items';
import {
  CLAIM_KEYS,
  MAYBE_PHARMACOPOEIA_MARK,
  PHARMACOPOEIA_MARK,
  STEREO_PREFIXES,
  TRADE_WORDS,
} from './label-words';
import type { KnownMember, NameIndex, NameMatch } from './name-index';
import { nameKey } from './name-key';

export interface IngredientMatch {
  member: KnownMember;
  /** The part of the printed name that matched ("Retinol" in "Retinol Complex (Water, Retinol)"). */
  printed: string;
  /** A bracket claims it exfoliates: "Citric Acid (AHA)". */
  claimed: boolean;
}

// Words that make one name of a slash ("Lactic Acid/Glycolic Acid Copolymer",
// "Caprylic/Capric Triglyceride") rather than alternatives ("Cera Alba/Beeswax").
const ONE_NAME_WITH_SLASH =
  /(?:polymer|ferment|filtrate|lysate|glyceride|glycerides|caprate|sulfonate|esters?)$/i;
// Descriptions that do not change what the ingredient is ("Encapsulated Retinol", "Organic Lactic Acid").
const MODIFIER =
  /^(?:organic|natural|encapsulated|micro ?encapsulated|pure|stabili[sz]ed|liposomal|nano|pro|vegan|plant derived|synthetic)\s+/;

// "Lactic Acid3", "Retinol1": a footnote number glued to the end of a name.
const GLUED_FOOTNOTE = /(?<=[a-z]{2})\d{1,2}$/;
// Copied tables glue a column word to the name: "AdapaleneActive", "ADAPALENEActive",
// "Skin ConditioningGlycerin", "EmulsifyingRetinol". Both sides are words of four letters or more,
// so a name inside a longer word ("aRetinol", "Retinolate") is never one.
const MAX_GLUED_LENGTH = 120;
// A lower-case letter before a capital and more lower case ("ConditioningGlycerin"), or capitals
// before a capitalised word ("ADAPALENEActive").
const MAYBE_GLUED = /[a-z][A-Z][a-z]|[A-Z]{2}[a-z]{3}/;
const MAYBE_GLUED_BASE = new RegExp(`${MAYBE_GLUED.source}|${MAYBE_PHARMACOPOEIA_MARK.source}`);
const UPPER = /[A-Z]/;
const STEREO_START = new RegExp(`^(?:${[...STEREO_PREFIXES, 'vitamins'].join('|')}) `);
const TRADE_LIST = [...TRADE_WORDS];
// The last letters of the trade words: a name ending otherwise has none.
const TRADE_ENDS = new Set(TRADE_LIST.map((w) => w.charCodeAt(w.length - 1)));

/** Whether any reading of `gluedMatch` may apply: a few character tests, no allocation for most names. */
function mayBeGlued(base: string, baseKey: string): boolean {
  const last = baseKey.charCodeAt(baseKey.length - 1);
  if (isDigitCode(last) || (TRADE_ENDS.has(last) && tradeWordAtEnd(baseKey) > 0)) return true;
  const second = baseKey.charCodeAt(1);
  // Stereo prefixes are one to eight letters before a space ("l ", "dl ", "vitamins ").
  if (
    (second === 32 || baseKey.charCodeAt(2) === 32 || baseKey.indexOf(' ') <= 8) &&
    STEREO_START.test(baseKey)
  ) {
    return true;
  }
  return UPPER.test(base) && MAYBE_GLUED_BASE.test(base);
}
const GLUED_WORDS = /(?<=[A-Za-z][a-z]{3})(?=[A-Z][a-z]{3})|(?<=[A-Z]{4})(?=[A-Z][a-z]{3})/;
const STEREO = new RegExp(`^(?:${STEREO_PREFIXES.map((p) => p.replace(/ /g, ' ')).join('|')}) (?=\\S+ )`);

/**
 * What a name is that the label printed with something stuck to it, tried only when the name
 * as printed matched nothing: a pharmacopoeia mark ("Tretinoin BP"), footnote digits, trade words after it ("Retinol Pure tm", "Lactic
 * Acid Complex"), a stereo prefix ("L-Mandelic Acid"), a plural ("Vitamins A"), and a table
 * column glued on either side.
 */
function gluedMatch(base: string, baseKey: string, index: NameIndex): NameMatch | undefined {
  // One cheap look first: most names that matched nothing are simply names the data does not list.
  if (!mayBeGlued(base, baseKey)) return undefined;
  if (MAYBE_PHARMACOPOEIA_MARK.test(base)) {
    const unmarked = base.replace(PHARMACOPOEIA_MARK, ' ').trim();
    const found = unmarked !== base ? index.exact(nameKey(unmarked)) : undefined;
    if (found) return found;
  }
  let key = baseKey;
  if (isDigitCode(key.charCodeAt(key.length - 1))) {
    key = key.replace(GLUED_FOOTNOTE, '');
    const found = key !== baseKey ? index.exact(key) : undefined;
    if (found) return found;
  }
  for (let space = key.lastIndexOf(' '); space > 0 && TRADE_WORDS.has(key.slice(space + 1));) {
    key = key.slice(0, space);
    const found = index.exact(key);
    if (found) return found;
    space = key.lastIndexOf(' ');
  }
  if (key.charCodeAt(1) === 32 || key.charCodeAt(2) === 32) {
    const unprefixed = key.replace(STEREO, '');
    const found = unprefixed !== key ? index.exact(unprefixed) : undefined;
    if (found) return found;
  }
  if (key.startsWith('vitamins ')) {
    const found = index.exact(key.replace('vitamins ', 'vitamin '));
    if (found) return found;
  }
  if (base.length <= MAX_GLUED_LENGTH && MAYBE_GLUED.test(base)) {
    const pieces = base.split(GLUED_WORDS);
    // One column glued to a name makes two pieces, or three with a role after it.
    if (pieces.length > 1 && pieces.length <= 3) {
      for (let i = 1; i < pieces.length; i++) {
        const found =
          index.exact(nameKey(pieces.slice(i).join(''))) ?? index.exact(nameKey(pieces.slice(0, i).join('')));
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The length of a trade word ending the key after a space ("retinol pure tm"), or 0. */
function tradeWordAtEnd(key: string): number {
  for (const word of TRADE_LIST) {
    if (
      key.length > word.length + 1 &&
      key.endsWith(word) &&
      key.charCodeAt(key.length - word.length - 1) === 32
    ) {
      return word.length;
    }
  }
  return 0;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function decided(match: NameMatch | undefined): match is NameMatch {
  return match !== undefined;
}

function memberOf(match: NameMatch, printed: string, claimed: boolean): IngredientMatch | null {
  return match.kind === 'member' ? { member: match.member, printed, claimed } : null;
}

/**
 * What one printed ingredient is, by whole names only: the full name, the name outside brackets,
 * its slash alternatives, then names in its brackets. A known look-alike stops the search, so
 * "Beta-Carotene (Vitamin A)" is not a retinoid.
 */
export function matchIngredient(item: LabelItem, baseKey: string, index: NameIndex): IngredientMatch | null {
  const claims = item.brackets.length ? item.brackets.filter((b) => CLAIM_KEYS.has(nameKey(b))) : [];
  const claimed = claims.length > 0;
  if (item.name !== item.base) {
    const full = index.lookup(nameKey(item.name));
    if (decided(full)) return memberOf(full, item.name, claimed);
  }
  const base = index.lookup(baseKey);
  // Without bracket groups the base is the name less any stray bracket: report the name as printed.
  if (decided(base)) return memberOf(base, item.brackets.length ? item.base : item.name, claimed);

  if (item.base.includes('/') && !ONE_NAME_WITH_SLASH.test(baseKey)) {
    let lookAlike = false;
    for (const side of item.base.split('/')) {
      const match = index.lookup(nameKey(side));
      if (match?.kind === 'member') return { member: match.member, printed: side.trim(), claimed };
      if (match) lookAlike = true;
    }
    if (lookAlike) return null;
  }
  // "Glycerin and Retinol": a prose-style end of a list, one item with two names.
  if (/ (?:and|&) /i.test(item.base)) {
    for (const side of item.base.split(/ (?:and|&) /i)) {
      const match = index.lookup(nameKey(side));
      if (match?.kind === 'member') return { member: match.member, printed: side.trim(), claimed };
    }
  }
  const plain = baseKey.replace(MODIFIER, '');
  if (plain !== baseKey) {
    const match = index.lookup(plain);
    if (decided(match)) return memberOf(match, item.base, claimed);
  }
  for (const bracket of item.brackets) {
    if (claims.includes(bracket)) continue;
    for (const sub of bracket.split(/[,/;]|\(and\)/)) {
      const match = index.lookup(nameKey(sub));
      if (match?.kind === 'member') return { member: match.member, printed: sub.trim(), claimed };
    }
  }
  // As printed, so that the page's own text can be marked ("Lactic Acid3", "EmulsifyingRetinol").
  const glued = gluedMatch(item.base, baseKey, index);
  if (decided(glued)) return memberOf(glued, item.name, claimed);
  // "Agapalene USP 0.1%": a slip in a medicine's name where the label states a strength or an active.
  if (item.percent !== null || ('role' in item && item.role === 'active')) {
    const member = index.drugSlip(nameKey(item.base.replace(PHARMACOPOEIA_MARK, ' ').trim()));
    if (member) return { member, printed: item.name, claimed };
  }
  return null;
}
