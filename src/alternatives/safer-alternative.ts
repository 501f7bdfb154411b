import { RAW_FAMILIES } from '../ingredients/family-data';
import type { Alternative, FamilyId, ProductType } from '../ingredients/family-schema';

export interface Suggestion {
  /** Names the suggestion's words (`alternative_<id>`). */
  id: string;
  lookFor: string[];
  searchTerms: string;
  /** The families it replaces. */
  families: FamilyId[];
}

function alternativeFor(family: FamilyId, productType: ProductType | null): Alternative | undefined {
  const alternatives = RAW_FAMILIES.find((f) => f.id === family)?.alternatives ?? [];
  return ((productType ? alternatives.find((a) => a.productTypes.includes(productType)) : undefined) ??
    alternatives.find((a) => a.productTypes.includes('any'))) as Alternative | undefined;
}

/**
 * What to buy instead, for the flagged families of a product of this type: one suggestion per
 * distinct alternative (a retinoid serum and an AHA serum both point to a hyaluronic-acid serum),
 * from the data in `ingredients/`.
 */
export function saferAlternatives(
  families: readonly FamilyId[],
  productType: ProductType | null,
): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  for (const family of families) {
    const alternative = alternativeFor(family, productType);
    if (!alternative) continue;
    const known = byId.get(alternative.id);
    if (known) known.families.push(family);
    else
      byId.set(alternative.id, {
        id: alternative.id,
        lookFor: alternative.lookFor,
        searchTerms: alternative.searchTerms,
        families: [family],
      });
  }
  return [...byId.values()];
}
