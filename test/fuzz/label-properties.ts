import { DOSAGE_FORMS } from '../../src/ingredients/label-words';
/**
 * The relational properties (monotonicity, whole names, exclusions, case and spacing), as plain
 * functions over generated inputs that throw on a violation.
 */
import fc from 'fast-check';
import { defaultEngine, type Finding, type LabelAnalysis } from '../../src/ingredients/analyze-label';
import { RAW_FAMILIES } from '../../src/ingredients/family-data';
import type { PositionRule, ProductType } from '../../src/ingredients/family-schema';
import { nameKey } from '../../src/ingredients/name-key';
import {
  type Item,
  type LabelSpec,
  MEMBER_NAMES,
  type MemberName,
  filler,
  labelSpec,
  memberName,
  plainItem,
  renderItem,
} from './label-arbitraries';
import { alphabeticalParts, analyze, check, checkEqual, familyTraceSet } from './label-checks';

// --- property 3: unrelated fillers never remove a finding ----------------------------------------

export interface Insertion {
  where: 'front' | 'end';
  fillers: string[];
}

/** Labels for monotonicity: one list (plain or the inactive list of a Drug Facts panel). */
export const singleListLabel: fc.Arbitrary<LabelSpec> = labelSpec({
  wrappers: ['plain', 'plain', 'plain', 'drug-colon', 'drug-table', 'drug-flat'],
  maxItems: 14,
});

/**
 * The label with the fillers added: at the front of its (inactive) list, or after its last
 * ingredient (inside a "may contain" tail when the label ends with one), keeping every other
 * ingredient in its order.
 */
export function withFillers(spec: LabelSpec, { where, fillers }: Insertion): LabelSpec {
  const added = fillers.map(plainItem);
  const list = spec.list;
  if (where === 'front') return { ...spec, list: { ...list, items: [...added, ...list.items] } };
  if (list.tail)
    return { ...spec, list: { ...list, tail: { ...list.tail, items: [...list.tail.items, ...fillers] } } };
  return { ...spec, list: { ...list, items: [...list.items, ...added] } };
}

function printedNames(spec: LabelSpec): string[] {
  const items: Item[] = spec.list.items;
  return [
    ...items.flatMap((i) => [i.name, ...i.name.split(' '), ...(i.blendWith === null ? [] : [i.blendWith])]),
    ...(spec.list.tail?.items ?? []),
    ...spec.actives.map((a) => a.name),
  ];
}

/**
 * When an insertion is "unrelated": besides being fillers (no member, look-alike, 1 % marker,
 * buffer or preservative partner, nor the last word of a known name: checked against the engine
 * in monotonicity.test.ts), it joins no neighbour into one name by the stray-comma rule, is not
 * glued to a neighbour by a digit comma, and does not change whether any part reads as
 * alphabetical (an alphabetical list switches the position rules off, so that flag flipping
 * either way changes trace verdicts by design).
 */
export function isUnrelated(spec: LabelSpec, insertion: Insertion, before: string, after: string): boolean {
  const { isSplitName } = defaultEngine().index;
  const names = printedNames(spec);
  const joins = insertion.fillers.some((f) => names.some((n) => isSplitName(f, n) || isSplitName(n, f)));
  return (
    !joins &&
    !fusesByDigitComma(spec, insertion) &&
    !wrapsByLineCount(spec) &&
    sameAlphabetical(before, after)
  );
}

/**
 * One item per line with a stray comma inside ("Glycolic, Acid"): whether the lines are a wrapped
 * comma list or one name each depends on how many lines carry commas, so adding a line can change
 * the reading. The text itself is ambiguous; such labels are left out (known gap, session note).
 */
function wrapsByLineCount(spec: LabelSpec): boolean {
  return spec.list.separator.includes('\n') && spec.list.items.some((item) => item.strayComma);
}

// Where the parser may cut a list: fewer pieces than ALPHABETICAL_MIN_SIZE (8) in list-position.ts
// cannot read as alphabetical, which spares parsing twice more on most labels.
const CUTS = /[,;•·、|，\n]| - | and | & |\(and\)|\. /i;

function sameAlphabetical(before: string, after: string): boolean {
  if (before.split(CUTS).length < 8 && after.split(CUTS).length < 8) return true;
  return JSON.stringify(alphabeticalParts(before)) === JSON.stringify(alphabeticalParts(after));
}

/**
 * In a list printed with bare commas, a comma between two digits is part of a name
 * ("1,2-Hexanediol", "Retinol 0,3 %"), so "Palmitoyl Tripeptide-1,1,2-Hexanediol" is one item: a
 * filler printed that way next to such a name is glued to it, which is the text's ambiguity.
 */
function fusesByDigitComma(spec: LabelSpec, { where, fillers }: Insertion): boolean {
  if (spec.list.separator.normalize('NFKC').trim() !== ',') return false;
  const first = spec.list.items[0];
  const last = spec.list.items.at(-1);
  const run =
    where === 'front'
      ? [...fillers, ...(first ? [renderItem(first)] : [])]
      : spec.list.tail
        ? []
        : [...(last ? [renderItem(last)] : []), ...fillers];
  return run.some((text, i) => i > 0 && /\d$/.test(run[i - 1] ?? '') && /^\d/.test(text));
}

const RULES = new Map(MEMBER_NAMES.map((m) => [`${m.family}|${m.canonical}`, m.position]));
/** The rules that read a place in the list (position ≤ 5, the last third): see list-position.ts. */
const PLACE_RULES: ReadonlySet<PositionRule> = new Set(['ph-adjuster', 'ph-adjuster-unless-high']);

/**
 * Property 3. For a label L and unrelated fillers F (see `isUnrelated`), let L' be L with F added
 * and every other ingredient kept in its order.
 * - F appended after the last ingredient: every non-trace finding of L is a non-trace finding of
 *   L' with the same member, name, position, role and level.
 * - F inserted at the front of the (inactive) list, so before every 1 % marker: every non-trace
 *   finding of L is a finding of L' of the same member at its position shifted by |F| (Drug Facts
 *   actives keep theirs), and still non-trace with the same name and level, except for a member
 *   whose rule reads its place in the list (`ph-adjuster`, `ph-adjuster-unless-high`: "within
 *   the first five", "in the last third next to a buffer"), which more ingredients above it may
 *   turn into a trace by design. The 1 % line, buffers, preservative partners, acid runs and
 *   first-occurrence order all move with it, so nothing else may change.
 */
export function checkFindingsKept(before: LabelAnalysis, after: LabelAnalysis, insertion: Insertion): void {
  const k = insertion.where === 'front' ? insertion.fillers.length : 0;
  const shifted = (f: Finding): number => (f.role === 'active' ? f.position : f.position + k);
  for (const b of before.findings) {
    // Stated in words outside a list (position 0): fillers that turn a blurb into a list may let the
    // list win over the blurb by design, so those are not held to the list's order.
    if (b.trace || b.position === 0) continue;
    const same = after.findings.find(
      (a) =>
        a.family === b.family &&
        a.canonical === b.canonical &&
        a.position === shifted(b) &&
        a.role === b.role &&
        a.part === b.part,
    );
    check(
      same !== undefined,
      () =>
        `${b.family}:${b.name} at ${b.position} is not at ${shifted(b)} any more; after: ${JSON.stringify(after.findings)}`,
    );
    const rule = RULES.get(`${b.family}|${b.canonical}`) ?? 'never-trace';
    if (insertion.where === 'front' && PLACE_RULES.has(rule)) continue;
    checkEqual(
      { name: same.name, trace: same.trace, level: same.level },
      { name: b.name, trace: false, level: b.level },
      `${b.family}:${b.name} changed`,
    );
  }
}

// --- property 4: whole names only; exclusions name nothing ----------------------------------------

const LATIN_AFFIX = 'abcdefghijklmnopqrstuvwxyz'.split('');
const HANGUL_AFFIX = ['크', '림', '젤', '수', '산', '트', '레'];
const JAPANESE_AFFIX = ['ー', 'ン', '酸', '油', '液', 'ク', 'ル'];

function affixAlphabet(name: string): string[] {
  if (/\p{Script=Hangul}/u.test(name)) return HANGUL_AFFIX;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) return JAPANESE_AFFIX;
  return LATIN_AFFIX;
}

export interface Embedding {
  member: MemberName;
  prefix: string;
  suffix: string;
  /** The word: the member's name inside a longer word ("Retinolate", "xGlycolic Acids"). */
  word: string;
  fillersBefore: string[];
  fillersAfter: string[];
  separator: string;
  header: string;
}

const affix = (alphabet: string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

// Names that are one word-run: a slash, a bracket, a comma or an " and " would make a whole name of
// a part of the longer word ("Fragrance/Parfumaa" still names Fragrance).
const EMBEDDABLE = MEMBER_NAMES.filter(
  (m) => /^[\p{L}\p{N}][\p{L}\p{N}\p{M} '’.-]*$/u.test(m.printed) && !/ and /i.test(m.printed),
);

export const embedding: fc.Arbitrary<Embedding> = fc.constantFrom(...EMBEDDABLE).chain((member) => {
  const alphabet = affixAlphabet(member.printed);
  return fc
    .record({
      prefix: affix(alphabet, 3),
      suffix: affix(alphabet, 4),
      fillersBefore: fc.array(filler, { maxLength: 4 }),
      fillersAfter: fc.array(filler, { maxLength: 4 }),
      separator: fc.constantFrom(', ', '; ', ' • ', '、', '\n', ' - '),
      header: fc.constantFrom('', 'Ingredients: ', 'INCI: ', '전성분: '),
    })
    .filter((e) => e.prefix.length + e.suffix.length > 0)
    .map((e) => ({ ...e, member, word: `${e.prefix}${member.printed}${e.suffix}` }));
});

export function renderEmbedding(e: Embedding): string {
  return `${e.header}${[...e.fillersBefore, e.word, ...e.fillersAfter].join(e.separator)}`;
}

// Every key and pattern of every member, to tell a longer word from another spelling of it.
const MEMBER_KEYS = new Map<string, { keys: string[]; patterns: RegExp[] }>();
for (const family of RAW_FAMILIES) {
  for (const member of family.members) {
    MEMBER_KEYS.set(`${family.id}|${member.name}`, {
      keys: [member.name, ...(member.aliases ?? [])].map(nameKey),
      patterns: (member.patterns ?? []).map((p) => new RegExp(p, 'u')),
    });
  }
}

/** Optimal-string-alignment distance of at most one (any slip, however short the word). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  if (a.length === b.length) {
    return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  }
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

/**
 * Whether the longer word is really another word: not a spelling of the same member, not matched
 * by one of its patterns, and not one typing slip from any of its spellings (which the engine
 * reads as a misspelling of the member, on purpose).
 */
export function isOtherWord(e: Embedding): boolean {
  const known = MEMBER_KEYS.get(`${e.member.family}|${e.member.canonical}`);
  if (!known) return false;
  const key = nameKey(e.word);
  return (
    !known.keys.some((k) => k === key || withinOneEdit(k, key)) && !known.patterns.some((p) => p.test(key))
  );
}

/** Property 4a: a member's name inside a longer word is not that member. */
export function checkNoEmbeddedFinding(e: Embedding, analysis: LabelAnalysis): void {
  // A shorter name of the same member can still stand as whole words inside the longer word
  // ("Benzoyl Peroxide" in "Benzoyl Peroxide Hydrousaa"): read in words, that is a mention.
  const wholeWords = (name: string): boolean =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(e.word);
  const found = analysis.findings.filter(
    (f) =>
      f.family === e.member.family &&
      f.canonical === e.member.canonical &&
      // …or a medicine's name with its dosage form glued on, as Korean and Japanese print it
      // ("벤조일퍼옥사이드크림", benzoyl peroxide cream).
      !(
        f.position === 0 &&
        (wholeWords(f.name) || DOSAGE_FORMS.some((form) => e.word.includes(f.name + form)))
      ),
  );
  check(
    found.length === 0,
    () => `${JSON.stringify(e.word)} was read as ${e.member.canonical}: ${JSON.stringify(found)}`,
  );
}

const englishList = (names: readonly string[], and: string): string =>
  names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1) ?? ''}`;

/** Ways a label says what a product does not contain. */
export const EXCLUSION_TEMPLATES: readonly ((names: readonly string[]) => string)[] = [
  (n) => `Free from ${englishList(n, 'and')}.`,
  (n) => `Free of ${englishList(n, 'and')}.`,
  (n) => `Formulated without ${englishList(n, 'or')}.`,
  (n) => `Made without ${englishList(n, 'or')}.`,
  (n) => `Does not contain ${englishList(n, 'or')}.`,
  (n) => `Contains no ${englishList(n, 'or')}.`,
  (n) => `No added ${englishList(n, 'or')}.`,
  (n) => `We never use ${englishList(n, 'or')}.`,
  (n) => `Sans ${englishList(n, 'et')}.`,
  (n) => `Ohne ${englishList(n, 'und')}.`,
  (n) => `Sin ${englishList(n, 'y')}.`,
  (n) => `Libre de ${englishList(n, 'y')}.`,
  (n) => `${n.map((x) => `${x}-free`).join(', ')}.`,
  (n) => n.map((x) => `${x}-Free`).join(' • '),
  (n) => n.map((x) => `${x} Free`).join(', '),
  (n) => n.map((x) => `No ${x}`).join(', '),
  (n) => n.map((x) => `0% ${x}`).join(', '),
  (n) => `Free from: ${n.join(', ')}`,
  (n) => `Formulated without: ${n.join(', ')}.`,
  (n) => `Without: ${n.join(', ')}`,
  (n) => `무첨가: ${n.join(', ')}`,
  (n) => n.map((x) => `${x} 무첨가`).join(', '),
  (n) => `無添加：${n.join('、')}`,
];

export interface Exclusion {
  template: number;
  /** Each name, and whether it is printed with its data name in brackets ("Parfum (Fragrance)"). */
  names: [MemberName, boolean][];
  fillers: string[];
  context: number;
}

export const exclusion: fc.Arbitrary<Exclusion> = fc.record({
  template: fc.nat({ max: EXCLUSION_TEMPLATES.length - 1 }),
  names: fc.array(
    fc.tuple(
      memberName,
      fc.nat({ max: 3 }).map((n) => n === 0),
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  fillers: fc.array(filler, { minLength: 1, maxLength: 6 }),
  context: fc.nat({ max: 4 }),
});

export function renderExclusion(e: Exclusion): string {
  const names = e.names.map(([n, bracketed]) => (bracketed ? `${n.printed} (${n.canonical})` : n.printed));
  const clause = (EXCLUSION_TEMPLATES[e.template] ?? EXCLUSION_TEMPLATES[0])?.(names) ?? '';
  const list = e.fillers.join(', ');
  switch (e.context) {
    case 0:
      return clause;
    case 1:
      return `Ingredients: ${list}. ${clause}`;
    case 2:
      return `${list}\n\n${clause}`;
    case 3:
      return `${clause}\nIngredients: ${list}`;
    default:
      return `${list}. ${clause}`;
  }
}

/** Property 4b: the label's list holds fillers only, so any finding was read from the exclusion. */
export function checkNothingFound(text: string, analysis: LabelAnalysis): void {
  check(
    analysis.findings.length === 0,
    () => `found in ${JSON.stringify(text)}: ${JSON.stringify(analysis.findings)}`,
  );
}

// --- property 5: case and spacing ----------------------------------------------------------------

const HORIZONTAL_SPACE = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Every run of horizontal whitespace replaced by the next of `runs` (newlines stay). */
export function respace(text: string, runs: readonly string[]): string {
  let i = 0;
  return text.replace(HORIZONTAL_SPACE, () => runs[i++ % runs.length] ?? ' ');
}

export const spaceRuns: fc.Arbitrary<string[]> = fc.array(
  fc.constantFrom(' ', ' ', '  ', '   ', '\u00a0', '\u2003', '\u2009', ' \u00a0', '\u3000', '\t'),
  { minLength: 1, maxLength: 8 },
);

export function checkSameFamilies(
  text: string,
  variant: string,
  productType: ProductType | undefined,
  what: string,
): void {
  checkEqual(
    familyTraceSet(analyze(variant, productType).findings),
    familyTraceSet(analyze(text, productType).findings),
    `${what} changed the (family, trace) findings of ${JSON.stringify(text)} → ${JSON.stringify(variant)}`,
  );
}
