import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../src/storage/settings-store';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import type { Settings } from '../../src/window/treatment';
import { installFakeSiteAccess } from '../permissions/fake-site-access';

const NOW = new Date('2026-11-26T12:00:00+01:00');
let container: HTMLElement;

const settle = async (ms = 30): Promise<void> => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
};

async function mount(welcome = false): Promise<void> {
  await act(() => {
    render(
      <OptionsApp
        locale="en-GB"
        timeZone="Europe/Berlin"
        welcome={welcome}
        clock={() => NOW}
        saveDelayMs={5}
      />,
      container,
    );
  });
  await settle();
}

function change(element: Element | null, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement))
    throw new Error('no field');
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

const microneedling: Settings['treatments'][number] = {
  id: 'a',
  type: 'microneedling',
  depthMm: null,
  performedAt: '2026-11-24T18:00:00+01:00',
  timeZone: 'Europe/Berlin',
  preset: 'microneedling-guide',
  overrides: {},
};
const treated: Settings = {
  version: 1,
  preTreatmentWarning: { enabled: false },
  treatments: [microneedling],
};

beforeEach(() => {
  fakeBrowser.reset();
  installFakeSiteAccess();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options page', () => {
  test('first run: a welcome, and the date field of a new treatment has the focus', async () => {
    await mount(true);
    expect(container.querySelector('h1')?.textContent).toBe('Welcome to Aftercare Lens');
    const date = container.querySelector('input[type="datetime-local"]');
    expect(document.activeElement).toBe(date);
  });

  test('entering a date creates and saves a treatment with the guide preset, as you type', async () => {
    await mount(true);
    await act(() => change(container.querySelector('input[type="datetime-local"]'), '2026-11-24T18:00'));
    await settle();
    const { settings } = await loadSettings();
    expect(settings.treatments).toEqual([
      expect.objectContaining({
        type: 'microneedling',
        performedAt: '2026-11-24T18:00:00+01:00',
        timeZone: 'Europe/Berlin',
        preset: 'microneedling-guide',
      }),
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  test('a save the browser refuses (storage full): the page says so, keeps what was typed, and saves it at the next change', async () => {
    await mount(true);
    const full = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const date = container.querySelector('input[type="datetime-local"]');
    await act(() => change(date, '2026-11-24T18:00'));
    await settle();
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Not saved: Resource::kQuotaBytes quota exceeded. What you entered is still here and is saved at your next change.',
    );
    expect((date as HTMLInputElement).value).toBe('2026-11-24T18:00');
    expect((await loadSettings()).settings.treatments).toEqual([]);
    full.mockRestore();
    await act(() => change(container.querySelector('input[type="number"]'), '1'));
    await settle();
    expect((await loadSettings()).settings.treatments).toEqual([
      expect.objectContaining({ performedAt: '2026-11-24T18:00:00+01:00', depthMm: 1 }),
    ]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved');
  });

  test('each family shows until when to avoid it, in the browser’s locale', async () => {
    await saveSettings(treated);
    await mount();
    const rows = [...container.querySelectorAll('table.windows tr')].map((tr) => tr.textContent ?? '');
    expect(rows.find((r) => r.startsWith('Retinoids'))).toContain(
      'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
    );
    expect(rows.find((r) => r.startsWith('Makeup'))).toContain('Clear since Wed 25 Nov, 18:00');
  });

  test('a family’s window can be overridden, switched off or set to "until cleared"', async () => {
    await saveSettings(treated);
    await mount();
    const retinoid = container.querySelector('select[id$="-retinoid"]');
    await act(() => change(retinoid, 'until-cleared'));
    await act(() => change(container.querySelector('select[id$="-fragrance"]'), 'off'));
    await act(() => change(container.querySelector('select[id$="-aha"]'), 'days'));
    await act(() => change(container.querySelector('input[aria-label^="Alpha-hydroxy"]'), '10'));
    await settle();
    const [treatment] = (await loadSettings()).settings.treatments;
    expect(treatment?.overrides).toEqual({
      retinoid: { kind: 'until-cleared' },
      fragrance: { kind: 'off' },
      aha: { kind: 'days', days: 10 },
    });
    const rows = [...container.querySelectorAll('table.windows tr')].map((tr) => tr.textContent ?? '');
    expect(rows.find((r) => r.startsWith('Retinoids'))).toContain('Avoid until your clinician clears you');
    expect(rows.find((r) => r.startsWith('Alpha'))).toContain('Fri 4 Dec, 18:00');
  });

  test('a needle depth picks the depth preset', async () => {
    await saveSettings(treated);
    await mount();
    await act(() => change(container.querySelector('input[type="number"]'), '1'));
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.preset).toBe('microneedling-medical');
  });

  test('past treatments move to the history, and can be removed', async () => {
    await saveSettings({
      ...treated,
      treatments: [
        { ...microneedling, id: 'old', performedAt: '2026-09-01T10:00:00+02:00' },
        ...treated.treatments,
      ],
    });
    await mount();
    expect(container.querySelector('details.history summary')?.textContent).toBe('Past treatments (1)');
    expect(container.querySelectorAll('section.treatment')).toHaveLength(1);
    const removeOld = container.querySelector('details.history button');
    await act(() => (removeOld as HTMLButtonElement).click());
    await settle();
    expect((await loadSettings()).settings.treatments.map((t) => t.id)).toEqual(['a']);
  });

  test('an unreadable stored value is reported, not hidden', async () => {
    await fakeBrowser.storage.local.set({ settings: '{"version":1,"treatments":' });
    await mount();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/could not be read/);
  });
});
