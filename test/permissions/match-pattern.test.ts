import { describe, expect, test } from 'vitest';
import { covers, overlaps, parsePattern, patternText } from '../../src/permissions/match-pattern';

const pattern = (text: string) => {
  const parsed = parsePattern(text);
  if (!parsed) throw new Error(`not a web pattern: ${text}`);
  return parsed;
};

describe('the patterns browsers report', () => {
  test.each([
    // Chrome: a page's origin, granted by "Always check this site" or its site-access menu.
    ['https://shop.example/*', 'https://shop.example/*'],
    // Firefox's extensions panel, "Always allow on shop.example": no path (every path).
    ['*://shop.example', '*://shop.example/*'],
    ['<all_urls>', '*://*/*'],
    ['*://*/*', '*://*/*'],
    ['https://*.Shop.Example/*', 'https://*.shop.example/*'],
    ['http://localhost/demo/*', 'http://localhost/demo/*'],
    ['http://localhost:3000/*', 'http://localhost:3000/*'],
  ])('%s is registered as %s', (reported, registered) => {
    expect(patternText(pattern(reported))).toBe(registered);
  });

  test.each(['file:///*', 'chrome://favicon/*', 'moz-extension://abc/*', 'ws://*/*', 'not a pattern'])(
    '%s is not a web page pattern',
    (reported) => {
      expect(parsePattern(reported)).toBeNull();
    },
  );
});

describe('one pattern covering another', () => {
  test.each([
    ['https://*.sephora.com/*', 'https://www.sephora.com/*', true],
    ['https://*.sephora.com/*', 'https://sephora.com/*', true],
    ['https://*.sephora.com/*', 'https://*.eu.sephora.com/*', true],
    ['https://*.sephora.com/*', '*://www.sephora.com/*', false],
    ['https://*.sephora.com/*', 'https://notsephora.com/*', false],
    ['<all_urls>', 'http://shop.example/*', true],
    ['https://*/*', 'http://shop.example/*', false],
    ['*://shop.example', 'https://shop.example/*', true],
    ['https://shop.example/*', '*://shop.example/*', false],
    ['http://localhost/demo/*', 'http://localhost/demo/product.html', true],
    ['http://localhost/demo/*', 'http://localhost/*', false],
    ['http://localhost/*', 'http://localhost:3000/*', true],
    ['http://localhost:3000/*', 'http://localhost/*', false],
  ])('%s covers %s: %s', (a, b, expected) => {
    expect(covers(pattern(a), pattern(b))).toBe(expected);
  });
});

describe('two patterns sharing pages', () => {
  test.each([
    ['*://*/*', 'https://*.sephora.com/*', true],
    ['*://www.sephora.com/*', 'https://*.sephora.com/*', true],
    ['http://www.sephora.com/*', 'https://*.sephora.com/*', false],
    ['https://shop.example/*', 'https://*.sephora.com/*', false],
    ['http://localhost/*', 'http://localhost/demo/*', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(overlaps(pattern(a), pattern(b))).toBe(expected);
    expect(overlaps(pattern(b), pattern(a))).toBe(expected);
  });
});
