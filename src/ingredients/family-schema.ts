import * as v from 'valibot';

/**
 * The shape of one file in `ingredients/`. The data is checked against this schema by
 * `test/ingredients/family-data.test.ts`, so a typo in a JSON file fails the build, not a user.
 */

export const FAMILY_IDS = [
  'retinoid',
  'aha',
  'benzoyl-peroxide',
  'harsh-surfactant',
  'physical-exfoliant',
  'bha',
  'pha',
  'vitamin-c',
  'fragrance',
  'drying-alcohol',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

export const PRODUCT_TYPES = [
  'cleanser',
  'exfoliant',
  'toner',
  'serum',
  'moisturiser',
  'eye-care',
  'mask',
  'sunscreen',
  'makeup',
  'lip-care',
  'body-care',
  'other',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const LEVELS = ['avoid', 'caution'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * How list position changes what a member means.
 * - `never-trace`: any amount counts (retinoids, benzoyl peroxide).
 * - `ph-adjuster`: an acid that is often a pH adjuster; trace after the ~1 % line, or in the
 *   last third of the list next to its salt or another base.
 * - `ph-adjuster-unless-high`: as `ph-adjuster`, and only counts when it sits high in the list,
 *   is claimed, or is part of an acid run (citric acid, in a third of all products).
 * - `preservative-booster`: part of a preservative system when it sits with its partners
 *   (gluconolactone with sodium benzoate, as in Geogard Ultra).
 * - `low-level`: counts before the ~1 % line only (drying alcohol as a solvent of an extract).
 */
export const POSITION_RULES = [
  'never-trace',
  'ph-adjuster',
  'ph-adjuster-unless-high',
  'preservative-booster',
  'low-level',
] as const;
export type PositionRule = (typeof POSITION_RULES)[number];

/**
 * When the product type decides whether a member counts.
 * - `any`: always.
 * - `rinse-off`: only in cleansers, exfoliants and masks, or when the type is unknown and the
 *   member sits before the ~1 % line (SLS in a leave-on cream is not a harsh cleanser).
 * - `rinse-off-only`: only in a product known to be a cleanser, exfoliant or mask (fatty-acid
 *   soaps such as potassium stearate are also emulsifiers in creams and sticks).
 * - `scrub-particle`: a particle made for scrubbing (walnut shell, pumice, jojoba beads);
 *   counts unless the product is known to be leave-on.
 * - `scrub-product`: a powder that is a texture agent in most products (silica, sugar, salt);
 *   counts only in a product known to be an exfoliant or scrub.
 */
export const CONTEXTS = ['any', 'rinse-off', 'rinse-off-only', 'scrub-particle', 'scrub-product'] as const;
export type Context = (typeof CONTEXTS)[number];

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
/** A data id that names a message key (`note_true_soap`, `alternative_barrier_cream`). */
const MessageId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const SourceId = v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]*$/));
const Pattern = v.pipe(
  v.string(),
  v.check((p) => {
    try {
      new RegExp(p, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

export const MemberSchema = v.strictObject({
  /** The INCI name (or the drug name), as a label would print it. */
  name: Text,
  /** Every other label spelling: INCI variants, salts printed as one name, drug and brand names, translations, misspellings. */
  aliases: v.optional(v.array(Text), []),
  /** Regular expressions over the normalised name (lower case, punctuation as single spaces), for open families of names. */
  patterns: v.optional(v.array(Pattern), []),
  source: SourceId,
  level: v.optional(v.picklist(LEVELS)),
  position: v.optional(v.picklist(POSITION_RULES), 'never-trace'),
  when: v.optional(v.picklist(CONTEXTS), 'any'),
  /**
   * Shown with the finding: the id of one of its family's `notes` ("retinyl-ester"); the finding
   * carries the id and the UI words it with the message `note_<id>`.
   */
  note: v.optional(MessageId),
  /**
   * A medicine's active (tretinoin, adapalene, benzoyl peroxide): drug labels name it in sentences
   * ("Each gram contains 1 mg of adapalene") and by brand, so it is found wherever the label states
   * it, not only as an item of a list, and a one-letter slip in its name is caught in a strength line.
   */
  drug: v.optional(v.boolean(), false),
});
export type Member = v.InferOutput<typeof MemberSchema>;

export const NotMemberSchema = v.strictObject({
  name: Text,
  aliases: v.optional(v.array(Text), []),
  patterns: v.optional(v.array(Pattern), []),
  /** Why it looks like a member and is not one. */
  why: Text,
  source: SourceId,
});
export type NotMember = v.InferOutput<typeof NotMemberSchema>;

export const AlternativeSchema = v.strictObject({
  /**
   * Names the suggestion's message (`alternative_<id>`); the same suggestion in another family or
   * for another product type has the same id.
   */
  id: MessageId,
  /** Product types this suggestion is for; `any` is the fallback every family must have. */
  productTypes: v.pipe(v.array(v.picklist([...PRODUCT_TYPES, 'any'])), v.minLength(1)),
  /**
   * What to buy instead, as a short noun phrase ("a hyaluronic-acid serum"): the English source of
   * the message `alternative_<id>`, which the patient reads.
   */
  suggestion: Text,
  /** INCI names to look for on the label. */
  lookFor: v.array(Text),
  /** What a shop search for it would type. */
  searchTerms: Text,
  source: SourceId,
});
export type Alternative = v.InferOutput<typeof AlternativeSchema>;

export const FamilySchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.picklist(FAMILY_IDS),
  /** Display name ("Retinoids"). */
  name: Text,
  level: v.picklist(LEVELS),
  /** True when the clinic's aftercare guide names this family; false for our own cautions. */
  inGuide: v.boolean(),
  /**
   * One sentence: why to avoid it on healing skin. The English source of the message
   * `familyReason_<id>`, which the patient reads; the engine returns the code only.
   */
  reason: Text,
  /**
   * The notes its members name, by id ("retinyl-ester": "usually a low amount; still a
   * retinoid"): the English sources of the messages `note_<id>`. Ids are unique across families.
   */
  notes: v.optional(v.record(MessageId, Text), {}),
  sources: v.pipe(v.array(SourceId), v.minLength(1)),
  members: v.pipe(v.array(MemberSchema), v.minLength(1)),
  notMembers: v.array(NotMemberSchema),
  alternatives: v.pipe(v.array(AlternativeSchema), v.minLength(1)),
});
export type Family = v.InferOutput<typeof FamilySchema>;
export type FamilyInput = v.InferInput<typeof FamilySchema>;

export const BrandSchema = v.strictObject({
  /** The brand as packs print it ("Epiduo"). */
  name: Text,
  aliases: v.optional(v.array(Text), []),
  /** The flagged members it contains, by their data name; other actives (clindamycin) are not listed. */
  contains: v.pipe(v.array(Text), v.minLength(1)),
  /**
   * Whether the brand alone names the medicine. A brand that also sells cosmetics or is a common word
   * (Differin moisturisers, "renova" in Portuguese) counts only with a dosage form or a strength after
   * it ("Differin Gel", "Renova 0.02%"), or as an item of an ingredient list.
   */
  alone: v.boolean(),
  source: SourceId,
});
export const BrandsSchema = v.strictObject({
  $schema: v.optional(v.string()),
  brands: v.array(BrandSchema),
});
export type Brand = v.InferOutput<typeof BrandSchema>;
export type BrandInput = v.InferInput<typeof BrandSchema>;

export const SourceSchema = v.strictObject({
  title: Text,
  url: v.optional(v.pipe(v.string(), v.url())),
  /** Where a source has no address: the book, paper or dataset it is. */
  citation: v.optional(Text),
});
export const SourcesSchema = v.record(SourceId, SourceSchema);
export type Sources = v.InferOutput<typeof SourcesSchema>;

export const ListPositionSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Ingredients that sit at or below ~1 %: anything after the first of them is ≤ 1 %. */
  onePercentMarkers: v.strictObject({
    names: v.array(Text),
    patterns: v.array(Pattern),
    source: SourceId,
  }),
  /** Bases and buffer salts that show an acid is there to set the pH. */
  bufferPartners: v.strictObject({ names: v.array(Text), source: SourceId }),
  /** Partners that show gluconolactone is part of a preservative system. */
  preservativePartners: v.strictObject({ names: v.array(Text), source: SourceId }),
  /**
   * Exfoliating acids, each with its own salts: `minimum` different ones in a list are there to
   * exfoliate wherever they sit. An acid beside its own salt is a buffer pair and does not count.
   */
  exfoliatingAcidGroup: v.strictObject({
    acids: v.record(Text, v.array(Text)),
    minimum: v.pipe(v.number(), v.integer(), v.minValue(2)),
    source: SourceId,
  }),
});
export type ListPosition = v.InferOutput<typeof ListPositionSchema>;
