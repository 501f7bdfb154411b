import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type OwnedProduct, PRODUCTS_VERSION } from '../../src/routine/product';
import { loadProducts, saveProducts } from '../../src/storage/products-store';
import { loadSettings, saveSettings } from '../../src/storage/settings-store';
import { TodayApp } from '../../src/ui/today/TodayApp';
import type { Treatment } from '../../src/window/treatment';
import { microneedling, product } from '../routine/helpers';
import { settingsWith } from '../window/helpers';
import { buttonNamed, settle, textOf, typeInto } from './helpers';

const LOCALE = 'en-GB';
const ZONE = 'Europe/Berlin';
const shelf: OwnedProduct[] = [
  {
    ...product('toner', 'glycolicToner', 'Glow toner', 'toner'),
    brand: 'Dewpoint',
    url: 'https://www.amazon.com/dp/B0X',
  },
  product('serum', 'retinolSerum', 'Night serum'),
  product('cream', 'fragrancedCream', 'Rose cream'),
  product('wash', 'plainCleanser', 'Gentle wash'),
];

let container: HTMLElement;

async function mount(
  now: string,
  {
    treatments = [microneedling()],
    products = shelf,
  }: { treatments?: Treatment[]; products?: OwnedProduct[] } = {},
  extra: { openOptions?: () => void; confirmRemove?: (name: string) => boolean } = {},
): Promise<void> {
  await saveSettings(settingsWith(treatments));
  await saveProducts({ version: PRODUCTS_VERSION, products });
  await act(() => {
    render(
      <TodayApp
        locale={LOCALE}
        timeZone={ZONE}
        clock={() => new Date(now)}
        openOptions={extra.openOptions ?? (() => {})}
        {...(extra.confirmRemove ? { confirmRemove: extra.confirmRemove } : {})}
      />,
      container,
    );
  });
  await settle();
}

/** Product names and reasons, by group heading. */
function groups(): Record<string, string[]> {
  return Object.fromEntries(
    [...container.querySelectorAll('section.group')].map((section) => [
      textOf(section.querySelector('h2')),
      [...section.querySelectorAll('li.product')].map(
        (li) =>
          `${textOf(li.querySelector('h3'))}${[...li.querySelectorAll('.reasons li')].map((r) => ` | ${textOf(r)}`).join('')}`,
      ),
    ]),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

describe('Today', () => {
  test('inside the windows: groups with each family’s date, and the next change at the top', async () => {
    await mount('2026-11-26T12:00:00+01:00');
    expect(container.querySelector('h1')?.textContent).toBe('Today');
    expect(groups()).toEqual({
      'Pause for now (2)': [
        'Glow toner | Alpha-hydroxy acids (AHAs): until Sun 29 Nov, 18:00 (in 3 days)',
        'Night serum | Retinoids: until Sun 29 Nov, 18:00 (in 3 days)',
      ],
      'Use with care (1)': ['Rose cream | Fragrance and essential oils: until Sun 29 Nov, 18:00 (in 3 days)'],
      'Fine to use (1)': ['Gentle wash'],
    });
    expect(textOf(container.querySelector('.next'))).toBe(
      'Next change: Sun 29 Nov, 18:00 (in 3 days): Rose cream is fine to use; the healing check for Alpha-hydroxy acids (AHAs)',
    );
    // Brand, type and the shop it came from.
    expect(textOf(container.querySelector('li.product .meta'))).toBe('Dewpoint · Toner · amazon.com');
    // The way back, each step with its start.
    expect([...container.querySelectorAll('.way-back .steps li')].map(textOf)).toEqual([
      'Alpha-hydroxy acids (AHAs): from Sun 29 Nov, 18:00 (in 3 days)',
      'Retinoids: from Wed 2 Dec, 18:00 (in 6 days) at the earliest, after the step before',
    ]);
  });

  test('the healing check: "not yet" moves the step a day and says when to call the clinic', async () => {
    await mount('2026-11-29T19:00:00+01:00');
    const check = container.querySelector('section.check-card');
    expect(textOf(check?.querySelector('h2'))).toBe('Ready for Alpha-hydroxy acids (AHAs)?');
    expect([...(check?.querySelectorAll('li') ?? [])].map(textOf)).toEqual([
      'No crusts, raw patches or weeping',
      'A plain moisturiser does not sting',
      'Redness has settled to your usual',
    ]);
    expect(textOf(check?.querySelector('.note'))).toBe(
      'If your skin has not settled by Tue 1 Dec, 18:00 (in 2 days), call your clinic. Call them at once for spreading redness, pus, a fever or growing pain.',
    );
    await act(() => buttonNamed(check as Element, 'Not yet').click());
    await settle();
    expect(container.querySelector('section.check-card')).toBeNull();
    expect(textOf(container.querySelector('.way-back [role="status"]'))).toBe(
      'Not yet, so the plan moved: Alpha-hydroxy acids (AHAs): from Mon 30 Nov, 19:00 (tomorrow). If your skin has not settled by Tue 1 Dec, 18:00 (in 2 days), call your clinic. Call them at once for spreading redness, pus, a fever or growing pain.',
    );
    const { settings } = await loadSettings();
    expect(settings.treatments[0]?.healingChecks).toEqual({
      aha: { confirmedAt: null, notYet: ['2026-11-29T19:00:00+01:00'] },
    });
  });

  test('"yes, all three": the toner comes back at a gentle pace, and the serum’s turn is set', async () => {
    await mount('2026-11-29T19:00:00+01:00');
    await act(() =>
      buttonNamed(container.querySelector('section.check-card') as Element, 'Yes, all three').click(),
    );
    await settle();
    expect(groups()).toEqual({
      'Pause for now (1)': ['Night serum | Retinoids: from Wed 2 Dec, 19:00 (in 3 days)'],
      'Coming back (1)': [
        'Glow toner | Alpha-hydroxy acids (AHAs): back, 3 evenings a week until Sun 6 Dec, 19:00 (in 7 days), then as usual',
      ],
      'Fine to use (2)': ['Rose cream', 'Gentle wash'],
    });
    expect(textOf(container.querySelector('.group.coming-back .note'))).toBe(
      'Not on the same evening as another product that is coming back.',
    );
  });

  test('it updates itself when a window ends while it is open', async () => {
    await saveSettings(settingsWith([microneedling()]));
    await saveProducts({ version: PRODUCTS_VERSION, products: shelf });
    vi.useFakeTimers({
      now: new Date('2026-11-29T17:59:00+01:00'),
      toFake: ['Date', 'setTimeout', 'clearTimeout'],
    });
    const tick = async (ms: number): Promise<void> => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    };
    await act(() => {
      render(
        <TodayApp locale={LOCALE} timeZone={ZONE} clock={() => new Date()} openOptions={() => {}} />,
        container,
      );
    });
    await tick(0);
    expect(Object.keys(groups())).toEqual(['Pause for now (2)', 'Use with care (1)', 'Fine to use (1)']);
    await tick(62_000);
    expect(Object.keys(groups())).toEqual(['Pause for now (2)', 'Fine to use (2)']);
    expect(container.querySelector('section.check-card')).not.toBeNull();
  });

  test('no treatment: a word, and everything fine', async () => {
    const openOptions = vi.fn();
    await mount('2026-11-26T12:00:00+01:00', { treatments: [] }, { openOptions });
    expect(textOf(container.querySelector('.notice'))).toBe(
      'No treatment set, so nothing here needs a pause. Set my treatment date',
    );
    expect(Object.keys(groups())).toEqual(['Fine to use (4)']);
    await act(() => buttonNamed(container, 'Set my treatment date').click());
    expect(openOptions).toHaveBeenCalled();
  });

  test('no products: how to add one, with the form open', async () => {
    await mount('2026-11-26T12:00:00+01:00', { products: [] });
    expect(textOf(container.querySelector('.notice'))).toMatch(/^No products saved yet\./);
    expect(container.querySelector<HTMLDetailsElement>('details.add-product')?.open).toBe(true);
  });

  test('a product bought offline: its name, type and list; a list with no ingredients adds nothing', async () => {
    await mount('2026-11-26T12:00:00+01:00', { products: [] });
    const form = container.querySelector('details.add-product form') as HTMLFormElement;
    const [name, list] = [form.querySelector('input'), form.querySelector('textarea')];
    await act(() => {
      typeInto(name, 'Peel pads');
      typeInto(form.querySelector('select'), 'exfoliant');
      typeInto(list, '   ');
    });
    await act(() => buttonNamed(form, 'Add to my products').click());
    await settle();
    expect(textOf(form.querySelector('[role="alert"]'))).toBe('No ingredients found in that text.');
    await act(() => typeInto(list, 'Aqua, Glycolic Acid, Lactic Acid, Glycerin'));
    await act(() => buttonNamed(form, 'Add to my products').click());
    await settle();
    const { shelf: stored } = await loadProducts();
    expect(
      stored.products.map((p) => [p.name, p.type, p.url, p.analysis.findings.map((f) => f.family)]),
    ).toEqual([['Peel pads', 'exfoliant', null, ['aha', 'aha']]]);
    expect(groups()).toEqual({
      'Pause for now (1)': ['Peel pads | Alpha-hydroxy acids (AHAs): until Sun 29 Nov, 18:00 (in 3 days)'],
    });
    expect(textOf(container.querySelector('p.status'))).toBe('Added Peel pads.');
  });

  test('rename, and remove after asking', async () => {
    const confirmRemove = vi.fn(() => true);
    await mount('2026-11-26T12:00:00+01:00', {}, { confirmRemove });
    const card = container.querySelector('li.product') as HTMLElement;
    await act(() => typeInto(card.querySelector('.rename input'), 'Pink toner'));
    await act(() => buttonNamed(card, 'Save the name').click());
    await settle();
    expect((await loadProducts()).shelf.products[0]?.name).toBe('Pink toner');
    const renamed = container.querySelector('li.product') as HTMLElement;
    await act(() => buttonNamed(renamed, 'Remove from my products').click());
    await settle();
    expect(confirmRemove).toHaveBeenCalledWith('Pink toner');
    expect((await loadProducts()).shelf.products.map((p) => p.id)).toEqual(['serum', 'cream', 'wash']);
    expect(textOf(container.querySelector('p.status'))).toBe('Removed Pink toner.');
  });

  test('unreadable saved products are reported, with the copy to download', async () => {
    await mount('2026-11-26T12:00:00+01:00');
    await act(async () => {
      await fakeBrowser.storage.local.set({ products: { version: PRODUCTS_VERSION, products: 'oops' } });
    });
    render(null, container);
    await act(() => {
      render(
        <TodayApp
          locale={LOCALE}
          timeZone={ZONE}
          clock={() => new Date('2026-11-26T12:00:00+01:00')}
          openOptions={() => {}}
        />,
        container,
      );
    });
    await settle();
    expect(textOf(container.querySelector('[role="alert"] p'))).toMatch(
      /^Your saved products could not be read/,
    );
    expect(
      buttonNamed(
        container.querySelector('[role="alert"]') as Element,
        'Download the copy that could not be read',
      ),
    ).toBeTruthy();
  });

  test('the plan off (as a clinician may set it): everything back when the windows end, no way back listed', async () => {
    await mount('2026-11-29T19:00:00+01:00', {
      treatments: [microneedling({ wayBack: { enabled: false } })],
    });
    expect(Object.keys(groups())).toEqual(['Fine to use (4)']);
    expect(container.querySelector('.way-back')).toBeNull();
    expect(container.querySelector('.next')).toBeNull();
  });
});
