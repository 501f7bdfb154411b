import { expect, test } from 'vitest';
import { hasType } from '../../src/extract/json-ld';

test.each([
  ['Product', true],
  ['product', true],
  ['PRODUCT', true],
  ['https://schema.org/Product', true],
  ['http://schema.org/product', true],
  ['schema:Product', true],
  [['Thing', 'Product'], true],
  ['ProductGroup', false],
  ['ItemList', false],
  [42, false],
])('JSON-LD type %j is a Product: %s', (type, expected) => {
  expect(hasType({ '@type': type }, 'Product')).toBe(expected);
});
