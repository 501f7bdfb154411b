import { describe, expect, test } from 'vitest';
import { parseLabel } from '../../src/ingredients/parse-label';

const names = (text: string): string[] =>
  parseLabel(text).parts.flatMap((p) => p.ingredients.map((i) => i.name));

describe('parseLabel: separators', () => {
  test.each([
    ['commas', 'Water, Glycerin, Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['semicolons', 'Water; Glycerin; Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['bullets', 'Water • Glycerin • Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['middle dots', 'Water · Glycerin · Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['Japanese comma', '水、グリセリン、レチノール', ['水', 'グリセリン', 'レチノール']],
    ['full-width comma', 'Water，Glycerin，Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['one per line', 'Water\nGlycerin\nRetinol', ['Water', 'Glycerin', 'Retinol']],
    ['spaced dashes', 'Water - Glycerin - Retinol', ['Water', 'Glycerin', 'Retinol']],
    ['no space after comma', 'WATER,GLYCERIN,RETINOL', ['WATER', 'GLYCERIN', 'RETINOL']],
    [
      'a comma list wrapped over lines',
      'Water, Sodium\nHyaluronate, Retinol',
      ['Water', 'Sodium Hyaluronate', 'Retinol'],
    ],
    ['a final "and" (one item naming two)', 'Water, Glycerin and Retinol', ['Water', 'Glycerin and Retinol']],
    ['an Oxford comma', 'Water, Glycerin, and Retinol', ['Water', 'Glycerin', 'Retinol']],
    [
      'hyphens inside names stay',
      'C12-15 Alkyl Benzoate, PEG-40 Castor Oil',
      ['C12-15 Alkyl Benzoate', 'PEG-40 Castor Oil'],
    ],
    ['a dot inside a name stays', 'Alcohol Denat., Glycerin', ['Alcohol Denat', 'Glycerin']],
    ['decimal numbers stay', 'Salicylic Acid 0.5%, Water', ['Salicylic Acid', 'Water']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('parseLabel: brackets, slashes and blends', () => {
  test('commas inside brackets do not split', () => {
    expect(names('Water (Aqua, Eau), Retinol Complex (Retinol, Polysorbate 20), Glycerin')).toEqual([
      'Water (Aqua, Eau)',
      'Retinol Complex (Retinol, Polysorbate 20)',
      'Glycerin',
    ]);
  });
  test('an unclosed bracket does not swallow the list', () => {
    expect(
      names(
        'Water (Aqua, Glycerin, Retinol, Squalane, Niacinamide, Panthenol, Allantoin, Urea, Tocopherol, Lecithin',
      ),
    ).toContain('Retinol');
  });
  test('slashes stay inside one item', () => {
    expect(names('Cera Alba/Beeswax, Lactic Acid/Glycolic Acid Copolymer')).toEqual([
      'Cera Alba/Beeswax',
      'Lactic Acid/Glycolic Acid Copolymer',
    ]);
  });
  test.each([
    ['(and)', 'Polysorbate 20 (and) Retinol, Water'],
    ['(AND)', 'Polysorbate 20 (AND) Retinol, Water'],
  ])('%s blends split into their ingredients', (_, text) => {
    expect(names(text)).toEqual(['Polysorbate 20', 'Retinol', 'Water']);
  });
  test('brackets are kept apart from the base name', () => {
    const [item] = parseLabel('Retinyl Palmitate (Vitamin A)').parts[0]?.ingredients ?? [];
    expect(item).toMatchObject({
      name: 'Retinyl Palmitate (Vitamin A)',
      base: 'Retinyl Palmitate',
      brackets: ['Vitamin A'],
    });
  });
});

describe('parseLabel: marks, strengths and trailing text', () => {
  test.each([
    ['a trailing percentage', 'Glycolic Acid 7%', 'Glycolic Acid', 7],
    ['a bracketed percentage', 'Niacinamide (10%)', 'Niacinamide', 10],
    ['a leading percentage', '2% Salicylic Acid', 'Salicylic Acid', 2],
    ['w/w', 'Benzoyl Peroxide 2.5% w/w', 'Benzoyl Peroxide', 2.5],
    ['a decimal comma', 'Retinol 0,3 %', 'Retinol', 0.3],
  ])('%s', (_, text, name, percent) => {
    const [item] = parseLabel(text).parts[0]?.ingredients ?? [];
    expect(item).toMatchObject({ name, percent });
  });
  test.each([
    ['asterisks', 'Aloe Barbadensis Leaf Juice*, Glycerin**', ['Aloe Barbadensis Leaf Juice', 'Glycerin']],
    ['daggers', 'Squalane†, Glycerin‡', ['Squalane', 'Glycerin']],
    ['superscript digits', 'Retinol¹, Glycerin²', ['Retinol', 'Glycerin']],
    ['trademark signs', 'Matrixyl™ 3000, Glycerin®', ['Matrixyl 3000', 'Glycerin']],
  ])('footnote marks: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  test('footnote legends and shop footers are not ingredients', () => {
    expect(
      names(
        'Water, Glycerin*, Phenoxyethanol. *Certified Organic Ingredient. **Natural origin. Please be aware that ingredient lists may change or vary from time to time. Please refer to the ingredient list on the product package you receive for the most up-to-date list of ingredients.',
      ),
    ).toEqual(['Water', 'Glycerin', 'Phenoxyethanol']);
  });
  test('a "Clean at Sephora" footer is not an ingredient list', () => {
    expect(
      names(
        'Water, Glycerin, Squalane.\n\nClean at Sephora products are formulated without parabens, sulfates SLS and SLES, phthalates, mineral oil, retinyl palmitate, oxybenzone.',
      ),
    ).toEqual(['Water', 'Glycerin', 'Squalane']);
  });
});

describe('parseLabel: text that looks odd but is a label', () => {
  test.each([
    ['no-break spaces', 'Water,\u00a0Retinyl\u00a0Palmitate', ['Water', 'Retinyl Palmitate']],
    ['em spaces', 'Water,\u2003Retinyl\u2003Palmitate', ['Water', 'Retinyl Palmitate']],
    ['zero-width spaces', 'Water, Reti\u200bnol', ['Water', 'Retinol']],
    ['a byte-order mark and bidi marks', '\ufeffWater, \u200eRetinol\u200f', ['Water', 'Retinol']],
    ['Windows line ends', 'Water\r\nRetinol\r\n', ['Water', 'Retinol']],
    ['ALL CAPS', 'AQUA, RETINYL PALMITATE', ['AQUA', 'RETINYL PALMITATE']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  test('a name split by a stray comma is joined when the caller knows the whole name', () => {
    const parsed = parseLabel('Water, Retinyl, Palmitate, Glycerin', {
      isSplitName: (a, b) => `${a} ${b}`.toLowerCase() === 'retinyl palmitate',
    });
    expect(parsed.parts[0]?.ingredients.map((i) => [i.position, i.name])).toEqual([
      [1, 'Water'],
      [2, 'Retinyl, Palmitate'],
      [3, 'Glycerin'],
    ]);
  });
});

describe('parseLabel: headers', () => {
  test.each([
    ['Ingredients:', 'Ingredients: Water, Retinol'],
    ['INCI:', 'INCI: Water, Retinol'],
    ['Full ingredients list:', 'Full Ingredients List: Water, Retinol'],
    ['French', 'Ingrédients : Water, Retinol'],
    ['German', 'Inhaltsstoffe: Water, Retinol'],
    ['Spanish', 'Ingredientes: Water, Retinol'],
    ['Italian', 'Ingredienti: Water, Retinol'],
    ['Korean', '전성분: Water, Retinol'],
    ['Japanese', '全成分：Water、Retinol'],
    ['a header on its own line', 'INGREDIENTS\nWater, Retinol'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual(['Water', 'Retinol']);
  });
  test('marketing before an explicit list is not read', () => {
    expect(
      names(
        'A silky serum with retinol, peptides, and squalane for smoother skin.\nIngredients: Water, Squalane',
      ),
    ).toEqual(['Water', 'Squalane']);
  });
  test('"May contain" tails are read and marked', () => {
    const parsed = parseLabel('Talc, Mica, Dimethicone [+/- CI 77491, CI 77492, CI 77499]');
    const items = parsed.parts[0]?.ingredients ?? [];
    expect(items.map((i) => [i.name, i.mayContain])).toEqual([
      ['Talc', false],
      ['Mica', false],
      ['Dimethicone', false],
      ['CI 77491', true],
      ['CI 77492', true],
      ['CI 77499', true],
    ]);
  });
  test('"May contain" as a header', () => {
    const items =
      parseLabel('Talc, Mica. May Contain (+/-): Iron Oxides (CI 77491), Titanium Dioxide').parts[0]
        ?.ingredients ?? [];
    expect(items.filter((i) => i.mayContain).map((i) => i.name)).toEqual([
      'Iron Oxides (CI 77491)',
      'Titanium Dioxide',
    ]);
  });
});

describe('parseLabel: Drug Facts', () => {
  test('a panel with colons', () => {
    const parsed = parseLabel(
      'Active ingredient: Benzoyl Peroxide 2.5% Purpose: Acne treatment Warnings: For external use only. Inactive ingredients: Water, Carbomer, Sodium Hydroxide',
    );
    expect(parsed.parts).toHaveLength(1);
    expect(parsed.parts[0]?.ingredients.map((i) => [i.position, i.name, i.role])).toEqual([
      [1, 'Benzoyl Peroxide', 'active'],
      [2, 'Water', 'inactive'],
      [3, 'Carbomer', 'inactive'],
      [4, 'Sodium Hydroxide', 'inactive'],
    ]);
  });
  test('a table with dotted leaders, one line per section', () => {
    const parsed = parseLabel(
      'Drug Facts\nActive ingredient          Purpose\nAdapalene 0.1% (retinoid) .......... Acne treatment\nUses\n• for the treatment of acne\nWarnings\nFor external use only\nInactive ingredients\ncarbomer 940, edetate disodium, methylparaben, poloxamer 182, propylene glycol, purified water, sodium hydroxide',
    );
    const items = parsed.parts[0]?.ingredients ?? [];
    expect(items[0]).toMatchObject({ name: 'Adapalene', role: 'active', percent: 0.1 });
    expect(items.map((i) => i.name)).toContain('purified water');
    expect(items.map((i) => i.name)).not.toContain('Acne treatment');
  });
  test('a panel flattened into one line without colons', () => {
    const parsed = parseLabel(
      'Drug Facts Active ingredient Salicylic acid 2% Purpose Acne treatment Uses for the treatment of acne Warnings For external use only Inactive ingredients water, glycerin, sodium hydroxide',
    );
    expect(parsed.parts[0]?.ingredients.map((i) => [i.name, i.role])).toEqual([
      ['Salicylic acid', 'active'],
      ['water', 'inactive'],
      ['glycerin', 'inactive'],
      ['sodium hydroxide', 'inactive'],
    ]);
  });
  test('several actives with strengths', () => {
    const parsed = parseLabel(
      'Active Ingredients: Avobenzone 3%, Homosalate 10%, Octisalate 5%. Inactive Ingredients: Water, Glycerin',
    );
    expect(
      parsed.parts[0]?.ingredients.filter((i) => i.role === 'active').map((i) => [i.name, i.percent]),
    ).toEqual([
      ['Avobenzone', 3],
      ['Homosalate', 10],
      ['Octisalate', 5],
    ]);
  });
});

describe('parseLabel: kits', () => {
  test('each product of a kit is its own part', () => {
    const parsed = parseLabel(
      'Cleanser: Water, Sodium Laureth Sulfate, Glycerin. Serum: Water, Retinol, Squalane.',
    );
    expect(parsed.parts.map((p) => [p.title, p.ingredients.map((i) => i.name)])).toEqual([
      ['Cleanser', ['Water', 'Sodium Laureth Sulfate', 'Glycerin']],
      ['Serum', ['Water', 'Retinol', 'Squalane']],
    ]);
  });
  test('kit products on their own lines, with numbered steps', () => {
    const parsed = parseLabel(
      'STEP 01 Super Booster:\nWater, Glycerin, Niacinamide\nSTEP 02 Night Ampoule:\nWater, Retinol, Squalane',
    );
    expect(parsed.parts.map((p) => p.title)).toEqual(['STEP 01 Super Booster', 'STEP 02 Night Ampoule']);
    expect(parsed.parts[1]?.ingredients.map((i) => [i.position, i.name])).toEqual([
      [1, 'Water'],
      [2, 'Retinol'],
      [3, 'Squalane'],
    ]);
  });
  test('a kit product name followed by an Ingredients header', () => {
    const parsed = parseLabel(
      'Night Cream:\nIngredients: Water, Retinol\nDay Cream:\nIngredients: Water, Zinc Oxide',
    );
    expect(parsed.parts.map((p) => p.title)).toEqual(['Night Cream', 'Day Cream']);
  });
});

describe('parseLabel: text that is not a list', () => {
  test.each([
    ['an exclusion', 'Free from retinol, parabens and sulfates.'],
    ['a -free claim', 'Retinol-free. Fragrance-free.'],
    ['formulated without', 'Formulated without AHAs, BHAs or retinoids.'],
    ['a key-ingredients highlight', 'Key Ingredients: Retinol, Glycolic Acid, Niacinamide'],
    [
      'highlight bullets',
      '-Retinol: Reduces the look of fine lines.\n-Glycolic Acid: Exfoliates for a smoother look.',
    ],
    ['a shop message', 'Visit the Perricone MD boutique'],
    ['a French exclusion', 'Sans parfum, sans alcool, sans rétinol.'],
    ['a German exclusion', 'Frei von Retinol und Parfum.'],
    ['a zero-percent claim', '0% alcohol'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
  test.each([
    [
      'usage directions',
      'Apply two drops to clean skin, morning and evening, and follow with moisturiser.',
      [],
    ],
    [
      'a blurb sentence before an unlabelled list',
      'A silky serum with retinol, peptides, and squalane. Water, Glycerin, Retinol',
      ['Water', 'Glycerin', 'Retinol'],
    ],
    [
      'highlights run straight into the list',
      '-Retinol: Reduces the look of lines, firms, and refines texture. Water, Squalane, Glycerin, Retinol, Tocopherol',
      ['Water', 'Squalane', 'Glycerin', 'Retinol', 'Tocopherol'],
    ],
    [
      'a long slash-joined ferment name is one ingredient, not prose',
      'Water, Lactobacillus/Honeysuckle Flower/Licorice Root/Morus Alba Root/Pueraria Lobata Root/Schizandra Chinensis Fruit/Scutellaria Baicalensis Root/Sophora Japonica Flower Extract Ferment Filtrate, Retinyl Palmitate',
      [
        'Water',
        'Lactobacillus/Honeysuckle Flower/Licorice Root/Morus Alba Root/Pueraria Lobata Root/Schizandra Chinensis Fruit/Scutellaria Baicalensis Root/Sophora Japonica Flower Extract Ferment Filtrate',
        'Retinyl Palmitate',
      ],
    ],
  ])('prose in text without a header: %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  test('a highlight block before the real list leaves the list alone', () => {
    expect(
      names(
        'Key Ingredients:\nRetinol: smooths lines\nNiacinamide: refines pores\n\nWater, Glycerin, Niacinamide, Phenoxyethanol',
      ),
    ).toEqual(['Water', 'Glycerin', 'Niacinamide', 'Phenoxyethanol']);
  });
});
