import type { ProductType } from './family-schema';
import type { ListReason } from './reasons';
import type { KnownMember, NameIndex } from './name-index';
import type { ParsedIngredient } from './parse-label';

/** What the list around an ingredient says about how much of it there is. */
export interface ListFacts {
  size: number;
  /** The first ingredient that is at most ~1 % (a preservative, chelator, fragrance, colourant). */
  onePercentLine: { position: number; name: string } | null;
  bufferPositions: number[];
  preservativePartnerPositions: number[];
  /** Alphabetical lists say nothing about amounts. */
  alphabetical: boolean;
}

const ALPHABETICAL_MIN_SIZE = 8;
// How near a preservative partner makes gluconolactone part of the preservative system.
const PARTNER_DISTANCE = 3;
const ALPHABETICAL_SHARE = 0.9;

export function listFacts(
  ingredients: readonly ParsedIngredient[],
  keys: readonly string[],
  index: NameIndex,
): ListFacts {
  let onePercentLine: ListFacts['onePercentLine'] = null;
  const bufferPositions: number[] = [];
  const preservativePartnerPositions: number[] = [];
  let inOrder = 0;
  let listed = 0;
  let previous = '';
  ingredients.forEach((ingredient, i) => {
    const key = keys[i] ?? '';
    if (ingredient.role === 'active') return;
    if (!onePercentLine && (ingredient.mayContain || index.isOnePercentMarker(key))) {
      onePercentLine = { position: ingredient.position, name: ingredient.base };
    }
    if (index.isBufferPartner(key)) bufferPositions.push(ingredient.position);
    if (index.isPreservativePartner(key)) preservativePartnerPositions.push(ingredient.position);
    if (!ingredient.mayContain) {
      if (listed > 0 && previous <= key) inOrder++;
      listed++;
      previous = key;
    }
  });
  // A gluconolactone preservative system (gluconolactone with sodium benzoate or calcium
  // gluconate, used at 0.75–2 %: Geogard Ultra, S12) is a ≤ 1 % marker like any preservative.
  if (preservativePartnerPositions.length > 0) {
    ingredients.forEach((ingredient, i) => {
      const match = index.lookup(keys[i] ?? '');
      if (match?.kind !== 'member' || match.member.position !== 'preservative-booster') return;
      const near = preservativePartnerPositions.filter(
        (p) => Math.abs(p - ingredient.position) <= PARTNER_DISTANCE,
      );
      if (near.length === 0) return;
      const start = Math.min(ingredient.position, ...near);
      const line: { position: number; name: string } | null = onePercentLine;
      if (!line || start < line.position) {
        onePercentLine = {
          position: start,
          name: ingredients.find((x) => x.position === start)?.base ?? ingredient.base,
        };
      }
    });
  }
  return {
    size: ingredients.length,
    onePercentLine,
    bufferPositions,
    preservativePartnerPositions,
    alphabetical: listed >= ALPHABETICAL_MIN_SIZE && inOrder >= (listed - 1) * ALPHABETICAL_SHARE,
  };
}

export interface AmountVerdict {
  /** Present at a level too low to matter for this family (a pH adjuster, a preservative booster). */
  trace: boolean;
  /** Position cannot tell; shown as a caution rather than a flag. */
  uncertain: boolean;
  /** Why it is trace or uncertain, as a code; null for an ordinary hit. */
  why: ListReason | null;
}

const HIT: AmountVerdict = { trace: false, uncertain: false, why: null };
const HIGH_POSITION = 5;

export interface AmountContext {
  ingredient: ParsedIngredient;
  member: KnownMember;
  claimed: boolean;
  /** How many other exfoliating acids share the list with this one, when they make a group. */
  otherGroupAcids: number;
  facts: ListFacts;
  productType: ProductType | undefined;
}

/**
 * Reads list position the way the label rules allow: ingredients above 1 % are in descending
 * order, the rest in any order (EU Regulation 1223/2009 Art. 19; US 21 CFR 701.3), so an acid
 * listed after a ≤1 % preservative, or at the tail next to its salt, is there to set the pH.
 */
export function amountVerdict(context: AmountContext): AmountVerdict {
  const { ingredient, member, claimed, otherGroupAcids, facts, productType } = context;
  const { position } = ingredient;
  const line = facts.onePercentLine;
  const afterLine = ingredient.mayContain || (line !== null && position > line.position);
  // After the line's marker, or among the colourants a product "may contain" (no marker then).
  const lineWhy = (effect: 'trace' | 'preservative' | 'ph'): ListReason =>
    line ? { code: `after-line-${effect}`, marker: line.name } : { code: `may-contain-${effect}` };
  if (member.position === 'never-trace' || ingredient.role === 'active') return HIT;
  if (member.position === 'low-level') {
    return afterLine ? { trace: true, uncertain: false, why: lineWhy('trace') } : HIT;
  }
  const strong =
    claimed || (ingredient.percent !== null && ingredient.percent >= 1) || productType === 'exfoliant';
  if (strong) return HIT;
  if (otherGroupAcids > 0) {
    // A pH adjuster needs one acid: two or more different ones are there to exfoliate.
    return { trace: false, uncertain: false, why: { code: 'acid-group', others: otherGroupAcids } };
  }
  const hasBuffer = facts.bufferPositions.length > 0;
  const lastThird = position > (facts.size * 2) / 3;
  if (member.position === 'preservative-booster') {
    const partner = facts.preservativePartnerPositions.some(
      (p) => Math.abs(p - position) <= PARTNER_DISTANCE,
    );
    if (partner || afterLine) {
      return {
        trace: true,
        uncertain: false,
        why: partner ? { code: 'preservative-partners' } : lineWhy('preservative'),
      };
    }
    return HIT;
  }
  if (afterLine && !facts.alphabetical) {
    return {
      trace: true,
      uncertain: false,
      why: lineWhy('ph'),
    };
  }
  if (lastThird && hasBuffer && !facts.alphabetical) {
    return {
      trace: true,
      uncertain: false,
      why: { code: 'end-with-buffer' },
    };
  }
  // A drug's inactive ingredients are often listed alphabetically: there, an acid beside a base
  // is most likely there for the pH, though its place cannot show it. (A cosmetic list in
  // alphabetical order keeps its acids: nothing says they are not exfoliants.)
  if (
    facts.alphabetical &&
    hasBuffer &&
    member.position === 'ph-adjuster' &&
    ingredient.role === 'inactive'
  ) {
    return {
      trace: false,
      uncertain: true,
      why: { code: 'alphabetical-with-base' },
    };
  }
  if (member.position === 'ph-adjuster-unless-high') {
    if (facts.alphabetical) {
      return {
        trace: true,
        uncertain: false,
        why: { code: 'alphabetical-ph-adjuster' },
      };
    }
    const nextToBase = facts.bufferPositions.some((p) => Math.abs(p - position) <= 2);
    if (nextToBase) {
      return {
        trace: true,
        uncertain: false,
        why: { code: 'next-to-base' },
      };
    }
    if (position <= HIGH_POSITION) return HIT;
    if (lastThird) {
      return {
        trace: true,
        uncertain: false,
        why: { code: 'near-end', ingredient: member.name },
      };
    }
    return {
      trace: false,
      uncertain: true,
      why: { code: 'middle-of-list' },
    };
  }
  return HIT;
}
