import { expect, test } from 'vitest';
import { hasType, stringField } from '../../src/extract/json-ld';
import { pageFacts } from '../../src/extract/page-facts';

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

test.each([
  ['Beauty &amp; Pflege', 'Beauty & Pflege'],
  ['Glow Serum &#8211; 30 ml', 'Glow Serum – 30 ml'],
  ['Caf&#xE9; Cream', 'Café Cream'],
  ['Tom &amp;amp; Jerry', 'Tom &amp; Jerry'],
  ['Salt &amp Pepper', 'Salt &amp Pepper'],
  ['&lt;b&gt;Bold&lt;/b&gt;', '<b>Bold</b>'],
  ['&copy; Brand', '&copy; Brand'],
])('JSON-LD text escaped a second time as HTML (%j) is read as %j, as text', (printed, read) => {
  expect(stringField({ name: printed }, 'name')).toBe(read);
});

test('an og:title escaped a second time is read as its characters', () => {
  const document = new DOMParser().parseFromString(
    '<html><head><meta property="og:type" content="product"><meta property="og:title" content="Balsam de p&amp;#259;r"></head><body></body></html>',
    'text/html',
  );
  expect(pageFacts(document).facts.title).toBe('Balsam de păr');
});
