/**
 * What the parser and the engine must satisfy, written as plain functions that throw on a
 * violation, so fast-check reports the failing label and shrinks it.
 */
import {
  analyzeLabel,
  defaultEngine,
  type Finding,
  type LabelAnalysis,
} from '../../src/ingredients/analyze-label';
import { FAMILY_IDS, LEVELS, type ProductType } from '../../src/ingredients/family-schema';
import { cleanLabelText } from '../../src/ingredients/label-text';
import { listFacts } from '../../src/ingredients/list-position';
import { nameKey } from '../../src/ingredients/name-key';
import { type ParsedIngredient, type ParsedLabel, parseLabel } from '../../src/ingredients/parse-label';
import { noteText, reasonText } from '../../src/i18n/core-text';
import { tableWording } from '../../src/i18n/messages';
import { messagesOf } from '../setup/i18n';

const FAMILIES: ReadonlySet<string> = new Set(FAMILY_IDS);
const LEVEL_SET: ReadonlySet<string> = new Set(LEVELS);
const ROLES: ReadonlySet<string> = new Set(['active', 'inactive', 'ingredient']);
const ENGLISH = tableWording(messagesOf('en'), 'en');

/** Words for a code: present, and with every placeholder filled. */
const worded = (text: string): boolean => /\S/.test(text) && !/\$[A-Z_]+\$/.test(text);

export function check(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

export function checkEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, () => `${what}\n  expected: ${e}\n  actual:   ${a}`);
}

/** Ingredient names of every part, in order. */
export function namesOf(parsed: ParsedLabel): string[] {
  return parsed.parts.flatMap((p) => p.ingredients.map((i) => i.name));
}

/** The parse `analyzeLabel` works from: with the data's split-name rule. */
export function engineParse(text: string): ParsedLabel {
  return parseLabel(text, { isSplitName: defaultEngine().index.isSplitName });
}

export function analyze(text: string, productType?: ProductType): LabelAnalysis {
  return analyzeLabel(text, productType ? { productType } : {});
}

/**
 * Text folded for "occurs in": the label's own clean-up (invisible characters, NFKC), then case
 * per code point (context-free, so a substring folds to a substring) and no whitespace at all.
 */
export function fold(text: string): string {
  return [...cleanLabelText(text)]
    .map((c) => c.toLowerCase())
    .join('')
    .replace(/\s+/g, '');
}

/** Positions 1..n in every part, known roles, names with text, Drug Facts actives first. */
export function checkParsed(parsed: ParsedLabel): void {
  for (const part of parsed.parts) {
    check(part.ingredients.length > 0, () => 'a part with no ingredients');
    checkEqual(
      part.ingredients.map((i) => i.position),
      part.ingredients.map((_, i) => i + 1),
      `positions of part ${JSON.stringify(part.title)}`,
    );
    for (const ingredient of part.ingredients) {
      check(ingredient.name.trim() !== '', () => 'an ingredient with an empty name');
      check(
        ingredient.name === ingredient.name.trim(),
        () => `ingredient name ${JSON.stringify(ingredient.name)} has space at an end`,
      );
      check(ROLES.has(ingredient.role), () => `unknown role ${ingredient.role}`);
      check(
        ingredient.percent === null || Number.isFinite(ingredient.percent),
        () => `percent ${ingredient.percent} of ${ingredient.name}`,
      );
    }
    const firstOther = part.ingredients.findIndex((i) => i.role !== 'active');
    check(
      firstOther < 0 || part.ingredients.slice(firstOther).every((i) => i.role !== 'active'),
      () => 'an active ingredient after an inactive one',
    );
  }
}

/**
 * The analysis is the parser's parts, and every finding is a known family and level, at a real
 * position, read from the ingredient there (its name, base, a slash side or a bracket).
 */
export function checkAnalysis(analysis: LabelAnalysis, parsed: ParsedLabel): void {
  checkEqual(
    analysis.parts,
    parsed.parts.map((p) => ({ title: p.title, ingredients: p.ingredients.map((i) => i.name) })),
    'analysis parts are the parse',
  );
  checkEqual(analysis.ingredients, namesOf(parsed), 'analysis ingredients are the parse');
  const titled = parsed.parts.length > 1;
  for (const finding of analysis.findings) {
    const about = (): string => JSON.stringify(finding);
    check(finding.position >= 0, () => `a negative position in ${about()}`);
    check(FAMILIES.has(finding.family), () => `unknown family in ${about()}`);
    check(LEVEL_SET.has(finding.level), () => `unknown level in ${about()}`);
    check(typeof finding.trace === 'boolean', () => `trace not a boolean in ${about()}`);
    check(worded(reasonText(ENGLISH, finding.reason)), () => `a reason without words in ${about()}`);
    check(
      finding.reason.code !== 'family' || finding.reason.family === finding.family,
      () => `another family's reason in ${about()}`,
    );
    check(
      finding.note === null || worded(noteText(ENGLISH, finding.note)),
      () => `a note without words in ${about()}`,
    );
    check(/\S/.test(finding.canonical), () => `empty canonical name in ${about()}`);
    check(/\S/.test(finding.name), () => `empty name in ${about()}`);
    check(titled || finding.part === null, () => `a part name without a kit in ${about()}`);
    // Stated in words outside the list (a composition sentence, a brand, a blurb): the names check
    // below holds it to the text instead.
    if (finding.position === 0) continue;
    const there = parsed.parts
      .filter((p) => !titled || p.title === finding.part)
      .map((p) => p.ingredients[finding.position - 1])
      .filter((i): i is ParsedIngredient => i !== undefined && i.role === finding.role);
    const name = fold(finding.name);
    check(
      there.some((i) => fold(i.name).includes(name) || fold(i.base).includes(name)),
      () => `${about()} is not the ingredient at its position`,
    );
  }
  if (!titled) {
    const members = analysis.findings.map((f) => `${f.family}:${f.canonical}`);
    check(new Set(members).size === members.length, () => `a member found twice: ${members.join(', ')}`);
  }
}

/** Property 1 (structure): parse and analysis of any text are well formed. */
export function checkWellFormed(text: string, productType?: ProductType): LabelAnalysis {
  checkParsed(parseLabel(text));
  const parsed = engineParse(text);
  checkParsed(parsed);
  const analysis = analyze(text, productType);
  checkAnalysis(analysis, parsed);
  return analysis;
}

/**
 * Property 1 (names): every finding's name, as the popup shows it and the page highlighter looks
 * for it, is printed in the text: case-insensitively, modulo whitespace and the label's own
 * clean-up of invisible characters and compatibility forms, and modulo the separators between the
 * words of a name a stray comma or dot split in two ("Retinyl, Palmitate"; the highlighter allows
 * the same), and modulo what a label prints around or inside a name that is not part of it:
 * footnote marks, brackets, control characters and strengths ("R¹etinol 2%").
 */
export function checkNamesInText(text: string, analysis: LabelAnalysis): void {
  const loose = (s: string): string =>
    fold(s.replace(/\d+(?:[.,]\d+)?\s*%/g, ' '))
      .replace(/[\s,.;*†‡§¶^°⁰¹²³⁴-⁹()[\]{}]+/g, '')
      .replace(/\p{Cc}+/gu, '');
  const folded = loose(text);
  for (const finding of analysis.findings) {
    check(
      folded.includes(loose(finding.name)),
      () => `finding ${JSON.stringify(finding.name)} (${finding.family}) is not in the text`,
    );
  }
}

/** The (family, trace) pairs of an analysis, as sorted unique keys. */
export function familyTraceSet(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.family}${f.trace ? ' (trace)' : ''}`))].sort();
}

/** Whether each part's list reads as alphabetical (which turns off every position rule). */
export function alphabeticalParts(text: string): boolean[] {
  const { index } = defaultEngine();
  return engineParse(text).parts.map((part) => {
    const keys = part.ingredients.map((i) => nameKey(i.base));
    return listFacts(part.ingredients, keys, index).alphabetical;
  });
}

/** How much to scale every property's run count: FUZZ_SCALE=10 for a long local run. */
export function runs(n: number): number {
  const scale = Number(process.env.FUZZ_SCALE ?? '1');
  return Math.max(1, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** A test's time limit, scaled with its run counts. */
export const FUZZ_TIMEOUT = runs(60_000);

/** FUZZ_SEED replays a failure; otherwise fast-check picks a seed and prints it on failure. */
/**
 * The seed: fixed by default, so `npm test` (and CI) check the same 100,000+ labels every time
 * and a red run is a real regression, not luck; `FUZZ_SEED=n` replays one seed and
 * `FUZZ_RANDOM=1` explores new ones (fast-check prints the seed of any failure).
 */
const DEFAULT_SEED = 20261125;

export function seed(): { seed?: number } {
  if (process.env.FUZZ_RANDOM) return {};
  const value = process.env.FUZZ_SEED;
  return { seed: value ? Number(value) : DEFAULT_SEED };
}
