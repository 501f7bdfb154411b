import { describe, expect, test } from 'vitest';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { textLocale } from '../../src/i18n/locale';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import type { FlaggedFamily } from '../../src/verdict/product-verdict';
import { flagGroups, type PopupOffers, popupState, verdictModel } from '../../src/ui/popup/popup-state';
import { opensAsPage } from '../../src/ui/popup/PopupRoot';
import type { Settings, Treatment } from '../../src/window/treatment';

// Thursday 26 November 2026, noon in Berlin; microneedling on Tuesday evening: 5-day windows end
// on Sunday 29 November at 18:00, the 24-hour makeup window ended on Wednesday.
const NOW = new Date('2026-11-26T12:00:00+01:00');
const SUNDAY = new Date('2026-11-29T18:00:00+01:00');
const treatment: Treatment = {
  id: 'a',
  type: 'microneedling',
  depthMm: null,
  performedAt: '2026-11-24T18:00:00+01:00',
  timeZone: 'Europe/Berlin',
  preset: 'microneedling-guide',
  overrides: {},
};
const none: Settings = { version: 1, preTreatmentWarning: { enabled: false }, treatments: [] };
const treated: Settings = { ...none, treatments: [treatment] };
const booked: Settings = {
  ...none,
  treatments: [{ ...treatment, performedAt: '2026-12-03T18:00:00+01:00' }],
};
const longAgo: Settings = {
  ...none,
  treatments: [{ ...treatment, performedAt: '2026-11-01T18:00:00+01:00' }],
};

const product = (label: string | null, cosmetic = true): PageScan => ({
  url: 'https://www.sephora.com/product/serum-P1',
  product: { title: 'Serum', brand: null, breadcrumbs: [], category: null, variant: null, type: 'serum' },
  isCosmeticProduct: cosmetic,
  list: label === null ? null : { text: label, source: 'sephora: ingredients panel' },
  analysis: label === null || !cosmetic ? null : analyzeLabel(label, { productType: 'serum' }),
});

const RETINOL = 'Aqua, Glycerin, Retinol, Phenoxyethanol';
const SALICYLIC = 'Aqua, Glycerin, Salicylic Acid, Phenoxyethanol';
const PLAIN = 'Aqua, Glycerin, Squalane, Phenoxyethanol';
const offers = (readOnce: boolean, addSite: boolean): PopupOffers => ({ readOnce, addSite });

/** The state's kind and, for a product, its verdict line in short. */
function summary(scan: PageScan | null, settings: Settings, o: PopupOffers): string {
  const state = popupState(scan, settings, NOW, o);
  switch (state.kind) {
    case 'not-read':
      return `not-read${state.readOnce ? ' +once' : ''}${state.addSite ? ' +site' : ''}`;
    case 'not-product':
      return `not-product${state.readOnce ? ' +once' : ''}`;
    case 'product': {
      const v = state.model.verdict;
      switch (v.kind) {
        case 'not-yet':
        case 'care':
          return `${v.kind} until ${v.untilCleared ? 'cleared' : (v.until?.toISOString() ?? '?')}`;
        case 'fine':
          return `fine (${v.why})`;
        case 'set-date':
          return `set-date: ${v.found.join(', ')}`;
      }
      break;
    }
    default:
      return state.kind;
  }
}

describe('popupState: the page, the settings and the tab decide what the popup shows', () => {
  test.each([
    [
      'nobody answered on a web page of another site',
      null,
      treated,
      offers(true, true),
      'not-read +once +site',
    ],
    ['nobody answered on a site already allowed', null, treated, offers(true, false), 'not-read +once'],
    ['nobody answered on a browser page', null, treated, offers(false, false), 'not-product'],
    [
      'a shop page with no product',
      noProductScan('https://www.ulta.com/shop'),
      treated,
      offers(true, false),
      'not-product +once',
    ],
    ['a supplement', product(RETINOL, false), treated, offers(true, false), 'not-cosmetic'],
    ['a product without a list', product(null), treated, offers(true, false), 'no-list'],
    ['a list of no ingredients', product(''), treated, offers(true, false), 'no-list'],
    ['a retinoid, no treatment set', product(RETINOL), none, offers(true, false), 'set-date: retinoid'],
    ['a plain product, no treatment set', product(PLAIN), none, offers(true, false), 'fine (clear)'],
    [
      'a retinoid inside its window',
      product(RETINOL),
      treated,
      offers(true, false),
      `not-yet until ${SUNDAY.toISOString()}`,
    ],
    [
      'salicylic acid inside its window',
      product(SALICYLIC),
      treated,
      offers(true, false),
      `care until ${SUNDAY.toISOString()}`,
    ],
    ['a plain product inside the windows', product(PLAIN), treated, offers(true, false), 'fine (clear)'],
    ['a retinoid before a booked treatment', product(RETINOL), booked, offers(true, false), 'fine (not-now)'],
    ['a retinoid after the window', product(RETINOL), longAgo, offers(true, false), 'fine (window-over)'],
  ])('%s', (_, scan, settings, o, expected) => {
    expect(summary(scan, settings, o)).toBe(expected);
  });

  test('a retinoid until the clinician clears the patient', () => {
    const cleared: Settings = {
      ...none,
      treatments: [{ ...treatment, overrides: { retinoid: { kind: 'until-cleared' } } }],
    };
    expect(summary(product(RETINOL), cleared, offers(false, false))).toBe('not-yet until cleared');
  });

  test('the window-over verdict says since when', () => {
    const model = verdictModel(analyzeLabel(RETINOL), 'serum', longAgo, NOW);
    expect(model.verdict).toEqual({
      kind: 'fine',
      why: 'window-over',
      clearSince: new Date('2026-11-06T18:00:00+01:00'),
    });
  });
});

describe('flagGroups: one group per moment the families are fine again', () => {
  const family = (
    key: FlaggedFamily['key'],
    level: 'avoid' | 'caution',
    until: Date | null,
  ): FlaggedFamily => ({
    key,
    level,
    findings: [],
    until,
    untilCleared: until === null,
  });
  const MONDAY = new Date('2026-11-30T18:00:00+01:00');

  test.each([
    ['nothing', [], []],
    [
      'one end: avoid before caution, else as given',
      [
        family('fragrance', 'caution', SUNDAY),
        family('aha', 'avoid', SUNDAY),
        family('retinoid', 'avoid', SUNDAY),
      ],
      [[SUNDAY, ['aha', 'retinoid', 'fragrance']]],
    ],
    [
      'soonest first, until cleared last',
      [family('retinoid', 'avoid', null), family('aha', 'avoid', MONDAY), family('bha', 'caution', SUNDAY)],
      [
        [SUNDAY, ['bha']],
        [MONDAY, ['aha']],
        ['cleared', ['retinoid']],
      ],
    ],
  ])('%s', (_, families, expected) => {
    expect(
      flagGroups(families).map((g) => [g.untilCleared ? 'cleared' : g.until, g.families.map((f) => f.key)]),
    ).toEqual(expected);
  });
});

describe('opensAsPage: a page of its own takes the screen’s width', () => {
  test.each([
    ['the toolbar popup on a desktop', '', 'linux', false],
    ['the toolbar popup on Windows', '', 'win', false],
    ['opened for a tab by the browser tests', '?tab=12', 'linux', true],
    ['Firefox for Android, which opens the popup as a page', '', 'android', true],
    ['no platform known', '', null, false],
  ])('%s', (_, search, os, page) => {
    expect(opensAsPage(search, os)).toBe(page);
  });
});

describe('textLocale: dates in the language of the messages', () => {
  test.each([
    ['English messages in a British browser', 'en', ['en-GB', 'en'], 'en-GB'],
    ['German messages in an Austrian browser', 'de', ['de-AT', 'en'], 'de-AT'],
    ['German messages, English preferred first', 'de', ['en-US', 'de-DE'], 'de-DE'],
    ['English messages for a Japanese browser', 'en', ['ja-JP'], 'en'],
    ['French messages, no French preference', 'fr', ['en-GB'], 'fr'],
  ])('%s', (_, language, preferred, locale) => {
    expect(textLocale(language, preferred)).toBe(locale);
  });
});
