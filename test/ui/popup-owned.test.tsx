import { PRODUCTS_VERSION } from '../../src/routine/product';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { loadProducts, saveProducts } from '../../src/storage/products-store';
import { saveSettings } from '../../src/storage/settings-store';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { LABELS, microneedling, product } from '../routine/helpers';
import { settingsWith } from '../window/helpers';
import { buttonNamed, settle, textOf } from './helpers';

// Thursday 26 November 2026, noon in Berlin: two days after the treatment.
const NOW = new Date('2026-11-26T12:00:00+01:00');
const SERUM_URL = 'https://www.sephora.com/product/night-renewal-serum-P500001';

function serumPage(url = SERUM_URL): PageScan {
  const text = LABELS.retinolSerum;
  return {
    url,
    product: {
      title: 'Night Renewal Serum',
      brand: 'Lumen Labs',
      breadcrumbs: [],
      category: null,
      variant: null,
      type: 'serum',
    },
    isCosmeticProduct: true,
    list: { text, source: 'sephora: ingredients panel' },
    analysis: analyzeLabel(text, { productType: 'serum' }),
  };
}

let container: HTMLElement;

async function mount(scan: PageScan | null, openToday = vi.fn()): Promise<void> {
  await act(() => {
    render(
      <PopupApp
        scan={scan}
        locale="en-GB"
        timeZone="Europe/Berlin"
        clock={() => NOW}
        openOptions={() => {}}
        openToday={openToday}
      />,
      container,
    );
  });
  await settle();
}

const owned = (): HTMLElement | null => container.querySelector('section.owned');

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  await saveSettings(settingsWith([microneedling()]));
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup: my products', () => {
  test('"I have this" saves the product on the page; the popup then says the patient has it, and where it stands', async () => {
    await mount(serumPage());
    expect(owned()).toBeNull();
    await act(() => buttonNamed(container, 'I have this').click());
    await settle();
    const [saved] = (await loadProducts()).shelf.products;
    expect(saved).toMatchObject({
      name: 'Night Renewal Serum',
      brand: 'Lumen Labs',
      type: 'serum',
      url: SERUM_URL,
      list: { text: LABELS.retinolSerum, source: 'sephora: ingredients panel' },
      addedAt: '2026-11-26T12:00:00+01:00',
    });
    expect(saved?.analysis.findings.map((f) => f.name)).toEqual(['Retinol']);
    expect([...(owned()?.children ?? [])].map(textOf)).toEqual([
      'On your shelf',
      'You have this (saved as “Night Renewal Serum”).',
      'Pause for now: Retinoids: until Sun 29 Nov, 18:00 (in 3 days)',
      'Today: my products',
    ]);
    expect([...container.querySelectorAll('button')].some((b) => textOf(b) === 'I have this')).toBe(false);
    // The page's own verdict stays as it was.
    expect(textOf(container.querySelector('section.flags'))).toContain('Retinol');
  });

  test('a product already saved from another shop, or typed in from its pack, is recognised by its list', async () => {
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('p1', 'retinolSerum', 'Serum from the pharmacy')],
    });
    await mount(serumPage('https://www.boots.com/night-renewal-serum-10293'));
    expect(textOf(owned()?.querySelector('[role="status"]'))).toBe(
      'You have this (saved as “Serum from the pharmacy”).',
    );
  });

  test('"Today: my products" opens Today', async () => {
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [{ ...product('p1', 'retinolSerum', 'Serum'), url: SERUM_URL }],
    });
    const openToday = vi.fn();
    await mount(serumPage(), openToday);
    await act(() => buttonNamed(owned() as Element, 'Today: my products').click());
    expect(openToday).toHaveBeenCalledTimes(1);
  });

  test('a save the browser refuses (storage full) is said, and the product is not shown as saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await mount(serumPage());
    await act(() => buttonNamed(container, 'I have this').click());
    await settle();
    expect(textOf(container.querySelector('[role="alert"]'))).toMatch(/^Not saved: .*quota exceeded/);
    expect(owned()).toBeNull();
  });

  test('off a product page the popup shows Today in short', async () => {
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('p1', 'glycolicToner', 'Glow toner'), product('p2', 'plainCleanser', 'Gentle wash')],
    });
    const openToday = vi.fn();
    await mount(noProductScan('https://www.ulta.com/shop/skin-care'), openToday);
    const summary = container.querySelector('section.today-summary') as HTMLElement;
    expect(textOf(summary.querySelector('h2'))).toBe('Your products today');
    expect([...summary.querySelectorAll('li')].map(textOf)).toEqual([
      'Pause for now: Glow toner (Alpha-hydroxy acids (AHAs): until Sun 29 Nov, 18:00 (in 3 days))',
      'Fine to use: Gentle wash',
    ]);
    expect(textOf(summary.querySelector('.note'))).toBe(
      'Sun 29 Nov, 18:00 (in 3 days): the healing check for Alpha-hydroxy acids (AHAs)',
    );
    await act(() => buttonNamed(summary, 'Today: my products').click());
    expect(openToday).toHaveBeenCalled();
  });

  test('off a product page with no products saved: how to save one', async () => {
    await mount(null);
    expect(textOf(container.querySelector('section.today-summary .note'))).toMatch(
      /^No products saved yet\./,
    );
  });
});
