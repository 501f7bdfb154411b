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

/** The header phrases of the data by what they head; the engine's sections and the shops' titles both read these. */
export const HEADER_GROUPS: readonly (readonly [HeaderKind, readonly string[]])[] = [
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

const notContent = new Set(words.notContentHeaders.map((h) => h.toLowerCase().replace(/\s+/g, ' ')));
/** Whether a skipped block's header says it names what the product lacks or how to use it (warnings, "Free from"). */
export function isNotContentHeader(phrase: string): boolean {
  return notContent.has(phrase.toLowerCase().replace(/\s+/g, ' '));
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

/** Words of the exclusion phrases, for telling a sentence that names what a product lacks. */
export const EXCLUSION_WORDS: readonly string[] = words.exclusionPhrases;
/** Words that make a sentence a comparison, an exclusion or advice rather than a statement of contents. */
export const MENTION_STOP_WORDS: readonly string[] = words.mentionStopWords;
/** Words after a drug brand that make it the medicine ("Differin Gel"). */
export const DOSAGE_FORMS: readonly string[] = words.dosageForms;
/** Trade words after a name that do not change what it is ("Retinol Pure tm", "Lactic Acid Complex"). */
export const TRADE_WORDS: ReadonlySet<string> = new Set(words.tradeWords.map(nameKey));
/** Stereo prefixes printed before an acid's name ("L-Mandelic Acid", "DL-Malic Acid"). */
export const STEREO_PREFIXES: readonly string[] = words.stereoPrefixes.map(nameKey);

/** A cheap look before `PHARMACOPOEIA_MARK`: the capitals every mark has ("USP", "BP", "Ph. Eur.", "JP"). */
export const MAYBE_PHARMACOPOEIA_MARK = /[A-Z]P\b|[IEJK]P|NF|ChP|DAB|Ph\b/;

/** Pharmacopoeia marks printed after a drug name ("Adapalene USP", "Tretinoin BP"), as printed (case matters: "ip" is no mark). */
export const PHARMACOPOEIA_MARK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...words.pharmacopoeiaMarks]
    .sort((a, b) => b.length - a.length)
    .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
