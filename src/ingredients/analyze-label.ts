import { buildMentionIndex, type Mention, type MentionIndex } from './active-mentions';
import { RAW_BRANDS, RAW_FAMILIES, RAW_LIST_POSITION } from './family-data';
import type { BrandInput, FamilyId, FamilyInput, Level, ListPosition, ProductType } from './family-schema';
import { cleanLabelText } from './label-text';
import { amountVerdict, listFacts } from './list-position';
import { type IngredientMatch, matchIngredient } from './match-ingredient';
import { buildNameIndex, type KnownMember, type NameIndex } from './name-index';
import { nameKey } from './name-key';
import { type IngredientRole, type ParsedPart, parseCleanLabel, statedText } from './parse-label';
import type { Note, Reason } from './reasons';

export type { ListReason, Note, Reason } from './reasons';

export interface Finding {
  /** The name as printed on the label. */
  name: string;
  family: FamilyId;
  /**
   * 1-based place in its product's list; 0 when the label states it in words outside any list (a
   * drug label's "Each gram contains 1 mg of adapalene", a brand such as "Epiduo", a blurb).
   */
  position: number;
  /** Present only at a pH-adjuster or preservative level: shown quietly, never as a hit. */
  trace: boolean;
  /** How strongly to flag it: the family's level, lowered to caution when position is inconclusive. */
  level: Level;
  /**
   * Why it matters: the family's reason, or what list position says about its amount (a trace, a
   * caution). A code with its parameters; the UI words it (`src/i18n/core-text.ts`).
   */
  reason: Reason;
  /** The data's name for it ("Retinyl Palmitate" for "Vitamin A Palmitate"). */
  canonical: string;
  /** The product in a kit it belongs to, when the label describes more than one. */
  part: string | null;
  role: IngredientRole;
  /**
   * A qualifier: a member's note from the data (`retinyl-ester`: "usually a low amount; still a
   * retinoid"), or the flagged active of a drug brand the label names. A code, as `reason`.
   */
  note: Note | null;
}

export interface AnalyzedPart {
  title: string | null;
  ingredients: string[];
}

export interface LabelAnalysis {
  parts: AnalyzedPart[];
  /** Every ingredient, all parts in order. */
  ingredients: string[];
  findings: Finding[];
}

export interface AnalyzeOptions {
  /** The product's type, where the page says it: decides scrub particles and cleanser surfactants. */
  productType?: ProductType;
  /** The product's name as the page gives it: a medicine's brand or active is often only there. */
  title?: string;
}

export interface Engine {
  index: NameIndex;
  mentions: MentionIndex;
}

// An acid this close to its own salt is a buffer pair (lactic acid with sodium lactate).
const SALT_DISTANCE = 3;

export function createEngine(
  families: readonly FamilyInput[],
  listPosition: ListPosition,
  brands: readonly BrandInput[] = [],
): Engine {
  const index = buildNameIndex(families, listPosition);
  return { index, mentions: buildMentionIndex(index.names(), brands) };
}

let shipped: Engine | undefined;
/** The engine built from the data in `ingredients/`, made on first use. */
export function defaultEngine(): Engine {
  shipped ??= createEngine(RAW_FAMILIES, RAW_LIST_POSITION, RAW_BRANDS);
  return shipped;
}

const LEAVE_ON: ReadonlySet<ProductType> = new Set([
  'toner',
  'serum',
  'moisturiser',
  'eye-care',
  'sunscreen',
  'makeup',
  'lip-care',
]);
const RINSE_OFF: ReadonlySet<ProductType> = new Set(['cleanser', 'exfoliant', 'mask']);

/** Whether the product type lets a member count at all (a scrub powder in a cream does not). */
function countsInProduct(
  member: KnownMember,
  productType: ProductType | undefined,
  afterLine: boolean,
): boolean {
  switch (member.when) {
    case 'any':
      return true;
    case 'rinse-off':
      return productType ? RINSE_OFF.has(productType) : true;
    case 'rinse-off-only':
      return productType !== undefined && RINSE_OFF.has(productType);
    case 'scrub-particle':
      return !(productType && LEAVE_ON.has(productType)) && !afterLine;
    case 'scrub-product':
      return productType === 'exfoliant';
  }
}

/**
 * The different exfoliating acids of a list that make a group (see `exfoliatingAcidGroup` in
 * `ingredients/list-position.json`), by data name; empty when there are too few.
 */
function exfoliatingAcidGroup(
  part: ParsedPart,
  keys: readonly string[],
  matches: readonly (IngredientMatch | null)[],
  index: NameIndex,
): ReadonlySet<string> {
  const acids = new Set<string>();
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    const salts = match && index.acidSalts(match.member.name);
    if (!match || !salts || part.ingredients[i]?.mayContain) continue;
    let besideSalt = false;
    for (let j = Math.max(0, i - SALT_DISTANCE); j <= i + SALT_DISTANCE && j < keys.length; j++) {
      if (salts.has(keys[j] ?? '')) besideSalt = true;
    }
    if (!besideSalt) acids.add(match.member.name);
  }
  return acids.size >= index.acidGroupMinimum ? acids : NO_GROUP;
}

const NO_GROUP: ReadonlySet<string> = new Set();

const familyReason = (family: FamilyId): Reason => ({ code: 'family', family });
const memberNote = (member: KnownMember): Note | null =>
  member.note === null ? null : { code: 'member', note: member.note };

function analyzePart(
  part: ParsedPart,
  engine: Engine,
  options: AnalyzeOptions,
  titled: boolean,
  known: { counting: boolean; count: number },
): Finding[] {
  const { index } = engine;
  const keys = part.ingredients.map((i) => nameKey(i.base));
  const facts = listFacts(part.ingredients, keys, index);
  const matches = part.ingredients.map((ingredient, i) => matchIngredient(ingredient, keys[i] ?? '', index));
  const group = exfoliatingAcidGroup(part, keys, matches, index);
  if (known.counting) {
    keys.forEach((key, i) => {
      if (matches[i] || index.exact(key) || index.isOnePercentMarker(key) || index.isBufferPartner(key))
        known.count++;
    });
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  part.ingredients.forEach((ingredient, i) => {
    const match = matches[i];
    if (!match) return;
    const { member } = match;
    const afterLine = facts.onePercentLine !== null && ingredient.position > facts.onePercentLine.position;
    if (!countsInProduct(member, options.productType, afterLine)) return;
    if (seen.has(member.name)) return;
    seen.add(member.name);
    const verdict = amountVerdict({
      ingredient,
      member,
      claimed: match.claimed,
      otherGroupAcids: group.has(member.name) ? group.size - 1 : 0,
      facts,
      productType: options.productType,
    });
    findings.push({
      name: match.printed,
      family: member.family,
      position: ingredient.position,
      trace: verdict.trace,
      level: verdict.uncertain ? 'caution' : member.level,
      reason: verdict.why ?? familyReason(member.family),
      canonical: member.name,
      part: titled ? part.title : null,
      role: ingredient.role,
      note: memberNote(member),
    });
  });
  return findings;
}

// A list without a heading: enough items, some of them names the data knows. Fewer, or none
// known, are a blurb's fragments ("Dark Spots", "Fine Lines"), and then the blurb is the evidence.
const MIN_UNHEADED_LIST = 5;
const MIN_KNOWN_IN_LIST = 2;

/**
 * Flagged ingredients the label states in words rather than in its list (a drug label's "Each gram
 * contains 1 mg of adapalene", a brand such as "Epiduo Forte Gel", or, on a page with no list, a
 * blurb's "Retinol 0.3%: smooths…"), which its list did not already give.
 */
function mentionFindings(
  mentions: readonly Mention[],
  listed: boolean,
  found: ReadonlySet<string>,
  options: AnalyzeOptions,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set(found);
  for (const mention of mentions) {
    for (const member of mention.members) {
      if (seen.has(member.name) || !countsInProduct(member, options.productType, false)) continue;
      seen.add(member.name);
      // Named on a page without a list, an acid that is usually a pH adjuster may be one here.
      const uncertain = !listed && member.position === 'ph-adjuster-unless-high';
      findings.push({
        name: mention.printed,
        family: member.family,
        position: 0,
        trace: false,
        level: uncertain ? 'caution' : member.level,
        reason: familyReason(member.family),
        canonical: member.name,
        part: null,
        role: listed ? 'active' : 'ingredient',
        note: mention.brand
          ? { code: 'brand', brand: mention.brand, member: member.name }
          : memberNote(member),
      });
    }
  }
  return findings;
}

/**
 * Reads a label as printed and names every flagged ingredient in it, with its family, position,
 * whether it is only a trace, and why it matters. Pure: no browser API, no clock.
 */
export function analyzeLabel(
  text: string,
  options: AnalyzeOptions = {},
  engine: Engine = defaultEngine(),
): LabelAnalysis {
  const { index } = engine;
  const cleaned = cleanLabelText(text);
  const parsed = parseCleanLabel(cleaned, { isSplitName: index.isSplitName });
  // Counted only where no heading says whether this is a list.
  const known = { counting: !parsed.headed, count: 0 };
  const listFindings = parsed.parts.flatMap((part) =>
    analyzePart(part, engine, options, parsed.parts.length > 1, known),
  );
  const items = parsed.parts.reduce((n, p) => n + p.ingredients.length, 0);
  const listed = parsed.headed || (items >= MIN_UNHEADED_LIST && known.count >= MIN_KNOWN_IN_LIST);
  const title = options.title ? `${cleanLabelText(options.title)}\n` : '';
  // A list names its own ingredients; what the text states in words matters only where it may
  // name a medicine, or where there is no list.
  const stated =
    !listed || engine.mentions.mayNameDrug(title + cleaned)
      ? mentionFindings(
          engine.mentions.find(title + statedText(parsed), listed ? 'drugs' : 'all'),
          listed,
          new Set(listFindings.map((f) => f.canonical)),
          options,
        )
      : [];
  const parts = parsed.parts.map((p) => ({ title: p.title, ingredients: p.ingredients.map((i) => i.name) }));
  return {
    parts,
    ingredients: parts.flatMap((p) => p.ingredients),
    findings: [...stated, ...listFindings],
  };
}
