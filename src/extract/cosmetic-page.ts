import type { ProductType } from '../ingredients/family-schema';
import type { ProductFacts } from './types';

/**
 * Which products the extension checks: anything applied to the skin. That is cosmetics and
 * skincare, and also the topical medicines a pharmacy sells (acne gels and washes, retinoid
 * gels, pharmacy creams, sunscreens with Drug Facts), which carry exactly the actives a treated
 * skin must avoid. Left alone: what is eaten, drunk or swallowed (food, supplements, vitamins,
 * tablets), whose "citric acid" is no AHA, and goods that never touch the skin.
 */

// Category words of beauty departments, in the shops' languages.
const BEAUTY =
  /\b(?:beauty|skin ?care|make-?up|cosmetics?|fragrance|face|facial|bath (?:&|and) body|body care|personal care|derm|soin|soins|visage|maquillage|beauté|hautpflege|gesichtspflege|kosmetik|cuidado (?:facial|de la piel)|cosmética|cosmesi|viso|trucco|뷰티|스킨케어|화장품|スキンケア|化粧品)\b/i;
// Pharmacy departments for the skin: topical medicines are checked like cosmetics.
const SKIN_MEDICINE =
  /\b(?:skin (?:conditions?|treatments?|health)|acne|blemish(?:es)?|spots?|eczema|psoriasis|dermatitis|rosacea|scars?|first aid|wound care|dermatology|sun (?:care|protection|cream)|sunscreens?|foot care|hand care|hautprobleme|akne|soins de la peau)\b/i;
// Departments of what is eaten, drunk or swallowed. "Tea" only as a department of drinks: a
// product named "Green Tea Essence" is skincare.
const SWALLOWED =
  /\b(?:grocery|groceries|food|foods|snacks?|beverages?|drinks?|pantry|candy|sweets|cereal|breakfast|baking|produce|dairy|frozen|meat|seafood|bakery|coffee|teas|juice|supplements?|vitamins?(?: (?:&|and) supplements)?|sports nutrition|nutrition|baby food|digestion|digestive health)\b/i;
// Departments of goods that never touch the skin.
const NOT_SKIN = /\b(?:pets?|pet supplies|household|cleaning supplies|laundry|kitchen|electronics)\b/i;
// Words that make a title something eaten or swallowed whatever else it says ("Vanilla Ice Cream").
const SWALLOWED_TITLE =
  /\b(?:ice cream|cheese|yogh?urt|chocolate|candy|gummies|soda|juice|cookies?|crackers|chips|sauce|dressing|capsules?|caplets?|tablets?|softgels?|lozenges?|pastilles?|chewables?|oral|syrup)\b/i;
// A medicine for the skin by its title or label: a topical dosage form, a strength in w/w,
// "for external use only", a Drug Facts panel.
const TOPICAL =
  /\b(?:gel|cream|ointment|lotion|wash|foam|cutaneous|topical|w\/w|for external use|apply (?:a thin layer|to the (?:affected|skin))|drug facts|sunscreen|spf ?\d+)\b/i;
// Names that nearly every cosmetic list has and food lists do not.
const COSMETIC_LIST =
  /\b(?:aqua|glycerin|dimethicone|phenoxyethanol|parfum|butylene glycol|propanediol|cetearyl alcohol|caprylic\/capric triglyceride|tocopheryl acetate|sodium hyaluronate|ethylhexylglycerin|carbomer|polysorbate|peg-\d+|ci \d{5}|disodium edta|titanium dioxide|mica)\b/gi;

/**
 * The shop's filing of the product: its category path and category words, without the last crumb
 * where that is the product's own name ("Skincare › Vegan Kombucha Tea Essence"), which says what
 * the product is called, not where the shop files it.
 */
function filingOf(facts: ProductFacts): string {
  const title = facts.title?.trim().toLowerCase();
  const crumbs = facts.breadcrumbs.filter((crumb, i, all) => {
    const own = crumb.trim().toLowerCase();
    return !(
      i === all.length - 1 &&
      title &&
      (own === title || title.startsWith(own) || own.startsWith(title))
    );
  });
  return [...crumbs, facts.category ?? ''].join(' › ');
}

/**
 * Whether a product page sells something applied to the skin: the only pages the extension
 * flags. A title that names something swallowed decides first; then the shop's filing (a beauty
 * or skin-medicine department, against food, supplements and household goods); then the product
 * type its name gives, a topical medicine's wording, or a list that reads as a cosmetic formula.
 */
export function isCosmeticProduct(input: {
  isProductPage: boolean;
  facts: ProductFacts;
  productType: ProductType | null;
  listText: string | null;
}): boolean {
  const { isProductPage, facts, productType, listText } = input;
  if (!isProductPage) return false;
  if (SWALLOWED_TITLE.test(facts.title ?? '')) return false;
  const filing = filingOf(facts);
  const skinFiling = BEAUTY.test(filing) || SKIN_MEDICINE.test(filing);
  const otherFiling = SWALLOWED.test(filing) || NOT_SKIN.test(filing);
  if (skinFiling && !otherFiling) return true;
  const cosmeticList = (listText?.match(COSMETIC_LIST)?.length ?? 0) >= 2;
  if (otherFiling) return cosmeticList && productType !== null;
  return productType !== null || cosmeticList || TOPICAL.test(`${facts.title ?? ''}\n${listText ?? ''}`);
}
