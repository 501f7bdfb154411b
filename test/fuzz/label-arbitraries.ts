/**
 * Generators for the property tests in this folder: ingredient names drawn from the shipped data
 * (members, aliases in every language, look-alikes), common INCI fillers, the separators, headers,
 * marks and wrappers that real labels print, and mutations that copied page text goes through.
 */
import fc from 'fast-check';
import { RAW_FAMILIES, RAW_LIST_POSITION } from '../../src/ingredients/family-data';
import {
  type FamilyId,
  type PositionRule,
  PRODUCT_TYPES,
  type ProductType,
} from '../../src/ingredients/family-schema';

/** One printed spelling of a family member. */
export interface MemberName {
  family: FamilyId;
  /** The member's data name, which a finding reports as `canonical`. */
  canonical: string;
  printed: string;
  position: PositionRule;
}

export const MEMBER_NAMES: readonly MemberName[] = RAW_FAMILIES.flatMap((family) =>
  family.members.flatMap((member) =>
    [member.name, ...(member.aliases ?? [])].map((printed) => ({
      family: family.id,
      canonical: member.name,
      printed,
      position: member.position ?? 'never-trace',
    })),
  ),
);

/** Every spelling of every known look-alike ("Bakuchiol", "Cetyl Alcohol", "Sodium Lactate"). */
export const LOOK_ALIKE_NAMES: readonly string[] = RAW_FAMILIES.flatMap((family) =>
  family.notMembers.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]),
);

export const ONE_PERCENT_MARKERS: readonly string[] = [
  ...RAW_LIST_POSITION.onePercentMarkers.names,
  'CI 77491',
  'CI 77891',
  'Iron Oxides',
  'Methylparaben',
];
export const BUFFER_PARTNERS: readonly string[] = RAW_LIST_POSITION.bufferPartners.names;
export const PRESERVATIVE_PARTNERS: readonly string[] = RAW_LIST_POSITION.preservativePartners.names;

/**
 * Common INCI names that are in no family, are no look-alike, and are no 1 % marker, buffer or
 * preservative partner: adding one says nothing about any other ingredient. `fillers.test.ts`
 * checks each of these claims against the engine, so the generators can rely on them.
 */
export const FILLERS: readonly string[] = [
  'Water',
  'Aqua',
  'Glycerin',
  'Dimethicone',
  'Propanediol',
  'Squalane',
  'Niacinamide',
  'Allantoin',
  'Sodium Hyaluronate',
  'Hyaluronic Acid',
  'Caprylic/Capric Triglyceride',
  'Tocopherol',
  'Tocopheryl Acetate',
  'Ceramide NP',
  'Ceramide AP',
  'Cholesterol',
  'Hydrogenated Lecithin',
  'Ethylhexylglycerin',
  '1,2-Hexanediol',
  'Pentylene Glycol',
  'Caprylyl Glycol',
  'Butyrospermum Parkii (Shea) Butter',
  'Helianthus Annuus (Sunflower) Seed Oil',
  'Cyclopentasiloxane',
  'Isononyl Isononanoate',
  'Polysorbate 20',
  'PEG-40 Hydrogenated Castor Oil',
  'PEG-100 Stearate',
  'Glyceryl Stearate',
  'Titanium Dioxide',
  'Zinc Oxide',
  'Adenosine',
  'Beta-Glucan',
  'Centella Asiatica Extract',
  'Madecassoside',
  'Bisabolol',
  'Urea',
  'Trehalose',
  'Hydroxyethylcellulose',
  'Ammonium Acryloyldimethyltaurate/VP Copolymer',
  'Acrylates/C10-30 Alkyl Acrylate Crosspolymer',
  'Isohexadecane',
  'C12-15 Alkyl Benzoate',
  'Octyldodecanol',
  'Sorbitan Olivate',
  'Cetearyl Olivate',
  'Palmitoyl Tripeptide-1',
  'Acetyl Hexapeptide-8',
  'Hydroxyacetophenone',
  'Dipotassium Glycyrrhizate',
  'Camellia Sinensis Leaf Extract',
  '정제수',
  '글리세린',
  '나이아신아마이드',
  '水',
  'グリセリン',
  'ヒアルロン酸Na',
  'DPG',
  '소듐하이알루로네이트',
  '알란토인',
  'Xylitol',
  'Inulin',
  'Glyceryl Caprylate',
];

// Words of the marketing that surrounds a list on a shop page.
const PROSE: readonly string[] = [
  'A silky serum with retinol, peptides, and squalane for smoother skin.',
  'Apply two drops to clean skin, morning and evening.',
  'Please be aware that ingredient lists may change or vary from time to time.',
  '*Certified Organic Ingredient. **Natural origin.',
  'Clean at Sephora products are formulated without parabens, sulfates SLS and SLES, retinyl palmitate.',
  'Key Ingredients:\nRetinol: smooths lines\nNiacinamide: refines pores\n',
  'Free from retinol, parabens and sulfates.',
  'This retinol-free serum is gentle.',
  '-Glycolic Acid: Exfoliates for a smoother look.',
  'I love that this has no retinol in it!',
];

export const SEPARATORS: readonly string[] = [', ', ',', '; ', ' • ', '、', '\n', ' - ', '，', ' · ', ' | '];

/** Headers before a list (with their own spacing); '' for a bare list. */
export const HEADERS: readonly string[] = [
  '',
  'Ingredients: ',
  'INGREDIENTS: ',
  'INCI: ',
  'Ingrédients : ',
  '전성분: ',
  '全成分：',
  'INGREDIENTS\n',
  'Full Ingredients List: ',
  'Inhaltsstoffe: ',
  'Ingredientes: ',
];

const PERCENTS: readonly string[] = ['', '', '', ' 2%', ' (5%)', ' 0.5%', ' 10%', ' 1,5 %', ' <1%'];
const FOOTNOTES: readonly string[] = ['', '', '', '*', '**', '†', '¹', '‡', '°'];
const TAIL_ITEMS: readonly string[] = [
  'CI 77491',
  'CI 77492',
  'CI 77499',
  'CI 77891',
  'Mica',
  'Titanium Dioxide',
  'Iron Oxides',
  'Citric Acid',
  'Lactic Acid',
];
const TAIL_STYLES: readonly ((items: string) => string)[] = [
  (items) => ` [+/- ${items}]`,
  (items) => `. May contain: ${items}.`,
  (items) => ` (+/-) ${items}`,
  (items) => `\nMay Contain (+/-): ${items}`,
];
const KIT_TITLES: readonly string[] = [
  'Cleanser',
  'Night Serum',
  'Daily Moisturizer SPF 30',
  'STEP 01 Super Booster',
  'Gentle Toner',
];

// --- names ---------------------------------------------------------------------------------------

export const memberName: fc.Arbitrary<MemberName> = fc.constantFrom(...MEMBER_NAMES);
/** Members whose list position can make them a trace (acids, drying alcohols, surfactants). */
const positionalMember = fc.constantFrom(...MEMBER_NAMES.filter((m) => m.position !== 'never-trace'));
export const filler: fc.Arbitrary<string> = fc.constantFrom(...FILLERS);

/** Any name a label might print: mostly fillers, with members, look-alikes, markers and buffers. */
export const anyName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: filler, weight: 5 },
  { arbitrary: memberName.map((m) => m.printed), weight: 3 },
  { arbitrary: positionalMember.map((m) => m.printed), weight: 2 },
  { arbitrary: fc.constantFrom(...LOOK_ALIKE_NAMES), weight: 2 },
  { arbitrary: fc.constantFrom(...ONE_PERCENT_MARKERS), weight: 1 },
  { arbitrary: fc.constantFrom(...BUFFER_PARTNERS, ...PRESERVATIVE_PARTNERS), weight: 1 },
);

// --- structured labels ---------------------------------------------------------------------------

/** One printed ingredient: a name with the marks a label puts around it. */
export interface Item {
  name: string;
  /** A bracket after the name (" (Vitamin A)"), or ''. */
  bracket: string;
  percent: string;
  footnote: string;
  /** A trade blend: "Polysorbate 20 (and) Retinol". */
  blendWith: string | null;
  /** A stray comma inside the name: "Retinyl, Palmitate". */
  strayComma: boolean;
}

export const plainItem = (name: string): Item => ({
  name,
  bracket: '',
  percent: '',
  footnote: '',
  blendWith: null,
  strayComma: false,
});

export const item: fc.Arbitrary<Item> = fc.record({
  name: anyName,
  bracket: fc.oneof(
    { arbitrary: fc.constant(''), weight: 6 },
    { arbitrary: fc.oneof(filler, anyName).map((n) => ` (${n})`), weight: 1 },
  ),
  percent: fc.constantFrom(...PERCENTS),
  footnote: fc.constantFrom(...FOOTNOTES),
  blendWith: fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: anyName, weight: 1 }),
  strayComma: fc.oneof(
    { arbitrary: fc.constant(false), weight: 15 },
    { arbitrary: fc.constant(true), weight: 1 },
  ),
});

export function renderItem(i: Item): string {
  const blend = i.blendWith === null ? '' : ` (and) ${i.blendWith}`;
  const name = i.strayComma ? i.name.replace(/ (?=[A-Za-z])/, ', ') : i.name;
  return `${name}${i.bracket}${i.percent}${i.footnote}${blend}`;
}

export interface MayContainTail {
  style: number;
  items: string[];
}

export interface ListSpec {
  items: Item[];
  tail: MayContainTail | null;
  separator: string;
}

export interface LabelSpec {
  /** How the list is wrapped: a plain list, a kit of several, or a Drug Facts panel. */
  wrapper: 'plain' | 'kit' | 'drug-colon' | 'drug-table' | 'drug-flat';
  header: string;
  list: ListSpec;
  /** Further products of a kit, after the first. */
  more: ListSpec[];
  /** Drug Facts actives: name and strength. */
  actives: { name: string; percent: string }[];
  productType: ProductType | undefined;
}

const tail: fc.Arbitrary<MayContainTail | null> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 5 },
  {
    arbitrary: fc.record({
      style: fc.nat({ max: TAIL_STYLES.length - 1 }),
      items: fc.array(fc.constantFrom(...TAIL_ITEMS), { minLength: 1, maxLength: 4 }),
    }),
    weight: 1,
  },
);

export const listSpec = (options: { maxItems?: number } = {}): fc.Arbitrary<ListSpec> =>
  fc.record({
    items: fc.array(item, { minLength: 1, maxLength: options.maxItems ?? 16 }),
    tail,
    separator: fc.oneof(
      { arbitrary: fc.constant(', '), weight: 6 },
      { arbitrary: fc.constantFrom(...SEPARATORS), weight: 4 },
    ),
  });

const activeName = fc.oneof(
  fc.constantFrom(
    'Benzoyl Peroxide',
    'Salicylic Acid',
    'Adapalene',
    'Zinc Oxide',
    'Avobenzone',
    'Homosalate',
    'Octisalate',
  ),
  memberName.map((m) => m.printed),
);

export const productType: fc.Arbitrary<ProductType | undefined> = fc.option(
  fc.constantFrom(...PRODUCT_TYPES),
  { nil: undefined },
);

export const labelSpec = (
  options: { wrappers?: readonly LabelSpec['wrapper'][]; maxItems?: number } = {},
): fc.Arbitrary<LabelSpec> =>
  fc.record({
    wrapper: fc.constantFrom(...(options.wrappers ?? ['plain', 'plain', 'plain', 'kit', 'drug-colon'])),
    header: fc.constantFrom(...HEADERS),
    list: listSpec(options),
    more: fc.array(listSpec(options), { maxLength: 2 }),
    actives: fc.array(
      fc.record({ name: activeName, percent: fc.constantFrom('2%', '2.5%', '0.1%', '10%', '3%') }),
      { minLength: 1, maxLength: 3 },
    ),
    productType,
  });

export function renderList(list: ListSpec): string {
  const body = list.items.map(renderItem).join(list.separator);
  if (!list.tail) return body;
  const style = TAIL_STYLES[list.tail.style % TAIL_STYLES.length] ?? TAIL_STYLES[0];
  return `${body}${style?.(list.tail.items.join(', ')) ?? ''}`;
}

export function renderLabel(spec: LabelSpec): string {
  const list = renderList(spec.list);
  const actives = spec.actives.map((a) => `${a.name} ${a.percent}`);
  switch (spec.wrapper) {
    case 'plain':
      return `${spec.header}${list}`;
    case 'kit':
      return [spec.list, ...spec.more]
        .map((l, i) => `${KIT_TITLES[i % KIT_TITLES.length] ?? 'Serum'}: ${renderList(l)}.`)
        .join(spec.header.endsWith('\n') ? '\n' : ' ');
    case 'drug-colon':
      return `Active ingredients: ${actives.join(', ')} Purpose: Acne treatment Warnings: For external use only. Inactive ingredients: ${list}`;
    case 'drug-table':
      return [
        'Drug Facts',
        'Active ingredient                Purpose',
        ...actives.map((a) => `${a} ........ Acne treatment`),
        'Uses',
        '• for the treatment of acne',
        'Warnings',
        'For external use only.',
        'Inactive ingredients',
        list,
      ].join('\n');
    case 'drug-flat':
      return `Drug Facts Active ingredient ${actives.join(' ')} Purpose Acne treatment Uses for the treatment of acne Warnings For external use only Inactive ingredients ${list}`;
  }
}

/** A label as a shop page shows it: maybe with marketing before it and a footer after it. */
/** A plain list (no Drug Facts or kit wrapper, no marketing around it), as `renderLabel` prints it. */
export const plainListLabel: fc.Arbitrary<string> = labelSpec({ wrappers: ['plain'] }).map((spec) =>
  renderLabel(spec),
);

export const pageLabel: fc.Arbitrary<string> = fc
  .tuple(
    labelSpec({ wrappers: ['plain', 'plain', 'kit', 'drug-colon', 'drug-table', 'drug-flat'] }),
    fc.option(fc.constantFrom(...PROSE), { nil: null }),
    fc.option(fc.constantFrom(...PROSE), { nil: null }),
    fc.constantFrom(' ', '\n', '\n\n'),
  )
  .map(([spec, before, after, gap]) =>
    [before, renderLabel(spec), after].filter((s) => s !== null).join(gap),
  );

// --- mutations -----------------------------------------------------------------------------------

const INVISIBLE_OR_ODD = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u061c',
  '\u00a0',
  '\u2003',
  '\u2009',
  '\u202f',
  '\u3000',
  '\u2028',
  '\u0085',
  '\r\n',
  '\r',
  '\t',
] as const;

/** The longest name a mutation inserts; longer unbroken words have a property of their own. */
export const MAX_LONG_NAME = 2_500;

const payload: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  fc.constantFrom(...INVISIBLE_OR_ODD),
  fc.constantFrom('&amp;', '&nbsp;', '&#8203;', '&lt;', '&gt;', '&quot;', '&#x2022;', '&#44;'),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<script>var a = "Retinol, Water";</script>',
    '<b>',
    '</b>',
    '<br>',
    '<img src=x onerror=alert(1)>',
  ),
  fc.constantFrom('(', ')', '[', ']', '{', '}', '((', '))', '(and)', ')('),
  fc.constantFrom(', ,', ',,', ';;', ' - - ', '、、', '\n\n', ' • • ', ', , , ', '..', '. '),
  fc.constantFrom(
    ':',
    '：',
    'Ingredients:',
    'May contain:',
    '+/-',
    'Active ingredient:',
    'Inactive ingredients:',
    'Purpose',
    'Free from ',
    '-free',
    ' and ',
    ' & ',
    '%',
    '0%',
    ' 100%',
    '...',
    '…',
    '*',
    '™',
    '¹',
    'ﬁ',
    'Ａ',
  ),
  anyName,
  // Very long names, with and without spaces.
  fc
    .tuple(anyName, fc.integer({ min: 2, max: 200 }), fc.boolean())
    .map(([name, times, spaced]) =>
      (spaced ? `${name} ` : name.replace(/\s+/g, '')).repeat(times).slice(0, MAX_LONG_NAME),
    ),
);

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'respace'; space: string }
  | { kind: 'case'; at: number; length: number; upper: boolean };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: payload }), weight: 6 },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 12 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('truncate'), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      times: fc.integer({ min: 1, max: 5 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('respace'), space: fc.constantFrom(...INVISIBLE_OR_ODD) }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('case'),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
      upper: fc.boolean(),
    }),
    weight: 1,
  },
);

export function mutate(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'duplicate': {
      const piece = text.slice(at, at + m.length);
      return text.slice(0, at) + piece.repeat(m.times + 1) + text.slice(at + m.length);
    }
    case 'respace':
      return text.replace(/ /g, m.space);
    case 'case': {
      const piece = text.slice(at, at + m.length);
      return (
        text.slice(0, at) + (m.upper ? piece.toUpperCase() : piece.toLowerCase()) + text.slice(at + m.length)
      );
    }
  }
}

/** A realistic label put through one to four mutations. */
export const mutatedLabel: fc.Arbitrary<string> = fc
  .tuple(pageLabel, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** Text in the alphabet labels are made of: names, words, punctuation, headers, marks. */
export const labelAlphabetText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: anyName, weight: 4 },
      { arbitrary: fc.constantFrom(...SEPARATORS, ...HEADERS), weight: 3 },
      { arbitrary: payload, weight: 2 },
      {
        arbitrary: fc.constantFrom(
          ' ',
          '.',
          ':',
          '(',
          ')',
          '[',
          ']',
          '%',
          '2',
          '0',
          '*',
          '-',
          '/',
          '+',
          'and',
          'free',
          'the',
          'no',
          'Purpose',
          'Uses',
          'Warnings',
          'Drug Facts',
          'Active ingredient',
          'Inactive ingredients',
          'May contain',
        ),
        weight: 4,
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
