import type { ProductType } from '../ingredients/family-schema';
import type { ProductFacts } from './types';

// Category words of beauty departments, in the shops' languages.
const BEAUTY =
  /\b(?:beauty|skin ?care|make-?up|cosmetics?|fragrance|face|facial|bath (?:&|and) body|body care|personal care|derm|soin|soins|visage|maquillage|beauté|hautpflege|gesichtspflege|kosmetik|cuidado (?:facial|de la piel)|cosmética|cosmesi|viso|trucco|뷰티|스킨케어|화장품|スキンケア|化粧品)\b/i;
// Departments whose lists are food, drink or supplements: their "citric acid" is no AHA.
const NOT_COSMETIC =
  /\b(?:grocery|groceries|food|foods|snacks?|beverages?|drinks?|pantry|candy|sweets|cereal|breakfast|baking|produce|dairy|frozen|meat|seafood|bakery|coffee|tea|juice|supplements?|vitamins?(?: (?:&|and) supplements)?|sports nutrition|nutrition|pets?|pet supplies|baby food|household|cleaning supplies|laundry)\b/i;
// Words that make a title a food whatever else it says ("Vanilla Ice Cream").
const FOOD_TITLE =
  /\b(?:ice cream|cheese|yogh?urt|chocolate|candy|gummies|soda|juice|cookies?|crackers|chips|sauce|dressing|capsules?|tablets?|softgels?)\b/i;
// Names that nearly every cosmetic list has and food lists do not.
const COSMETIC_LIST =
  /\b(?:aqua|glycerin|dimethicone|phenoxyethanol|parfum|butylene glycol|propanediol|cetearyl alcohol|caprylic\/capric triglyceride|tocopheryl acetate|sodium hyaluronate|ethylhexylglycerin|carbomer|polysorbate|peg-\d+|ci \d{5}|disodium edta|titanium dioxide|mica)\b/gi;

/**
 * Whether a product page sells a cosmetic or skincare product: the only pages the extension
 * flags. The shop's category decides first; then the product type its name gives; then whether
 * the list itself reads like a cosmetic formula.
 */
export function isCosmeticProduct(input: {
  isProductPage: boolean;
  facts: ProductFacts;
  productType: ProductType | null;
  listText: string | null;
}): boolean {
  const { isProductPage, facts, productType, listText } = input;
  if (!isProductPage) return false;
  const filing = [...facts.breadcrumbs, facts.category ?? ''].join(' › ');
  const beautyFiling = BEAUTY.test(filing);
  const otherFiling = NOT_COSMETIC.test(filing);
  if (beautyFiling && !otherFiling) return true;
  if (FOOD_TITLE.test(facts.title ?? '')) return false;
  const cosmeticList = (listText?.match(COSMETIC_LIST)?.length ?? 0) >= 2;
  if (otherFiling) return cosmeticList && productType !== null;
  return productType !== null || cosmeticList;
}
