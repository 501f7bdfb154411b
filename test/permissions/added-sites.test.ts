import { describe, expect, test } from 'vitest';
import { addedSites, loaderRegistrations } from '../../src/permissions/added-sites';

// The shape of the manifest's matches (wxt.config.ts): each shop with its subdomains.
const SHOPS = ['https://*.sephora.com/*', 'https://*.amazon.com/*'];

describe('the sites the user added', () => {
  test.each([
    ['none: only the shops', [...SHOPS], []],
    ['a site from "Always check this site"', [...SHOPS, 'https://shop.example/*'], ['shop.example']],
    [
      'its http and https grants are one site',
      ['http://shop.example/*', 'https://shop.example/*'],
      ['shop.example'],
    ],
    ['a site Firefox\'s panel allowed ("*://host")', ['*://shop.example'], ['shop.example']],
    ['every website, listed first', ['https://b.example/*', '<all_urls>'], ['*', 'b.example']],
    [
      'a domain with its subdomains, beside the domain alone',
      ['https://*.b.example/*', 'https://a.example/*', 'https://b.example/*'],
      ['a.example', 'b.example', '*.b.example'],
    ],
    // Chrome reports a shop re-allowed from its site-access menu by its page's origin.
    ['a shop page the manifest covers is not one', ['https://www.sephora.com/*'], []],
    ['non-web grants are not sites', ['file:///*', 'chrome://favicon/*'], []],
  ])('%s', (_, origins, hosts) => {
    expect(addedSites(origins, SHOPS).map((site) => site.host)).toEqual(hosts);
  });

  test('removing a site removes every grant behind it, as the browser reported each', () => {
    expect(addedSites(['http://shop.example/*', '*://shop.example'], SHOPS)).toEqual([
      { host: 'shop.example', origins: ['http://shop.example/*', '*://shop.example'] },
    ]);
  });
});

describe('the loader registrations they call for', () => {
  const registered = (origins: string[]) =>
    loaderRegistrations(origins, SHOPS).map(({ matches, excludeMatches }) => ({ matches, excludeMatches }));

  test.each([
    ['none for the shops alone', [...SHOPS], []],
    ['one per added site', ['https://a.example/*'], [{ matches: ['https://a.example/*'] }]],
    ['a path-less grant gets a path', ['*://a.example'], [{ matches: ['*://a.example/*'] }]],
    [
      'every website: one on every http(s) page, none per site, never twice on a shop',
      ['https://a.example/*', '<all_urls>', '*://*/*'],
      [{ matches: ['*://*/*'], excludeMatches: SHOPS }],
    ],
    [
      'a grant wider than a shop page: not on the shop pages the manifest serves',
      ['*://www.sephora.com'],
      [{ matches: ['*://www.sephora.com/*'], excludeMatches: ['https://*.sephora.com/*'] }],
    ],
    ['none for a shop page the manifest covers', ['https://www.sephora.com/*'], []],
  ])('%s', (_, origins, expected) => {
    expect(registered(origins)).toEqual(expected.map((e) => ({ excludeMatches: undefined, ...e })));
  });

  test('each registration is the loader, kept across browser sessions, with an id the rebuild owns', () => {
    expect(loaderRegistrations(['https://a.example/*'], SHOPS)).toEqual([
      {
        id: 'site:https://a.example/*',
        matches: ['https://a.example/*'],
        js: ['loader.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });
});
