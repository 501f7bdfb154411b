import { PRODUCTS_VERSION } from '../../src/routine/product';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadProducts, saveProducts } from '../../src/storage/products-store';
import { loadSettings, saveSettings } from '../../src/storage/settings-store';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { settingsFile } from '../../src/ui/options/settings-file';
import { microneedling, product } from '../routine/helpers';
import { settingsWith } from '../window/helpers';
import { buttonNamed, settle, textOf, typeInto } from './helpers';

const NOW = new Date('2026-11-26T12:00:00+01:00');
let container: HTMLElement;

/** The browser's side of the notifications permission, with its events. */
function fakePermission(initially: boolean) {
  let granted = initially;
  const added = new Set<() => void>();
  const removed = new Set<() => void>();
  const permissions = {
    contains: vi.fn(async () => granted),
    request: vi.fn(async () => {
      granted = true;
      added.forEach((l) => l());
      return true;
    }),
    remove: vi.fn(async () => {
      granted = false;
      removed.forEach((l) => l());
      return true;
    }),
    onAdded: {
      addListener: (l: () => void) => added.add(l),
      removeListener: (l: () => void) => added.delete(l),
    },
    onRemoved: {
      addListener: (l: () => void) => removed.add(l),
      removeListener: (l: () => void) => removed.delete(l),
    },
  };
  Object.assign(fakeBrowser.permissions, permissions);
  return {
    permissions,
    /** The patient revokes it in the browser's own settings. */
    revoke() {
      granted = false;
      removed.forEach((l) => l());
    },
  };
}

async function mount(): Promise<void> {
  await act(() => {
    render(
      <OptionsApp
        locale="en-GB"
        timeZone="Europe/Berlin"
        welcome={false}
        clock={() => NOW}
        saveDelayMs={5}
      />,
      container,
    );
  });
  await settle();
}

function remindersBox(): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => textOf(l).startsWith('Remind me'));
  const box = label?.querySelector('input');
  if (!(box instanceof HTMLInputElement)) throw new Error('no reminders switch');
  return box;
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options: reminders', () => {
  test('off until switched on; the switch asks the browser, in the click, for notifications only', async () => {
    const browser = fakePermission(false);
    await mount();
    expect(remindersBox().checked).toBe(false);
    expect(browser.permissions.request).not.toHaveBeenCalled();
    await act(() => remindersBox().click());
    // Asked within the click itself (Firefox grants optional permissions only then).
    expect(browser.permissions.request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await settle();
    expect(remindersBox().checked).toBe(true);
  });

  test('revoking the permission in the browser turns the switch off', async () => {
    const browser = fakePermission(true);
    await mount();
    expect(remindersBox().checked).toBe(true);
    await act(() => browser.revoke());
    await settle();
    expect(remindersBox().checked).toBe(false);
  });

  test('switching off gives the permission back', async () => {
    const browser = fakePermission(true);
    await mount();
    await act(() => remindersBox().click());
    await settle();
    expect(browser.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(remindersBox().checked).toBe(false);
  });

  test('the browser says no: the switch stays off, and the page says why', async () => {
    const browser = fakePermission(false);
    browser.permissions.request.mockResolvedValueOnce(false);
    await mount();
    await act(() => remindersBox().click());
    await settle();
    expect(remindersBox().checked).toBe(false);
    expect(textOf(container.querySelector('p.status'))).toBe(
      'Notifications were not allowed, so reminders stay off.',
    );
  });
});

describe('options: the way back', () => {
  const editor = (): HTMLFieldSetElement =>
    container.querySelector('fieldset.way-back-editor') as HTMLFieldSetElement;

  test('on by default with the preset’s numbers; changed numbers and order are saved with the treatment', async () => {
    await saveSettings(settingsWith([microneedling()]));
    await mount();
    const numbers = [...editor().querySelectorAll<HTMLInputElement>('input[type="number"]')];
    expect(numbers.map((input) => [textOf(input.parentElement), input.value])).toEqual([
      ['Days between steps', '3'],
      ['Evenings a week at first', '3'],
      ['Days at that pace', '7'],
    ]);
    expect(
      [...editor().querySelectorAll('.order li')].map(
        (li) => textOf(li.firstChild as Element | null) || li.firstChild?.textContent,
      ),
    ).toEqual([
      'Poly-hydroxy acids (PHAs)',
      'Vitamin C (L-ascorbic acid)',
      'Salicylic acid (BHA)',
      'Alpha-hydroxy acids (AHAs)',
      'Benzoyl peroxide',
      'Retinoids',
      'Scrubs',
    ]);
    await act(() => typeInto(numbers[0] as HTMLInputElement, '5'));
    await settle();
    const retinoids = [...editor().querySelectorAll('.order li')][5] as HTMLElement;
    await act(() => buttonNamed(retinoids, 'Earlier: Retinoids').click());
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.wayBack).toEqual({
      enabled: true,
      spacingDays: 5,
      order: ['pha', 'vitamin-c', 'bha', 'aha', 'retinoid', 'benzoyl-peroxide', 'physical-exfoliant'],
    });
    await act(() => buttonNamed(editor(), 'Back to the plan for this preset').click());
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.wayBack).toBeUndefined();
  });

  test('switched off: each family back when its window ends', async () => {
    await saveSettings(settingsWith([microneedling()]));
    await mount();
    await act(() => (editor().querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.wayBack).toEqual({ enabled: false });
    expect(textOf(editor().querySelector('.note'))).toBe(
      'Off: each family comes back as soon as its window ends.',
    );
  });
});

describe('options: a treatment stays current while its way back runs', () => {
  test('windows over but a retinol serum still to come back: the treatment and its plan stay on the page', async () => {
    // Ten days after the treatment (the clock of these tests is 26 Nov): the guide's windows ended on 21 Nov.
    const earlier = microneedling({ performedAt: '2026-11-16T18:00:00+01:00' });
    await saveSettings(settingsWith([earlier]));
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('p1', 'retinolSerum', 'Night serum')],
    });
    await mount();
    expect(container.querySelector('fieldset.way-back-editor')).not.toBeNull();
    expect(container.querySelector('details.history')).toBeNull();
  });

  test('once every family of the products is back, it moves to the past treatments', async () => {
    const earlier = microneedling({
      performedAt: '2026-11-06T18:00:00+01:00',
      healingChecks: { retinoid: { confirmedAt: '2026-11-12T20:00:00+01:00', notYet: [] } },
    });
    await saveSettings(settingsWith([earlier]));
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('p1', 'retinolSerum', 'Night serum')],
    });
    await mount();
    expect(container.querySelector('fieldset.way-back-editor')).toBeNull();
    expect(textOf(container.querySelector('details.history summary'))).toBe('Past treatments (1)');
  });
});

describe('options: Today and the settings file', () => {
  test('links to Today', async () => {
    await mount();
    const link = [...container.querySelectorAll('a')].find((a) => textOf(a) === 'Today: my products');
    expect(link?.getAttribute('href')).toBe('/today.html');
  });

  test('importing a file brings the products back with the treatments', async () => {
    const settings = settingsWith([microneedling()]);
    const products = [product('p1', 'glycolicToner', 'Glow toner')];
    await mount();
    const input = container.querySelector('.settings input[type="file"]') as HTMLInputElement;
    const file = new File([settingsFile(settings, NOW, products)], 'aftercare-lens-settings.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle(60);
    expect((await loadProducts()).shelf.products).toEqual(products);
    expect((await loadSettings()).settings).toEqual(settings);
  });
});
