import { describe, expect, test } from 'vitest';
import { bestList, listPart, listShape } from '../../src/extract/list-shape';
import { readableText } from '../../src/extract/read-text';

const INCI = 'Water/Aqua/Eau, Glycerin, Squalane, Niacinamide, Retinol, Phenoxyethanol, Citric Acid';

describe('the list part of a text that holds more than the list', () => {
  test.each([
    {
      name: 'Sephora panel: blurbs, list, "Clean at Sephora … formulated without … retinyl palmitate", notice',
      text: [
        '-Retinol: Smooths the look of fine lines.\n-Niacinamide: Helps visibly minimize the look of pores, dullness, and uneven tone.',
        INCI,
        'Clean at Sephora products are formulated without: sulfates SLS and SLES, parabens, phthalates, mineral oil, retinyl palmitate, oxybenzone, coal tar, hydroquinone, triclosan, and triclocarban.',
        'Please be aware that ingredient lists may change or vary from time to time.',
      ].join('\n\n'),
      part: INCI,
    },
    {
      name: 'Shopify metafield: one blurb per paragraph, in lower-case phrases after the first',
      text: [
        'Kombucha Tea Extract: Rich in antioxidants, Kombucha Tea Extract detoxifies, brightens, and hydrates skin, as well as evening out skin tone.',
        'Green Tea Leaf Water: Antimicrobial Green Tea Leaf Water supports skin health by regulating oil production, hydrating, and soothing inflammation.',
        INCI,
        "*Ingredients are subject to change at the manufacturer's discretion.",
      ].join('\n\n'),
      part: INCI,
    },
    {
      name: 'a "free from" paragraph after the list',
      text: `Ingredients: ${INCI}\n\nFree from parabens, retinyl palmitate, sulfates, silicones and mineral oil.`,
      part: `Ingredients: ${INCI}`,
    },
    {
      name: 'a "May contain" paragraph stays with its list',
      text: `${INCI}\n\nMay Contain: Iron Oxides (CI 77491, CI 77492).`,
      part: `${INCI}\n\nMay Contain: Iron Oxides (CI 77491, CI 77492).`,
    },
    {
      name: 'Drug Facts actives and inactives in paragraphs of their own both stay',
      text: 'Active ingredient: Benzoyl Peroxide 5%\n\nInactive ingredients: Water, Carbomer, Sodium Hydroxide',
      part: 'Active ingredient: Benzoyl Peroxide 5%\n\nInactive ingredients: Water, Carbomer, Sodium Hydroxide',
    },
    {
      name: 'a kit: each product its own paragraph',
      text: 'Cleanser: Aqua, Sodium Laureth Sulfate, Glycerin\n\nToner: Aqua, Glycolic Acid, Sodium Hydroxide',
      part: 'Cleanser: Aqua, Sodium Laureth Sulfate, Glycerin\n\nToner: Aqua, Glycolic Acid, Sodium Hydroxide',
    },
    {
      name: 'no list among the paragraphs: the text is left whole',
      text: 'A rich night cream.\n\nFormulated without parabens.',
      part: 'A rich night cream.\n\nFormulated without parabens.',
    },
    { name: 'one paragraph: whole', text: INCI, part: INCI },
  ])('$name', ({ text, part }) => {
    expect(listPart(text)).toBe(part);
  });

  test('a <p> is a paragraph of its own: an iHerb-style "Not manufactured with …" note is split off', () => {
    const div = new DOMParser().parseFromString(
      `<div class="prodOverviewIngred"><p>${INCI}</p><p><em>Not manufactured with milk, eggs, fish, retinyl palmitate or gluten.</em></p></div>`,
      'text/html',
    ).body;
    expect(listPart(readableText(div))).toBe(INCI);
  });

  test('two <br> in a row are a blank line in the page text; one is a line break', () => {
    const div = new DOMParser().parseFromString(
      '<div>-Retinol: smooths.<br>-Squalane: softens.<br> <br>Water, Glycerin<br><br><br>Free from parabens.</div>',
      'text/html',
    ).body;
    expect(readableText(div)).toBe(
      '-Retinol: smooths.\n-Squalane: softens.\n\nWater, Glycerin\n\nFree from parabens.',
    );
  });
});

describe('the full list among several candidates', () => {
  const highlights = { text: 'Retinol, Niacinamide, Squalane', title: 'Key ingredients' };
  const full = { text: INCI, title: 'Full ingredients' };
  test.each([
    {
      name: 'marketing bullets under "Inhaltsstoffe:", the list under "Vollständige Liste der Inhaltsstoffe"',
      candidates: [
        {
          text: '• Hyaluronsäure: spendet intensiv Feuchtigkeit und polstert die Haut auf.\n• Niacinamid: verfeinert das Hautbild, mildert Rötungen.',
          title: 'Inhaltsstoffe',
        },
        {
          text: 'Aqua, Glycerin, Sodium Hyaluronate, Niacinamide, Phenoxyethanol',
          title: 'Vollständige Liste der Inhaltsstoffe',
        },
      ],
      best: 1,
    },
    {
      name: 'a highlights list before the full one: more names win',
      candidates: [highlights, full],
      best: 1,
    },
    {
      name: 'two lists of the same length: the one titled as the full list',
      candidates: [
        { text: 'Water, Glycerin, Retinol', title: 'Ingredients' },
        { text: 'Aqua, Glycerin, Retinol', title: 'INCI' },
      ],
      best: 1,
    },
    {
      name: 'a long prose block loses to a short list',
      candidates: [
        {
          text: 'Our serum is made with love, and it is gentle, and it is the best thing for your skin, and we use only the finest extracts.',
          title: 'Ingredients',
        },
        { text: 'Water, Glycerin, Retinol', title: 'Ingredients' },
      ],
      best: 1,
    },
  ])('$name', ({ candidates, best }) => {
    expect(bestList(candidates)).toBe(candidates[best]);
  });

  test('nothing to choose from', () => {
    expect(bestList([])).toBeNull();
  });
});

describe('what counts as a name', () => {
  test.each(['+', '–', '*', '1.', '−  +'])(
    'a sign or number alone (%j, an accordion mark) is no name',
    (text) => {
      expect(listShape(text).names).toBe(0);
    },
  );
});
