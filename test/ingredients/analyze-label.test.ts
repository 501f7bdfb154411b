import { describe, expect, test } from 'vitest';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import type { FamilyId, ProductType } from '../../src/ingredients/family-schema';

/** `family:name` for every real (not trace) finding. */
function hits(text: string, productType?: ProductType): string[] {
  return analyzeLabel(text, productType ? { productType } : {})
    .findings.filter((f) => !f.trace)
    .map((f) => `${f.family}:${f.name}`);
}
function traces(text: string): string[] {
  return analyzeLabel(text)
    .findings.filter((f) => f.trace)
    .map((f) => `${f.family}:${f.name}`);
}
function families(text: string): FamilyId[] {
  return [
    ...new Set(
      analyzeLabel(text)
        .findings.filter((f) => !f.trace)
        .map((f) => f.family),
    ),
  ];
}

describe('retinoids: every label spelling', () => {
  test.each([
    'Retinol',
    'Retinol (Vitamin A)',
    'Vitamin A',
    'Retinal',
    'Retinaldehyde',
    'Retinyl Palmitate',
    'Retinyl Palmitate (Vitamin A)',
    'Vitamin A Palmitate',
    'Retinyl Acetate',
    'Retinyl Propionate',
    'Retinyl Linoleate',
    'Retinyl Retinoate',
    'Hydroxypinacolone Retinoate',
    'Granactive Retinoid',
    'Tretinoin',
    'Retinoic Acid',
    'Adapalene',
    'Tazarotene',
    'Trifarotene',
    'RETINYL PALMITATE',
    'retinol',
    'Rétinol',
    'Palmitate de rétinyle',
    'Retinylpalmitat',
    'レチノール',
    'パルミチン酸レチノール',
    '레티놀',
    '레티닐팔미테이트',
    '레티닐 팔미테이트',
    'Encapsulated Retinol',
    'Retin-A',
    'Differin Gel',
    'Palmitato de retinilo',
    'Retinil palmitato',
    'Retinyl Palmitat',
    'Retinyl Plamitate',
  ])('%s', (name) => {
    expect(families(`Water, Glycerin, ${name}, Phenoxyethanol`)).toEqual(['retinoid']);
  });
  test.each([
    ['a trade blend', 'Water, Dimethyl Isosorbide (and) Hydroxypinacolone Retinoate, Glycerin'],
    ['an encapsulation blend', 'Water, Polysorbate 20 (and) Retinol, Glycerin'],
    ['a name split by a stray comma', 'Water, Glycerin, Retinyl, Palmitate, Phenoxyethanol'],
    ['a slash with another name', 'Water, Retinyl Palmitate/Carrot Polypeptide, Glycerin'],
    ['inside a complex', 'Water, Retinol Complex (Water, Retinol, Hydrogenated Lecithin), Glycerin'],
    [
      'a drug name in a Drug Facts panel',
      'Active ingredient: Adapalene 0.1% (retinoid) Purpose: Acne treatment Inactive ingredients: Water, Carbomer',
    ],
  ])('%s', (_, text) => {
    expect(families(text)).toEqual(['retinoid']);
  });
  test('a retinoid at the very end of a list is never trace, but carries a low-amount note', () => {
    const result = analyzeLabel(
      'Water, Glycerin, Phenoxyethanol, Fragrance, Citric Acid, Sodium Citrate, Retinyl Palmitate',
    );
    const finding = result.findings.find((f) => f.family === 'retinoid');
    expect(finding).toMatchObject({ name: 'Retinyl Palmitate', trace: false, level: 'avoid', position: 7 });
    expect(finding?.note).toEqual({ code: 'member', note: 'retinyl-ester' });
  });
});

describe('look-alikes are not members', () => {
  test.each([
    ['Bakuchiol', 'Water, Bakuchiol, Glycerin'],
    ['Bidens Pilosa', 'Water, Bidens Pilosa Extract, Glycerin'],
    ['Beta-Carotene', 'Water, Beta-Carotene, Glycerin'],
    ['Beta-Carotene claimed as vitamin A', 'Water, Beta-Carotene (Vitamin A), Glycerin'],
    ['PLGA', 'Water, Lactic Acid/Glycolic Acid Copolymer, Glycerin'],
    ['a Lactobacillus ferment', 'Water, Lactobacillus Ferment, Lactobacillus/Soybean Ferment Extract'],
    [
      'lactate esters and humectant salts',
      'Water, Lauryl Lactate, Menthyl Lactate, C12-15 Alkyl Lactate, Sodium Lactate, Sodium PCA',
    ],
    ['butylene glycol', 'Water, Butylene Glycol, Glycol Distearate, Glycolipids'],
    [
      'salicylate sunscreen filters',
      'Ethylhexyl Salicylate, Homosalate, Octisalate, Butyloctyl Salicylate, Water',
    ],
    ['BHA the antioxidant', 'Water, Mineral Oil, BHA, BHT'],
    ['avobenzone', 'Water, Butyl Methoxydibenzoylmethane, Glycerin'],
    ['benzoates', 'Water, Sodium Benzoate, Benzoic Acid, Benzyl Alcohol'],
    ['fatty alcohols', 'Water, Cetyl Alcohol, Cetearyl Alcohol, Stearyl Alcohol, Behenyl Alcohol'],
    [
      'vitamin C derivatives',
      'Water, 3-O-Ethyl Ascorbic Acid, Sodium Ascorbyl Phosphate, Ascorbyl Glucoside',
    ],
    ['gluconate chelators', 'Water, Sodium Gluconate, Calcium Gluconate, Zinc Gluconate'],
    ['gentle surfactants', 'Water, Sodium Cocoyl Glycinate, Cocamidopropyl Betaine, Decyl Glucoside'],
    ['vitamin E acetate, one letter from vitamin A acetate', 'Water, Vitamin E Acetate, Glycerin'],
    ['maleic acid, one letter from malic acid', 'Water, Glycerin, Maleic Acid'],
    ['salicylic-looking polymer', 'Water, Salicyloyl Phytosphingosine, Glycerin'],
  ])('%s', (_, text) => {
    expect(hits(text)).toEqual([]);
  });
  test('polylactic acid is a scrub bead, never lactic acid', () => {
    expect(hits('Water, Polylactic Acid, Glycerin', 'moisturiser')).toEqual([]);
    expect(hits('Water, Polylactic Acid, Glycerin', 'exfoliant')).toEqual([
      'physical-exfoliant:Polylactic Acid',
    ]);
  });
  test.each([
    ['free from', 'Free from retinol, parabens and sulfates.'],
    ['-free', 'This retinol-free serum is gentle.'],
    ['formulated without', 'Formulated without AHAs, retinyl palmitate or benzoyl peroxide.'],
    ['a product name', 'Retinol Alternative'],
    ['a product name with Retin-ALT', 'Retin-ALT'],
    ['a review', 'I love that this has no retinol in it!'],
  ])('no finding from %s', (_, text) => {
    expect(analyzeLabel(text).findings).toEqual([]);
  });
});

describe('AHAs, BHA, PHA and benzoyl peroxide', () => {
  test.each([
    [
      'glycolic acid',
      'Water, Glycolic Acid, Sodium Hydroxide, Glycerin, Phenoxyethanol',
      'aha:Glycolic Acid',
    ],
    ['L-lactic acid', 'Water, L-Lactic Acid, Glycerin, Phenoxyethanol', 'aha:L-Lactic Acid'],
    ['mandelic acid', 'Water, Mandelic Acid, Glycerin, Phenoxyethanol', 'aha:Mandelic Acid'],
    ['ammonium lactate', 'Water, Ammonium Lactate, Mineral Oil, Phenoxyethanol', 'aha:Ammonium Lactate'],
    ['a known misspelling', 'Water, Glycolici Acid, Glycerin', 'aha:Glycolici Acid'],
    ['an unlisted misspelling', 'Water, Salicyclic Acid, Glycerin', 'bha:Salicyclic Acid'],
    [
      'a brand name',
      'Active ingredient: PanOxyl 10%. Inactive ingredients: Water',
      'benzoyl-peroxide:PanOxyl',
    ],
    ['Spanish benzoyl peroxide', 'Agua, Peróxido de benzoilo', 'benzoyl-peroxide:Peróxido de benzoilo'],
    ['Italian glycolic acid', 'Acqua, Acido glicolico, Glicerina', 'aha:Acido glicolico'],
    ['a strength', 'Glycolic Acid 7%, Water, Glycerin', 'aha:Glycolic Acid'],
    ['salicylic acid', 'Water, Salicylic Acid, Glycerin, Phenoxyethanol', 'bha:Salicylic Acid'],
    [
      'gluconolactone high in a toner',
      'Water, Gluconolactone, Glycerin, Phenoxyethanol',
      'pha:Gluconolactone',
    ],
    ['benzoyl peroxide', 'Water, Benzoyl Peroxide, Carbomer', 'benzoyl-peroxide:Benzoyl Peroxide'],
    [
      'hydrous benzoyl peroxide',
      'Hydrous Benzoyl Peroxide 10%, Water',
      'benzoyl-peroxide:Hydrous Benzoyl Peroxide',
    ],
    ['Korean glycolic acid', '정제수, 글라이콜릭애씨드, 글리세린', 'aha:글라이콜릭애씨드'],
    ['Japanese salicylic acid', '水、サリチル酸、BG', 'bha:サリチル酸'],
    ['French glycolic acid', 'Eau, Acide glycolique, Glycérine', 'aha:Acide glycolique'],
    ['German benzoyl peroxide', 'Benzoylperoxid, Wasser', 'benzoyl-peroxide:Benzoylperoxid'],
  ])('%s', (_, text, expected) => {
    expect(hits(text)).toContain(expected);
  });
  test('benzoyl peroxide in a Drug Facts panel is an active ingredient at position 1', () => {
    const result = analyzeLabel(
      'Drug Facts\nActive ingredient Purpose\nBenzoyl peroxide 2.5% ........ Acne treatment\nInactive ingredients: water, carbomer, glycerin',
    );
    expect(result.ingredients[0]).toBe('Benzoyl peroxide');
    expect(result.findings).toEqual([
      expect.objectContaining({
        name: 'Benzoyl peroxide',
        family: 'benzoyl-peroxide',
        position: 1,
        role: 'active',
        trace: false,
      }),
    ]);
  });
});

describe('list position: pH adjusters and preservative boosters are trace', () => {
  test.each([
    [
      'citric acid after phenoxyethanol',
      'Water, Glycerin, Squalane, Phenoxyethanol, Ethylhexylglycerin, Citric Acid',
      'aha:Citric Acid',
    ],
    [
      'citric acid at the tail with its salt',
      'Water, Glycerin, Squalane, Niacinamide, Panthenol, Allantoin, Sodium Citrate, Citric Acid',
      'aha:Citric Acid',
    ],
    [
      'lactic acid with sodium lactate at the tail',
      'Water, Glycerin, Squalane, Cetearyl Alcohol, Dimethicone, Sodium Lactate, Lactic Acid',
      'aha:Lactic Acid',
    ],
    [
      'lactic acid after a colourant',
      'Water, Glycerin, Shea Butter, CI 77891, Lactic Acid',
      'aha:Lactic Acid',
    ],
    [
      'glycolic acid after preservatives in a moisturiser',
      'Water, Glycerin, Squalane, Phenoxyethanol, Chlorphenesin, Glycolic Acid',
      'aha:Glycolic Acid',
    ],
    [
      'gluconolactone with sodium benzoate',
      'Water, Glycerin, Squalane, Niacinamide, Gluconolactone, Sodium Benzoate, Calcium Gluconate',
      'pha:Gluconolactone',
    ],
    ['an acid among the colourants', 'Talc, Mica [+/- CI 77491, Citric Acid]', 'aha:Citric Acid'],
  ])('%s', (_, text, expected) => {
    expect(traces(text)).toEqual([expected]);
    expect(hits(text)).toEqual([]);
  });
  test('a trace finding says why: a code naming the ingredient that draws the 1 % line', () => {
    const [finding] = analyzeLabel('Water, Glycerin, Phenoxyethanol, Citric Acid').findings;
    expect(finding?.trace).toBe(true);
    expect(finding?.reason).toEqual({ code: 'after-line-ph', marker: 'Phenoxyethanol' });
  });
  test.each([
    [
      'citric acid high in an acid serum',
      'Water, Citric Acid, Glycolic Acid, Lactic Acid, Glycerin, Phenoxyethanol',
      'aha:Citric Acid',
    ],
    [
      'citric acid claimed as an AHA',
      'Water, Glycerin, Squalane, Citric Acid (AHA), Sodium Citrate, Phenoxyethanol',
      'aha:Citric Acid',
    ],
    [
      'an acid run above the line',
      'Water, Glycerin, Butylene Glycol, Lactic Acid, Glycolic Acid, Sodium Hydroxide, Phenoxyethanol',
      'aha:Lactic Acid',
    ],
  ])('not trace: %s', (_, text, expected) => {
    expect(hits(text)).toContain(expected);
  });
  test('an exfoliant keeps its acids at any position', () => {
    expect(hits('Water, Glycerin, Phenoxyethanol, Lactic Acid', 'exfoliant')).toEqual(['aha:Lactic Acid']);
  });
});

describe('cleansers, scrubs and the product type', () => {
  test('sodium lauryl sulfate high in a cleanser is a harsh surfactant', () => {
    expect(hits('Water, Sodium Lauryl Sulfate, Cocamidopropyl Betaine, Glycerin', 'cleanser')).toEqual([
      'harsh-surfactant:Sodium Lauryl Sulfate',
    ]);
  });
  test('sodium lauryl sulfate in a leave-on cream is not a harsh cleanser', () => {
    expect(hits('Water, Glycerin, Sodium Lauryl Sulfate, Phenoxyethanol', 'moisturiser')).toEqual([]);
  });
  test('soap bases are harsh cleansers', () => {
    expect(families('Sodium Palmate, Sodium Palm Kernelate, Water, Glycerin')).toEqual(['harsh-surfactant']);
  });
  test('walnut shell powder in a scrub is a physical exfoliant', () => {
    expect(hits('Water, Juglans Regia (Walnut) Shell Powder, Glycerin', 'exfoliant')).toEqual([
      'physical-exfoliant:Juglans Regia (Walnut) Shell Powder',
    ]);
  });
  test('silica is a scrub particle only in a scrub', () => {
    expect(hits('Water, Silica, Glycerin', 'moisturiser')).toEqual([]);
    expect(hits('Water, Silica, Glycerin', 'exfoliant')).toEqual(['physical-exfoliant:Silica']);
  });
});

describe('caution families', () => {
  test.each([
    ['L-ascorbic acid', 'Water, Ascorbic Acid, Glycerin, Phenoxyethanol', 'vitamin-c'],
    ['fragrance', 'Water, Glycerin, Parfum (Fragrance)', 'fragrance'],
    ['an essential oil', 'Water, Lavandula Angustifolia (Lavender) Oil, Glycerin', 'fragrance'],
    [
      'denatured alcohol high in the list',
      'Alcohol Denat., Water, Glycerin, Phenoxyethanol',
      'drying-alcohol',
    ],
  ])('%s', (_, text, family) => {
    const findings = analyzeLabel(text).findings.filter((f) => !f.trace);
    expect(findings.map((f) => [f.family, f.level])).toEqual([[family, 'caution']]);
  });
});

describe('kits', () => {
  test.each([
    [
      'steps after a blurb',
      'A two-step peel for glowing skin. Step One: Water, Glycolic Acid, Lactic Acid, Phenoxyethanol. Step Two: Water, Glycerin, Retinol, Squalane.',
      ['Step One', 'Step Two'],
    ],
    [
      'parts',
      'Part A: Water, Glycolic Acid, Glycerin, Phenoxyethanol\nPart B: Water, Retinol, Glycerin',
      ['Part A', 'Part B'],
    ],
    [
      'pads with a note',
      'Pad 1 (Exfoliating): Water, Lactic Acid, Malic Acid, Glycerin\nPad 2 (Neutralizing): Water, Retinol, Glycerin',
      ['Pad 1 (Exfoliating)', 'Pad 2 (Neutralizing)'],
    ],
  ])('every step is read: %s', (_, text, titles) => {
    const result = analyzeLabel(text);
    expect(result.parts.map((p) => p.title)).toEqual(titles);
    expect(new Set(result.findings.filter((f) => !f.trace).map((f) => f.family))).toEqual(
      new Set(['aha', 'retinoid']),
    );
  });
  test('a finding names the product of the kit it belongs to', () => {
    const result = analyzeLabel(
      'Cleanser: Water, Glycerin, Cocamidopropyl Betaine. Night Serum: Water, Squalane, Retinol.',
    );
    expect(result.parts.map((p) => p.title)).toEqual(['Cleanser', 'Night Serum']);
    expect(result.findings).toEqual([
      expect.objectContaining({ name: 'Retinol', part: 'Night Serum', position: 3 }),
    ]);
  });
});

describe('every finding carries what the popup needs', () => {
  test('name as printed, family, position, trace, and the family reason and the note as codes', () => {
    const [finding] = analyzeLabel('Aqua, Glycerin, RETINYL PALMITATE').findings;
    expect(finding).toMatchObject({
      name: 'RETINYL PALMITATE',
      family: 'retinoid',
      position: 3,
      trace: false,
      canonical: 'Retinyl Palmitate',
    });
    expect(finding?.reason).toEqual({ code: 'family', family: 'retinoid' });
    expect(finding?.note).toEqual({ code: 'member', note: 'retinyl-ester' });
  });
});

/** `family:name` of what the patient is told to avoid: hits at the avoid level. */
function avoided(text: string, options: { productType?: ProductType; title?: string } = {}): string[] {
  return analyzeLabel(text, options)
    .findings.filter((f) => !f.trace && f.level === 'avoid')
    .map((f) => `${f.family}:${f.name}`)
    .sort();
}

// The shapes below are the ones the real-label corpus (test/ingredients/real-labels.test.ts) showed
// the engine missing; each line is written in the shape of those labels.
describe('drug and pharmacy labels: the medicine wherever the label states it', () => {
  test.each([
    [
      'a pharmacopoeia mark after the name',
      'Active ingredient: Adapalene USP 0.1% (retinoid)',
      ['retinoid:Adapalene'],
    ],
    ['BP and a w/w strength', 'Tretinoin BP 0.025% w/w', ['retinoid:Tretinoin']],
    [
      'IP in an Indian composition',
      'Composition: Adapalene IP 0.1% w/w, Gel base q.s.',
      ['retinoid:Adapalene'],
    ],
    ['a strength in mg per gram', 'Benzoyl peroxide 40 mg/ml', ['benzoyl-peroxide:Benzoyl peroxide']],
    [
      'a composition sentence with two actives',
      'Each gram of the gel contains 1 mg (0.1%) adapalene and 25 mg (2.5%) benzoyl peroxide in an aqueous gel base.',
      ['benzoyl-peroxide:benzoyl peroxide', 'retinoid:adapalene'],
    ],
    [
      'actives joined by a plus',
      'Adapalene (0.1% w/w) + Benzoyl Peroxide (2.5% w/w)',
      ['benzoyl-peroxide:Benzoyl Peroxide', 'retinoid:Adapalene'],
    ],
    [
      '"contains the active ingredient"',
      'The cream contains the active ingredient tretinoin.',
      ['retinoid:tretinoin'],
    ],
    [
      'the paragraph above an inactive-ingredients heading',
      'Each gram contains 0.5 mg of tazarotene. Inactive ingredients: carbomer, water.',
      ['retinoid:tazarotene'],
    ],
    [
      'a table row with its role glued on',
      'ADAPALENEActive\nWATERInactive\nCARBOMERInactive',
      ['retinoid:ADAPALENEActive'],
    ],
    ['Japanese with the strength glued on', 'アダパレン0.1%', ['retinoid:アダパレン']],
    ['Japanese with a unit', '有効成分1g中 過酸化ベンゾイル 50mg', ['benzoyl-peroxide:過酸化ベンゾイル']],
    ['Japanese with "preparation" after it', '過酸化ベンゾイル製剤', ['benzoyl-peroxide:過酸化ベンゾイル']],
    [
      'a one-letter slip in a drug name next to a strength',
      'Active ingredient: Agapalene USP 0.1%',
      ['retinoid:Agapalene'],
    ],
  ])('%s', (_, text, expected) => {
    expect(avoided(text)).toEqual(expected);
  });

  test.each([
    ['a combination brand', 'Epiduo Forte Gel', ['benzoyl-peroxide:Epiduo Forte', 'retinoid:Epiduo Forte']],
    ['a brand with its dosage form', 'Retin-A Cream 0.05%', ['retinoid:Retin-A']],
    ['a brand that needs its form, with it', 'Differin Gel 0.1%', ['retinoid:Differin']],
    ['a Japanese brand', 'ベピオゲル2.5%', ['benzoyl-peroxide:ベピオ']],
  ])('by brand: %s', (_, text, expected) => {
    expect(avoided(text)).toEqual(expected);
  });

  test('a brand names which medicine it contains', () => {
    const [finding] = analyzeLabel('Aklief Cream').findings;
    expect(finding).toMatchObject({
      canonical: 'Trifarotene',
      position: 0,
      note: { code: 'brand', brand: 'Aklief', member: 'Trifarotene' },
    });
  });

  test('the product name from the page is read too', () => {
    expect(avoided('Water, Carbomer, Phenoxyethanol', { title: 'Twyneo Cream' })).toEqual([
      'benzoyl-peroxide:Twyneo',
      'retinoid:Twyneo',
    ]);
  });

  test.each([
    [
      'a brand that sells cosmetics too, without a dosage form',
      'Differin Oil Absorbing Moisturizer with Sunscreen',
    ],
    ['advice not to combine', 'Do not use with benzoyl peroxide or tretinoin.'],
    ['a comparison', 'Gentler than tretinoin, with bakuchiol.'],
    [
      'other medicines named in passing',
      '有効成分: アダパレン。他に、ベピオゲル、エピデュオゲルなどがあります',
    ],
    [
      'a warnings block',
      'Warnings\nWhen using this product avoid using tretinoin at the same time\n\nIngredients: Water',
    ],
    ['a strength of nothing', '0% Benzoyl Peroxide'],
  ])('not the product’s medicine: %s', (_, text) => {
    expect(avoided(text).filter((f) => !f.startsWith('retinoid:アダパレン'))).toEqual([]);
  });
});

describe('a page with no list: its key-ingredient blurb counts', () => {
  test.each([
    [
      'a bullet with a strength',
      '-Retinol 0.3%: smooths the look of fine lines\n-Squalane: hydrates',
      ['retinoid:Retinol'],
    ],
    [
      'a complex with a strength',
      '10% Lactic Acid Complex: exfoliates to reveal brighter skin',
      ['aha:Lactic Acid'],
    ],
    ['an L-form in brackets', '- Mandelic Acid (L): gently resurfaces', ['aha:Mandelic Acid']],
    ['a vitamin name', 'Vitamins A, C and E protect the skin.', ['retinoid:Vitamins A']],
    [
      'key ingredients alone',
      'Key Ingredients: Retinol, Glycolic Acid',
      ['aha:Glycolic Acid', 'retinoid:Retinol'],
    ],
  ])('%s', (_, text, expected) => {
    expect(avoided(text)).toEqual(expected);
  });

  test('with a full list, the list wins over the blurb', () => {
    const text =
      'Key Ingredients: Glycolic Acid: brightens.\nIngredients: Water, Glycerin, Squalane, Niacinamide, Phenoxyethanol, Citric Acid';
    expect(avoided(text)).toEqual([]);
  });

  test.each([
    [
      'a name deep in a paragraph',
      'Centella also carries a nice supporting cast of Vitamin A, vitamin C and amino acids.',
    ],
    ['a name in brackets after another', 'Water, Beta-Carotene (Vitamin A), Glycerin'],
    ['a study', 'A clinical trial found 0.5% bakuchiol and 0.5% retinol reduced wrinkles equally.'],
  ])('not a blurb’s active: %s', (_, text) => {
    expect(avoided(text)).toEqual([]);
  });
});

describe('marks glued to names', () => {
  test.each([
    ['a footnote digit', 'Water, Glycerin, Lactic Acid3, Phenoxyethanol', 'aha:Lactic Acid3'],
    [
      'a bracketed footnote and trade words',
      'Water, Retinol[2] Pure tm, Glycerin',
      'retinoid:Retinol[2] Pure tm',
    ],
    ['a trademark sign', 'Water, Retinol™, Glycerin', 'retinoid:Retinol'],
    ['a dagger', 'Water, Glycolic Acid†, Glycerin, Phenoxyethanol', 'aha:Glycolic Acid'],
    [
      'a decoder table’s function column',
      'Water\nEmulsifyingRetinol\nHumectantGlycerin',
      'retinoid:EmulsifyingRetinol',
    ],
  ])('%s', (_, text, expected) => {
    expect(avoided(text)).toEqual([expected]);
  });
});

describe('exfoliating acids that sit low in the list', () => {
  test('two different acids after the 1 % line are there to exfoliate', () => {
    const text = 'Water, Glycerin, Phenoxyethanol, Malic Acid, Tartaric Acid, Sodium Hydroxide';
    expect(avoided(text)).toEqual(['aha:Malic Acid', 'aha:Tartaric Acid']);
    expect(analyzeLabel(text).findings[0]?.reason).toEqual({ code: 'acid-group', others: 1 });
  });
  test.each([
    [
      'citric acid does not make a group',
      'Water, Glycerin, Phenoxyethanol, Sodium Citrate, Citric Acid, Malic Acid',
    ],
    [
      'an acid beside its own salt is a buffer',
      'Water, Glycerin, Phenoxyethanol, Sodium Lactate, Lactic Acid, Citric Acid',
    ],
    [
      'a Geogard-type preservative system marks the 1 % line',
      'Water, Glycerin, Squalane, Gluconolactone, Calcium Gluconate, Lactic Acid, Xanthan Gum',
    ],
  ])('still a trace: %s', (_, text) => {
    expect(avoided(text)).toEqual([]);
  });
  test('an exfoliating product keeps its acids at any position', () => {
    expect(avoided('Water, Glycerin, Phenoxyethanol, Lactic Acid', { productType: 'exfoliant' })).toEqual([
      'aha:Lactic Acid',
    ]);
  });
  test('in a drug’s alphabetical inactive list beside a base, a lone acid is a caution, not an avoid', () => {
    const text =
      'Active ingredient: Colloidal Sulfur 3%. Inactive ingredients: Acacia Senegal Gum, Arginine, Carrageenan, Glycerin, Lactic Acid, Niacinamide, Pentylene Glycol, Sodium Hydroxide, Water';
    expect(analyzeLabel(text).findings).toEqual([
      expect.objectContaining({ name: 'Lactic Acid', level: 'caution' }),
    ]);
  });
});

describe('decoder tables', () => {
  test('one item per row; a description naming another acid is not read', () => {
    const text = [
      '1 |',
      'water',
      '| Plain old water |',
      '2 |',
      'potassium sorbate',
      '| A preservative |',
      '3 |',
      'lactic acid',
      '| Typically causes less irritation than other AHAs, for example, glycolic acid. |',
    ].join('\n');
    const { ingredients } = analyzeLabel(text);
    expect(ingredients).toEqual(expect.arrayContaining(['water', 'potassium sorbate', 'lactic acid']));
    expect(ingredients.join('|')).not.toMatch(/glycolic|AHAs/);
    expect(avoided(text)).toEqual([]);
  });
  test('a tab strip does not hide the table under it', () => {
    const text =
      'Key Ingredients\nBenefits\nWater\nSkin ConditioningDimethicone\nAntioxidantRetinol\nHumectantGlycerin';
    expect(avoided(text)).toEqual(['retinoid:AntioxidantRetinol']);
  });
});

/*
 * The active substance as leaflets in each EU language, Russian, Turkish and Chinese name it (the
 * INN's national spellings; the sentences are ours, shaped like the "active substance" lines of the
 * package leaflets in test/fixtures/labels/real/drug/).
 */
describe("medicines named in the leaflet's language", () => {
  test.each([
    [
      'French',
      'Substance active : adapalène 0,1 %. Excipients : carbomère, propylèneglycol, eau purifiée.',
      ['retinoid'],
    ],
    ['German', 'Wirkstoff: Tretinoin 0,05 %. Sonstige Bestandteile: Propylenglycol, Wasser.', ['retinoid']],
    [
      'Polish',
      'Substancja czynna: tretynoina 0,25 mg/g. Substancje pomocnicze: glikol propylenowy.',
      ['retinoid'],
    ],
    [
      'Swedish',
      'Den aktiva substansen är bensoylperoxid 50 mg/g. Övriga innehållsämnen: karbomer, vatten.',
      ['benzoyl-peroxide'],
    ],
    [
      'Danish',
      'Det aktive stof er benzoylperoxid 50 mg/g. Øvrige indholdsstoffer: carbomer, vand.',
      ['benzoyl-peroxide'],
    ],
    [
      'Finnish',
      'Vaikuttava aine on bentsoyyliperoksidi 50 mg/g. Muut aineet: karbomeeri, vesi.',
      ['benzoyl-peroxide'],
    ],
    [
      'Czech',
      'Léčivá látka: benzoyl-peroxid 50 mg v 1 g gelu. Pomocné látky: karbomer, voda.',
      ['benzoyl-peroxide'],
    ],
    ['Hungarian', 'Hatóanyag: benzoil-peroxid 50 mg/g. Segédanyagok: karbomer, víz.', ['benzoyl-peroxide']],
    [
      'Romanian',
      'Substanța activă este peroxid de benzoil 50 mg/g. Celelalte componente sunt: carbomer, apă.',
      ['benzoyl-peroxide'],
    ],
    ['Turkish', 'Etkin madde: benzoil peroksit %5. Yardımcı maddeler: karbomer, su.', ['benzoyl-peroxide']],
    [
      'Russian',
      'Действующее вещество: третиноин 0,05 %. Вспомогательные вещества: пропиленгликоль.',
      ['retinoid'],
    ],
    ['Russian', 'Действующее вещество: изотретиноин 10 мг.', ['retinoid']],
    ['Portuguese', 'Substância ativa: tretinoína 0,025%. Excipientes: propilenoglicol, água.', ['retinoid']],
    ['Italian', 'Principio attivo: isotretinoina 10 mg.', ['retinoid']],
    ['Spanish', 'Principio activo: tazaroteno 0,1%.', ['retinoid']],
    ['French', 'Substance active : trifarotène 50 microgrammes/g.', ['retinoid']],
    ['Dutch', 'Werkzame stof: tretinoïne 0,05%.', ['retinoid']],
    ['Polish', 'Zawiera adapalen 1 mg/g oraz nadtlenek benzoilu 25 mg/g.', ['retinoid', 'benzoyl-peroxide']],
    ['Czech', 'Léčivá látka: adapalen 1 mg v 1 g gelu.', ['retinoid']],
    ['Slovenian', 'Aktivna učinkovina: adapalen 1 mg/g. Druge sestavine: karbomer.', ['retinoid']],
    ['Chinese', '主要成分：维A酸。', ['retinoid']],
    ['Chinese', '本品主要成分为维甲酸，辅料为丙二醇。', ['retinoid']],
    ['Chinese', '有效成分：异维A酸 10mg。', ['retinoid']],
    ['Greek', 'Δραστική ουσία: υπεροξείδιο του βενζοϋλίου 5%.', ['benzoyl-peroxide']],
    ['Dutch', 'Actieve stof: adapaleen 0,1%.', ['retinoid']],
    ['Finnish', 'Vaikuttava aine: adapaleeni 1 mg/g.', ['retinoid']],
    ['Estonian', 'Toimeaine: tretinoiin 0,5 mg/g.', ['retinoid']],
  ] as const)('%s: %s', (_language, text, expected) => {
    expect(families(text).sort()).toEqual([...expected].sort());
  });
});
