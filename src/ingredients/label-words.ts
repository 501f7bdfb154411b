import words from '../../ingredients/label-words.json';
import { nameKey } from './name-key';

/** Escapes a phrase for use inside a regular expression; spaces match any run of spaces. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
}

/** Longest first, so "Inactive Ingredients" wins over "Ingredients". */
function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

export type HeaderKind = 'list' | 'active' | 'inactive' | 'may-contain' | 'skip';

const HEADER_GROUPS: readonly (readonly [HeaderKind, readonly string[]])[] = [
  ['list', words.listHeaders],
  ['active', words.activeHeaders],
  ['inactive', words.inactiveHeaders],
  ['may-contain', words.mayContainHeaders],
  ['skip', words.skipHeaders],
];

const headerKinds = new Map<string, HeaderKind>();
for (const [kind, phrases] of HEADER_GROUPS) {
  for (const phrase of phrases) headerKinds.set(phrase.toLowerCase().replace(/\s+/g, ' '), kind);
}

/** The kind of a header phrase as matched in the text, or undefined for an unknown phrase. */
export function headerKind(phrase: string): HeaderKind | undefined {
  return headerKinds.get(phrase.toLowerCase().replace(/\s+/g, ' '));
}

export const HEADER_ALTERNATION = alternation(HEADER_GROUPS.flatMap(([, phrases]) => phrases));

export const MAY_CONTAIN_ALTERNATION = alternation(words.mayContainHeaders);

export const EXCLUSION_ALTERNATION = alternation(words.exclusionPhrases);

/**
 * The first words of the exclusion phrases ("free", "formulated", "sans", "zonder", "без"), in
 * every language of the data: the cheap first tests before the full exclusion patterns run, so a
 * phrase added to the data needs no second list.
 */
export const EXCLUSION_FIRST_WORDS: readonly string[] = [
  ...new Set(words.exclusionPhrases.map((phrase) => phrase.trim().split(/\s+/)[0]?.toLowerCase() ?? '')),
].filter(Boolean);

/** An alternation of the exclusion phrases' first words, for such a first test. */
export const EXCLUSION_FIRST_ALTERNATION = alternation(EXCLUSION_FIRST_WORDS);

export const PROSE_WORDS: ReadonlySet<string> = new Set(words.proseWords.map((w) => w.toLowerCase()));
export const WEAK_PROSE_WORDS: ReadonlySet<string> = new Set(words.weakProseWords);
export const LEGEND_WORDS: readonly string[] = words.legendWords.map((w) => w.toLowerCase());
/** Words in brackets after a name that claim it is there to exfoliate: "Citric Acid (AHA)". */
export const CLAIM_KEYS: ReadonlySet<string> = new Set(words.claimWords.map(nameKey));
