import { describe, expect, test } from 'vitest';
import { isCosmeticProduct } from '../../src/extract/cosmetic-page';
import { productTypeIn, productTypeOf } from '../../src/extract/product-type';

describe('product type from a name', () => {
  test.each([
    ['Hydrating Facial Cleanser', 'cleanser'],
    ['Micellar Cleansing Water', 'cleanser'],
    ['Makeup Remover Balm', 'cleanser'],
    ['Exfoliating Cleanser', 'exfoliant'],
    ['Apricot Face Scrub', 'exfoliant'],
    ['AHA 30% + BHA 2% Peeling Solution', 'exfoliant'],
    // The engine issue: a title that says AHA or acid toner makes its acids hits wherever they sit.
    ['AHA Toner', 'exfoliant'],
    ['Glow Acid Tonic', 'exfoliant'],
    ['Glycolic Acid Toner', 'exfoliant'],
    ['Glycolic Acid 7% Toning Solution', 'toner'],
    ['Niacinamide 10% Serum', 'serum'],
    ['Retinol Ampoule', 'serum'],
    ['Daily Moisturizing Lotion', 'moisturiser'],
    ['Barrier Cream', 'moisturiser'],
    ['Ultra Repair Eye Cream', 'eye-care'],
    ['Clay Mask', 'mask'],
    ['Peel-Off Charcoal Mask', 'mask'],
    ['Mineral Sunscreen SPF 50', 'sunscreen'],
    ['Tinted Moisturizer SPF 30', 'makeup'],
    ['Longwear Foundation', 'makeup'],
    ['Radiant Concealer', 'makeup'],
    ['Volumizing Mascara', 'makeup'],
    ['Lip Balm', 'lip-care'],
    ['Body Butter', 'body-care'],
    ['Nettoyant moussant', 'cleanser'],
    ['Crème hydratante', 'moisturiser'],
    ['Sérum anti-âge', 'serum'],
    ['Gesichtswasser', 'toner'],
    ['Fond de teint', 'makeup'],
  ])('%s → %s', (name, type) => {
    expect(productTypeIn(name)).toBe(type);
  });
  test('the most specific breadcrumb wins over broader ones and the title', () => {
    expect(
      productTypeOf({
        breadcrumbs: ['Skincare', 'Cleansers & Exfoliators', 'Face Wash'],
        category: null,
        title: 'Glow Gel',
      }),
    ).toBe('cleanser');
    expect(productTypeOf({ breadcrumbs: ['Makeup', 'Face'], category: null, title: 'Second Skin' })).toBe(
      'makeup',
    );
    expect(productTypeOf({ breadcrumbs: [], category: null, title: 'Gift Card' })).toBeNull();
  });
});

describe('is this a cosmetic product?', () => {
  const facts = (over: object) => ({
    title: null,
    brand: null,
    breadcrumbs: [],
    category: null,
    variant: null,
    ...over,
  });
  test.each([
    ['a beauty category', { breadcrumbs: ['Beauty', 'Skin Care'] }, null, null, true],
    [
      'a grocery category',
      { breadcrumbs: ['Grocery', 'Candy'] },
      null,
      'Sugar, Citric Acid, Lactic Acid',
      false,
    ],
    [
      'a supplement',
      { breadcrumbs: ['Supplements', 'Vitamins'] },
      null,
      'Vitamin C, Citric Acid, Cellulose',
      false,
    ],
    ['a food title', { title: 'Vanilla Ice Cream' }, 'moisturiser', 'Milk, Cream, Sugar', false],
    ['a named cosmetic type', { title: 'Renewal Serum' }, 'serum', null, true],
    ['a cosmetic formula', { title: 'Item 123' }, null, 'Aqua, Glycerin, Phenoxyethanol, Retinol', true],
    ['nothing to go on', { title: 'Item 123' }, null, 'Sugar, Salt', false],
    [
      'a UK pharmacy acne gel: a medicine for the skin',
      { breadcrumbs: ['Pharmacy & Health', 'Skin Conditions', 'Acne'], title: 'Acnecide 5% w/w Gel 30g' },
      null,
      'Active ingredient: Benzoyl Peroxide 5% w/w. Other ingredients: Carbomer, Docusate Sodium, Purified Water',
      true,
    ],
    [
      'a retinoid gel filed only as a medicine: its dosage form says skin',
      { breadcrumbs: ['Medicines'], title: 'Adapalene 0.1% Gel' },
      null,
      'Adapalene 0.1%, Carbomer 940, Propylene Glycol, Poloxamer 182, Purified Water',
      true,
    ],
    [
      'tablets in the same pharmacy are swallowed',
      { breadcrumbs: ['Pharmacy & Health', 'Skin Conditions', 'Acne'], title: 'Clear Skin Support Tablets' },
      null,
      'Zinc Gluconate, Microcrystalline Cellulose, Citric Acid',
      false,
    ],
    [
      'the last crumb is the product’s own name ("Tea" in it is no food department)',
      {
        breadcrumbs: ['Home', 'All Korean Skincare', 'Vegan Kombucha Tea Essence (150ml)'],
        title: 'Vegan Kombucha Tea Essence (150ml)',
        category: 'Essence',
      },
      'toner',
      'Camellia Sinensis Leaf Water, Saccharomyces Ferment Filtrate, Citric Acid',
      true,
    ],
    [
      'a tea in the grocery aisle',
      { breadcrumbs: ['Grocery', 'Teas'], title: 'Chamomile Tea' },
      null,
      'Chamomile Flowers, Citric Acid',
      false,
    ],
    [
      'a dog shampoo',
      { breadcrumbs: ['Pet Supplies', 'Dogs'], title: 'Oatmeal Dog Wash' },
      'cleanser',
      'Water, Oat Extract, Citric Acid',
      false,
    ],
  ] as const)('%s', (_, over, productType, listText, expected) => {
    expect(isCosmeticProduct({ isProductPage: true, facts: facts(over), productType, listText })).toBe(
      expected,
    );
  });
  test('never on a page that is not a product page', () => {
    expect(
      isCosmeticProduct({
        isProductPage: false,
        facts: facts({ breadcrumbs: ['Skincare'] }),
        productType: 'serum',
        listText: null,
      }),
    ).toBe(false);
  });
});
