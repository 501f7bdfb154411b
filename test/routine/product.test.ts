import { describe, expect, test } from 'vitest';
import type { PageScan } from '../../src/extract/page-scan';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { withHealingAnswer } from '../../src/routine/answers';
import { freshProductId, ownedProductFor, productKeys, scannedProduct } from '../../src/routine/product';
import { settingsWith } from '../window/helpers';
import { LABELS, microneedling, product } from './helpers';

function scanOf(url: string, label: string | null, title: string | null = 'Glow toner'): PageScan {
  const list = label === null ? null : { text: label, source: 'amazon: product facts' };
  return {
    url,
    product: { title, brand: 'Dewpoint', breadcrumbs: [], category: null, variant: null, type: 'toner' },
    isCosmeticProduct: true,
    list,
    analysis: list ? analyzeLabel(list.text, { productType: 'toner' }) : null,
  };
}

const TONER_PAGE = 'https://www.amazon.com/Dewpoint-Glycolic-Toning-Solution/dp/B0TESTGLY1';

describe('saving the product on a page', () => {
  test('title, brand, type, shop address, the list as read and its reading', () => {
    const saved = scannedProduct(scanOf(TONER_PAGE, LABELS.glycolicToner), 'p1', '2026-11-26T10:00:00+01:00');
    expect(saved).toMatchObject({
      id: 'p1',
      name: 'Glow toner',
      brand: 'Dewpoint',
      type: 'toner',
      url: TONER_PAGE,
      list: { text: LABELS.glycolicToner, source: 'amazon: product facts' },
      addedAt: '2026-11-26T10:00:00+01:00',
    });
    expect(saved?.analysis.findings.map((f) => f.family)).toEqual(['aha']);
  });

  test.each<[string, PageScan]>([
    ['no list', scanOf(TONER_PAGE, null)],
    ['not a cosmetic', { ...scanOf(TONER_PAGE, LABELS.glycolicToner), isCosmeticProduct: false }],
    ['not a product', { ...scanOf(TONER_PAGE, LABELS.glycolicToner), product: null }],
  ])('nothing to save on a page with %s', (_, scan) => {
    expect(scannedProduct(scan, 'p1', '2026-11-26T10:00:00+01:00')).toBeNull();
  });

  test('a page without a title is saved under where its list was read', () => {
    expect(
      scannedProduct(scanOf(TONER_PAGE, LABELS.glycolicToner, null), 'p1', '2026-11-26T10:00:00+01:00')?.name,
    ).toBe('amazon: product facts');
  });

  test('fresh ids never repeat', () => {
    const now = new Date('2026-11-26T10:00:00Z');
    const first = { ...product('x', 'glycolicToner'), id: freshProductId([], now) };
    expect(freshProductId([first], now)).not.toBe(first.id);
  });
});

describe('do I own the product on this page?', () => {
  const saved = { ...product('p1', 'glycolicToner', 'Glow toner', 'toner'), url: TONER_PAGE };
  const typed = product('p2', 'retinolSerum', 'Night serum (from the pack)');
  test.each<[string, PageScan, string | null]>([
    ['the same page', scanOf(TONER_PAGE, LABELS.glycolicToner), 'p1'],
    [
      'the same page with tracking parameters and a fragment',
      scanOf(`${TONER_PAGE}/?ref=sr_1&th=1#reviews`, LABELS.glycolicToner),
      'p1',
    ],
    ['the same page without www', scanOf(TONER_PAGE.replace('www.', ''), null), 'p1'],
    [
      'another shop selling the same list',
      scanOf('https://www.boots.com/dewpoint-toner-1234', LABELS.glycolicToner),
      'p1',
    ],
    [
      'a product typed in from its pack',
      scanOf('https://www.sephora.com/product/night-P1', LABELS.retinolSerum),
      'p2',
    ],
    ['another product', scanOf('https://www.amazon.com/Other/dp/B0OTHER', LABELS.plainCleanser), null],
    [
      'a list too short to tell apart',
      scanOf('https://www.amazon.com/Other/dp/B0OTHER', 'Aqua, Glycolic Acid'),
      null,
    ],
  ])('%s', (_, scan, expected) => {
    expect(ownedProductFor([saved, typed], scan)?.id ?? null).toBe(expected);
  });
});

describe('what a product is flagged for', () => {
  test('each family at its level, traces left out, makeup for a makeup product', () => {
    const tint = product('t', 'foundation', 'Skin tint', 'makeup');
    expect([...productKeys(tint)]).toEqual([['makeup', 'avoid']]);
    const cream = product('c', 'fragrancedCream');
    expect([...productKeys(cream)]).toEqual([['fragrance', 'caution']]);
  });
});

describe('answering a healing check', () => {
  const now = new Date('2026-11-29T19:30:00Z');
  test('"yes" records the confirmation on the treatment’s clock', () => {
    const next = withHealingAnswer(settingsWith([microneedling()]), 'mn', 'aha', 'yes', now);
    expect(next.treatments[0]?.healingChecks).toEqual({
      aha: { confirmedAt: '2026-11-29T20:30:00+01:00', notYet: [] },
    });
  });

  test('"not yet" adds to the step’s not-yets and clears an earlier confirmation', () => {
    const once = withHealingAnswer(settingsWith([microneedling()]), 'mn', 'aha', 'not-yet', now);
    const twice = withHealingAnswer(once, 'mn', 'aha', 'not-yet', new Date('2026-11-30T19:30:00Z'));
    expect(twice.treatments[0]?.healingChecks?.aha).toEqual({
      confirmedAt: null,
      notYet: ['2026-11-29T20:30:00+01:00', '2026-11-30T20:30:00+01:00'],
    });
  });

  test('other treatments are left alone', () => {
    const other = { ...microneedling(), id: 'other' };
    const next = withHealingAnswer(settingsWith([microneedling(), other]), 'mn', 'aha', 'yes', now);
    expect(next.treatments[1]).toBe(other);
  });
});
