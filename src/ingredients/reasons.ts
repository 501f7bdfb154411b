import type { FamilyId } from './family-schema';

/**
 * Why a finding matters, or why it is only a trace, as a code with its parameters: the engine
 * returns no sentences. The UI words each code through `_locales`, the CLI through the English
 * file (`src/i18n/core-text.ts`); the locale test checks that every code has its words in every
 * language.
 */

/**
 * What list position says about an ingredient's amount (`list-position.ts`):
 * - `after-line-*`: listed after `marker`, the first ≤ 1 % ingredient (a preservative, chelator,
 *   fragrance, colourant), so at most about 1 %: too little to matter (`trace`), part of the
 *   preservative system (`preservative`), or a pH adjuster (`ph`);
 * - `may-contain-*`: the same, listed among the colourants a product "may contain";
 * - `acid-group`: listed with `others` other exfoliating acids, so it is there to exfoliate;
 * - `preservative-partners`: listed with its preservative partners (gluconolactone);
 * - `end-with-buffer`: near the end with a buffering base or salt: a pH adjuster;
 * - `alphabetical-with-base`: an alphabetical list with a base in it: probably a pH adjuster;
 * - `alphabetical-ph-adjuster`: almost always a pH adjuster, and the list is alphabetical;
 * - `next-to-base`: next to its salt or a base: a pH adjuster;
 * - `near-end`: near the end, where `ingredient` (citric acid) is a pH adjuster;
 * - `middle-of-list`: in the middle, usually a pH adjuster but it may exfoliate a little.
 */
/** Codes with the marker that draws the 1 % line (`marker`, as printed). */
export const LINE_REASON_CODES = ['after-line-trace', 'after-line-preservative', 'after-line-ph'] as const;
/** Codes without parameters. */
export const PLAIN_REASON_CODES = [
  'may-contain-trace',
  'may-contain-preservative',
  'may-contain-ph',
  'preservative-partners',
  'end-with-buffer',
  'alphabetical-with-base',
  'alphabetical-ph-adjuster',
  'next-to-base',
  'middle-of-list',
] as const;
/** Every list-position code: the list the locale test walks. */
export const LIST_REASON_CODES = [
  ...LINE_REASON_CODES,
  'acid-group',
  'near-end',
  ...PLAIN_REASON_CODES,
] as const;
export type ListReasonCode = (typeof LIST_REASON_CODES)[number];

export type ListReason =
  | { code: (typeof LINE_REASON_CODES)[number]; marker: string }
  | { code: 'acid-group'; others: number }
  | { code: 'near-end'; ingredient: string }
  | { code: (typeof PLAIN_REASON_CODES)[number] };

/** The family's own reason (why to avoid it on healing skin), or what list position says. */
export type Reason = { code: 'family'; family: FamilyId } | ListReason;

/**
 * A qualifier shown with a finding: a member's note from the data (`notes` of its family file,
 * by id), or, for a drug brand the label names, which flagged active the brand contains.
 */
export type Note = { code: 'member'; note: string } | { code: 'brand'; brand: string; member: string };
