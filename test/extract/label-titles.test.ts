import { describe, expect, test } from 'vitest';
import words from '../../ingredients/label-words.json';
import {
  isFullListTitle,
  listTitleIndex,
  openingListTitle,
  titleKind,
  withKnownTitles,
} from '../../src/extract/label-titles';

describe('the one matcher for titles over an ingredient list', () => {
  test.each([
    ['Ingredients', 'list'],
    ['INGREDIENTS:', 'list'],
    ['  Ingredients +', 'list'],
    ['Ingredients (INCI):', 'list'],
    ['Full Ingredients List', 'list'],
    // purish.com's tabs: an emoji before the title, a variation selector or skin tone in it.
    ['🌱 Ingredients', 'list'],
    ['❗️ Cautions', 'skip'],
    ['Ingredients 🌿', 'list'],
    ['Major Ingredients', 'list'],
    // Amazon.de section titles the Amazon reader did not know.
    ['Bestandteile', 'list'],
    ['Inhaltsstoffe / Zutaten', 'list'],
    ['Vollständige Liste der Inhaltsstoffe', 'list'],
    ['Ingredients & Allergens', 'list'],
    ['Ingrediënten', 'list'],
    ['Składniki (INCI)', 'list'],
    ['Ingredienser', 'list'],
    ['Composição', 'list'],
    ['İÇİNDEKİLER', 'list'],
    ['Состав', 'list'],
    ['المكونات', 'list'],
    ['全成分', 'list'],
    ['Active ingredient (in each gram)', 'active'],
    ['Werkzame stof', 'active'],
    ['Other Ingredients', 'inactive'],
    ['Вспомогательные вещества', 'inactive'],
    ['Key Ingredients', 'skip'],
    ['Ingredient Benefits', 'skip'],
    ['How to use', 'skip'],
    ['Key Ingredients & Benefits', 'skip'],
    ['Ingredients we love', null],
    ['Ingredients: Water, Glycerin', null],
    ['Shipping & Returns', null],
    ['', null],
  ])('%j is %s', (title, kind) => {
    expect(titleKind(title)).toBe(kind);
  });

  test.each([
    ['Full Ingredients List', true],
    ['INCI', true],
    ['Vollständige Liste der Inhaltsstoffe', true],
    ['Pełny skład', true],
    ['Полный состав', true],
    ['全成分', true],
    ['Ingredients', false],
    ['Inhaltsstoffe', false],
    ['Key Ingredients', false],
  ])('%j says it is the full list: %s', (title, full) => {
    expect(isFullListTitle(title)).toBe(full);
  });

  test.each([
    ['Ingredients: Water, Glycerin', 'Ingredients'],
    ['Vollständige Liste der Inhaltsstoffe: Aqua, Glycerin', 'Vollständige Liste der Inhaltsstoffe'],
    ['INACTIVE INGREDIENTS: Water', 'INACTIVE INGREDIENTS'],
    ['Skład: Aqua, Glycerin', 'Skład'],
    ['Directions: apply at night', null],
    ['Key ingredients: Retinol', null],
    ['Water, Glycerin, Retinol', null],
  ])('%j opens with the list title %j', (text, title) => {
    expect(openingListTitle(text)).toBe(title);
  });

  test.each([
    ['Inhaltsstoffe / Zutaten\nAqua, Glycerin', 'Inhaltsstoffe\nAqua, Glycerin'],
    ['INGREDIENTS +\nWater', 'INGREDIENTS\nWater'],
    ['Ingredients\nWater', 'Ingredients\nWater'],
    ['Retinol\nWater', 'Retinol\nWater'],
  ])('title lines as the engine knows them: %j', (text, known) => {
    expect(withKnownTitles(text)).toBe(known);
  });

  test.each([
    [
      'A serum. Key ingredients: Retinol. Full ingredients (INCI): Aqua, Retinol.',
      'Full ingredients (INCI): Aqua, Retinol.',
    ],
    [
      'Key ingredients: Retinol. Ingredients: Water, Retinol. How to use: apply.',
      'Ingredients: Water, Retinol. How to use: apply.',
    ],
    ['A cream. Key ingredients: Retinol, Squalane.', null],
  ])('the list in a description starts at %j', (text, rest) => {
    const start = listTitleIndex(text);
    expect(start === null ? null : text.slice(start)).toBe(rest);
  });

  test('every list, active and inactive header of the data is a list title, in any case', () => {
    const phrases = [...words.listHeaders, ...words.activeHeaders, ...words.inactiveHeaders];
    const missed = phrases.filter(
      (phrase) => titleKind(phrase) === null || titleKind(phrase.toUpperCase()) !== titleKind(phrase),
    );
    expect(missed).toEqual([]);
  });
});
