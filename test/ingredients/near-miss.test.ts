import { describe, expect, test } from 'vitest';
import { buildNearMissIndex } from '../../src/ingredients/near-miss';

const index = buildNearMissIndex([
  ['retinyl palmitate', 'retinyl palmitate'],
  ['salicylic acid', 'salicylic acid'],
  ['vitamin a acetate', 'retinyl acetate'],
  ['malic acid', 'malic acid'],
]);

describe('near misses of long names', () => {
  test.each([
    ['a missing letter', 'retinyl palmitat', 'retinyl palmitate'],
    ['an extra letter', 'salicyclic acid', 'salicylic acid'],
    ['a changed letter', 'retinyl palmitete', 'retinyl palmitate'],
    ['two swapped letters', 'retinyl plamitate', 'retinyl palmitate'],
    ['a stray space', 'retinyl palm itate', 'retinyl palmitate'],
    ['the name itself', 'salicylic acid', 'salicylic acid'],
  ])('%s', (_, key, expected) => {
    expect(index.find(key)).toBe(expected);
  });
  test.each([
    ['two slips', 'retinyl plamitat'],
    ['a slip in a short word changes the name', 'vitamin e acetate'],
    ['short names are never guessed', 'maleic acid'],
    ['an unrelated name', 'sodium silicate'],
  ])('%s: no match', (_, key) => {
    expect(index.find(key)).toBeUndefined();
  });
});
