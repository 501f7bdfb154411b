import { RAW_FAMILIES, RAW_LIST_POSITION } from './family-data';
import type { FamilyId, FamilyInput, Level, ListPosition, ProductType } from './family-schema';
import { amountVerdict, listFacts } from './list-position';
import { matchIngredient } from './match-ingredient';
import { buildNameIndex, type KnownMember, type NameIndex } from './name-index';
import { nameKey } from './name-key';
import { type IngredientRole, type ParsedPart, parseLabel } from './parse-label';

export interface Finding {
  /** The name as printed on the label. */
  name: string;
  family: FamilyId;
  /** 1-based place in its product's list. */
  position: number;
  /** Present only at a pH-adjuster or preservative level: shown quietly, never as a hit. */
  trace: boolean;
  /** How strongly to flag it: the family's level, lowered to caution when position is inconclusive. */
  level: Level;
  /** One sentence for the patient. */
  reason: string;
  /** The data's name for it ("Retinyl Palmitate" for "Vitamin A Palmitate"). */
  canonical: string;
  /** The product in a kit it belongs to, when the label describes more than one. */
  part: string | null;
  role: IngredientRole;
  /** A qualifier from the data ("usually a low amount; still a retinoid"). */
  note: string | null;
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
}

export interface Engine {
  index: NameIndex;
  reasons: ReadonlyMap<FamilyId, string>;
}

// Families whose members can form an acid run (two exfoliating acids side by side).
const EXFOLIATING_ACIDS: ReadonlySet<FamilyId> = new Set<FamilyId>(['aha', 'bha', 'pha']);

export function createEngine(families: readonly FamilyInput[], listPosition: ListPosition): Engine {
  return {
    index: buildNameIndex(families, listPosition),
    reasons: new Map(families.map((f) => [f.id, f.reason])),
  };
}

let shipped: Engine | undefined;
/** The engine built from the data in `ingredients/`, made on first use. */
export function defaultEngine(): Engine {
  shipped ??= createEngine(RAW_FAMILIES, RAW_LIST_POSITION);
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

function analyzePart(part: ParsedPart, engine: Engine, options: AnalyzeOptions, titled: boolean): Finding[] {
  const { index } = engine;
  const keys = part.ingredients.map((i) => nameKey(i.base));
  const facts = listFacts(part.ingredients, keys, index);
  const matches = part.ingredients.map((ingredient, i) => matchIngredient(ingredient, keys[i] ?? '', index));
  const isAcid = (i: number): boolean => {
    const match = matches[i];
    return !!match && EXFOLIATING_ACIDS.has(match.member.family) && match.member.position !== 'never-trace';
  };
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
    const inAcidRun = isAcid(i) && (isAcid(i - 1) || isAcid(i + 1));
    const verdict = amountVerdict({
      ingredient,
      member,
      claimed: match.claimed,
      inAcidRun,
      facts,
      productType: options.productType,
    });
    findings.push({
      name: match.printed,
      family: member.family,
      position: ingredient.position,
      trace: verdict.trace,
      level: verdict.uncertain ? 'caution' : member.level,
      reason: verdict.why ?? engine.reasons.get(member.family) ?? '',
      canonical: member.name,
      part: titled ? part.title : null,
      role: ingredient.role,
      note: member.note,
    });
  });
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
  const parsed = parseLabel(text, { isSplitName: index.isSplitName });
  const titled = parsed.parts.length > 1;
  const parts = parsed.parts.map((p) => ({ title: p.title, ingredients: p.ingredients.map((i) => i.name) }));
  return {
    parts,
    ingredients: parts.flatMap((p) => p.ingredients),
    findings: parsed.parts.flatMap((part) => analyzePart(part, engine, options, titled)),
  };
}
