import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { protocolCode, protocolJson, readProtocol } from '../../src/clinic/protocol-code';
import { PROTOCOL_FORMAT, type Protocol } from '../../src/clinic/protocol-schema';
import { loadSettings, saveSettings } from '../../src/storage/settings-store';
import { CheckApp } from '../../src/ui/check/CheckApp';
import { ProtocolEditor } from '../../src/ui/clinic/ProtocolEditor';
import { WhenToCall } from '../../src/ui/clinic/WhenToCall';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { isPast } from '../../src/ui/options/treatment-edit';
import { WhenToCallLink } from '../../src/ui/popup/WhenToCallLink';
import type { Settings, Treatment } from '../../src/window/treatment';
import { installFakeSiteAccess } from '../permissions/fake-site-access';
import { buttonNamed, settle, textOf, typeInto } from './helpers';

const NOW = new Date('2026-11-26T12:00:00+01:00');
let container: HTMLElement;

const microneedling: Treatment = {
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

const laser: Protocol = {
  format: PROTOCOL_FORMAT,
  version: 1,
  clinic: { name: 'Harbour Skin Clinic', phone: '+44 20 7946 0000' },
  treatment: { type: 'laser-resurfacing', preset: 'laser-non-ablative-fractional' },
  windows: { retinoid: { kind: 'days', days: 14 } },
  avoid: [{ name: 'Niacinamide', window: { kind: 'days', days: 7 } }],
  whenToCall: ['Blisters that grow after day 2'],
};

async function mountOptions(): Promise<void> {
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

const importSection = (): Element => {
  const section = container.querySelector('.clinic-import');
  if (!section) throw new Error('no import section');
  return section;
};

async function applyCode(code: string): Promise<void> {
  await act(() => typeInto(container.querySelector('#protocol-code'), code));
  await act(() => buttonNamed(importSection(), 'Apply the code').click());
  await settle(60);
}

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

describe('importing a clinic protocol on the options page', () => {
  test("a pasted code applies the clinic's windows, names and phone to the treatment", async () => {
    await saveSettings(treated);
    await mountOptions();
    await applyCode(await protocolCode(laser));
    const [saved] = (await loadSettings()).settings.treatments;
    expect(saved).toMatchObject({
      id: 'a',
      performedAt: microneedling.performedAt,
      type: 'laser-resurfacing',
      preset: 'laser-non-ablative-fractional',
      overrides: { retinoid: { kind: 'days', days: 14 } },
      avoidNames: [{ name: 'Niacinamide', window: { kind: 'days', days: 7 }, from: 'clinic' }],
      clinic: {
        name: 'Harbour Skin Clinic',
        phone: '+44 20 7946 0000',
        whenToCall: ['Blisters that grow after day 2'],
      },
    });
    expect(textOf(container.querySelector('[role="status"].done'))).toContain('Harbour Skin Clinic');
    expect(textOf(container.querySelector('.treatment .from-clinic'))).toBe(
      'From your clinic: Harbour Skin Clinic',
    );
    // The clinic's name to avoid is listed under the treatment, with where it stands now.
    expect(textOf(container.querySelector('.avoid-list li'))).toMatch(
      /^Niacinamide · from Harbour Skin Clinic .*Avoid until/,
    );
    // The card names the clinic, its number as a tel: link and its own item.
    const card = container.querySelector('#when-to-call');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('tel:+442079460000');
    expect(textOf(card)).toContain('Blisters that grow after day 2');
  });

  test('a treatment added after the page opened is the one the code applies to', async () => {
    await mountOptions();
    await act(() => saveSettings(treated));
    await settle(60);
    await applyCode(await protocolCode(laser));
    const treatments = (await loadSettings()).settings.treatments;
    expect(treatments).toHaveLength(1);
    expect(treatments[0]).toMatchObject({ id: 'a', clinic: { name: 'Harbour Skin Clinic' } });
  });

  test.each([
    ['a mistyped code', 'AL1:notreallyacode', 'incomplete or mistyped'],
    ['text that is no code', 'call the clinic', 'not a protocol code'],
    [
      'a newer version',
      JSON.stringify({ ...laser, version: 3 }),
      'newer version of Aftercare Lens (format 3)',
    ],
    [
      'an invalid window',
      JSON.stringify({ ...laser, windows: { retinoid: { kind: 'days', days: 0 } } }),
      'windows.retinoid.days',
    ],
    [
      'a phone number in words',
      JSON.stringify({ ...laser, clinic: { name: 'Harbour Skin Clinic', phone: 'call us' } }),
      '“clinic.phone”: not a phone number',
    ],
  ])('%s is refused, says why, and changes nothing', async (_name, input, why) => {
    await saveSettings(treated);
    await mountOptions();
    await applyCode(input);
    const alert = importSection().querySelector('[role="alert"]');
    expect(textOf(alert)).toContain(why);
    expect(textOf(alert)).toContain('Nothing was changed');
    expect((await loadSettings()).settings).toEqual(treated);
  });

  test('a protocol file opened applies the same way; a new treatment needs its date first', async () => {
    await mountOptions();
    const input = importSection().querySelector('input[type="file"]') as HTMLInputElement;
    const open = async (): Promise<void> => {
      const file = new File([protocolJson(laser)], 'clinic-protocol.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await settle(60);
    };
    await open();
    expect(textOf(importSection().querySelector('[role="alert"]'))).toContain('Enter the date and time');
    expect((await loadSettings()).settings.treatments).toEqual([]);
    await act(() =>
      typeInto(importSection().querySelector('input[type="datetime-local"]'), '2026-11-25T09:30'),
    );
    await open();
    const [made] = (await loadSettings()).settings.treatments;
    expect(made).toMatchObject({
      type: 'laser-resurfacing',
      performedAt: '2026-11-25T09:30:00+01:00',
      clinic: { name: 'Harbour Skin Clinic' },
    });
  });
});

describe('the personal avoid list', () => {
  test('a name added is saved with a 7-day window and can be changed and removed', async () => {
    await saveSettings(treated);
    await mountOptions();
    const list = (): Element => container.querySelector('.avoid-list') as Element;
    await act(() => typeInto(list().querySelector('input[type="text"]'), ' Tea Tree Oil '));
    await act(() => buttonNamed(list(), 'Add').click());
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.avoidNames).toEqual([
      { name: 'Tea Tree Oil', window: { kind: 'days', days: 7 }, from: 'patient' },
    ]);
    expect(textOf(list().querySelector('li'))).toContain('Avoid until Tue 1 Dec, 18:00');
    await act(() => typeInto(list().querySelector('li select'), 'until-cleared'));
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.avoidNames?.[0]?.window).toEqual({
      kind: 'until-cleared',
    });
    // The same name again is refused, whatever its spelling of case and spaces.
    await act(() => typeInto(list().querySelector('input[type="text"]'), 'tea tree  oil'));
    await act(() => buttonNamed(list(), 'Add').click());
    expect(textOf(list().querySelector('[role="alert"]'))).toBe('tea tree oil is already on the list.');
    await act(() => buttonNamed(list(), 'Remove Tea Tree Oil').click());
    await settle();
    expect((await loadSettings()).settings.treatments[0]?.avoidNames).toBeUndefined();
  });

  test('a treatment stays current while a name on its list is inside its own window', () => {
    const later = new Date('2026-12-10T12:00:00+01:00');
    const listed: Treatment = {
      ...microneedling,
      avoidNames: [{ name: 'Niacinamide', window: { kind: 'days', days: 30 }, from: 'clinic' }],
    };
    expect(isPast({ ...treated, treatments: [microneedling] }, microneedling, later)).toBe(true);
    expect(isPast({ ...treated, treatments: [listed] }, listed, later)).toBe(false);
  });
});

describe('when to call your clinic', () => {
  test('the red flags for the treatment type, most urgent first, without a clinic number', async () => {
    await act(() => render(<WhenToCall types={['microneedling']} clinics={[]} />, container));
    const headings = [...container.querySelectorAll('h3')].map(textOf);
    expect(headings).toEqual([
      'Call emergency services now',
      'Call your clinic now',
      'Call your clinic during opening hours',
    ]);
    expect(textOf(container)).toContain('a cluster of small blisters');
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
  });

  test("a clinic's number as a tel: link, its own items and notes", async () => {
    const clinic = {
      name: 'Harbour',
      phone: '+44 (0)20 7946 0000',
      notes: 'SPF 50 daily.',
      whenToCall: ['Any blister'],
    };
    await act(() => render(<WhenToCall types={['chemical-peel']} clinics={[clinic]} />, container));
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('tel:+4402079460000');
    expect(textOf(link)).toBe('Call +44 (0)20 7946 0000');
    expect(textOf(container.querySelector('.clinic-contact'))).toMatch(
      /Harbour asks you to call if:\s*Any blister/,
    );
    expect(textOf(container)).toContain('Open sores or blisters');
  });

  test('the popup footer link opens the card on the options page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await act(() => render(<WhenToCallLink />, container));
    await act(() => buttonNamed(container, 'When to call your clinic').click());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#when-to-call$/) });
  });
});

describe('the clinic protocol editor', () => {
  test('starts from the preset, exports the file and the code the patient imports, and a printable sheet', async () => {
    const save = vi.fn();
    const print = vi.fn();
    const copy = vi.fn(() => Promise.resolve());
    await act(() => render(<ProtocolEditor save={save} print={print} copy={copy} />, container));
    await settle();
    expect(textOf(container.querySelector('.export [role="alert"]'))).toBe(
      "Enter the clinic's name to make the code.",
    );
    expect(buttonNamed(container, 'Save the protocol file').disabled).toBe(true);
    // The preset is the starting point: the guide's 5 days for retinoids.
    expect((container.querySelector('#editor-window-retinoid + input') as HTMLInputElement).value).toBe('5');

    await act(() => typeInto(container.querySelector('#clinic-name'), 'Harbour Skin Clinic'));
    await act(() => typeInto(container.querySelector('#clinic-phone'), '+44 20 7946 0000'));
    await act(() => typeInto(container.querySelector('#editor-window-retinoid + input'), '14'));
    await act(() => typeInto(container.querySelector('#editor-window-makeup'), 'days'));
    await act(() => typeInto(container.querySelector('#editor-new-name'), 'Niacinamide'));
    await act(() => buttonNamed(container, 'Add').click());
    await act(() => typeInto(container.querySelector('#editor-calls'), 'Blisters after day 2\n\nA fever'));
    await settle(60);

    const code = (container.querySelector('#editor-code') as HTMLTextAreaElement).value;
    const read = await readProtocol(code);
    expect(read.ok && read.protocol).toMatchObject({
      clinic: { name: 'Harbour Skin Clinic', phone: '+44 20 7946 0000' },
      treatment: { type: 'microneedling', preset: 'microneedling-guide' },
      windows: { retinoid: { kind: 'days', days: 14 }, makeup: { kind: 'days', days: 1 } },
      avoid: [{ name: 'Niacinamide', window: { kind: 'days', days: 7 } }],
      whenToCall: ['Blisters after day 2', 'A fever'],
    });

    await act(() => buttonNamed(container, 'Save the protocol file').click());
    const [name, text] = save.mock.calls[0] as [string, string];
    expect(name).toBe('clinic-protocol.json');
    expect(await readProtocol(text)).toEqual(read);
    await act(() => buttonNamed(container, 'Copy the code').click());
    expect(copy).toHaveBeenCalledWith(code);
    await act(() => buttonNamed(container, 'Print the sheet').click());
    expect(print).toHaveBeenCalled();

    const sheet = container.querySelector('.sheet');
    expect(textOf(sheet?.querySelector('h2'))).toBe('Harbour Skin Clinic');
    expect(textOf(sheet)).toContain('Retinoids14 days');
    expect(textOf(sheet)).toContain('Niacinamide7 days');
    expect(textOf(sheet)).toContain('Blisters after day 2');
    expect(textOf(sheet?.querySelector('.code'))).toBe(code);
    expect(sheet?.querySelector('svg.qr path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  test('another type starts again from its preset', async () => {
    await act(() => render(<ProtocolEditor save={vi.fn()} print={vi.fn()} copy={vi.fn()} />, container));
    await act(() => typeInto(container.querySelector('#editor-type'), 'laser-resurfacing'));
    expect((container.querySelector('#editor-preset') as HTMLSelectElement).value).toBe(
      'laser-non-ablative-fractional',
    );
    expect((container.querySelector('#editor-window-retinoid') as HTMLSelectElement).value).toBe('days');
  });
});

describe('checking selected text', () => {
  test("shows the popup's view of the selection", async () => {
    await saveSettings(treated);
    await act(() =>
      render(
        <CheckApp
          text="Ingredients: Aqua, Glycolic Acid, Niacinamide"
          locale="en-GB"
          timeZone="Europe/Berlin"
          clock={() => NOW}
          openOptions={vi.fn()}
        />,
        container,
      ),
    );
    await settle();
    expect(textOf(container.querySelector('p.verdict.not-yet'))).toMatch(/^Not yet — avoid until /);
    expect(textOf(container.querySelector('li.flag.avoid'))).toContain('Glycolic Acid');
    expect(textOf(container.querySelector('.selected-text p'))).toBe(
      'Ingredients: Aqua, Glycolic Acid, Niacinamide',
    );
  });

  test("names whose list a name to avoid is on: the clinic's or the patient's own", async () => {
    await saveSettings({
      ...treated,
      treatments: [
        {
          ...microneedling,
          avoidNames: [
            { name: 'Niacinamide', window: { kind: 'days', days: 30 }, from: 'clinic' },
            { name: 'Tea Tree Oil', window: { kind: 'days', days: 30 }, from: 'patient' },
          ],
          clinic: { name: 'Harbour Skin Clinic', phone: null, notes: null, whenToCall: [] },
        },
      ],
    });
    await act(() =>
      render(
        <CheckApp
          text="Ingredients: Aqua, Niacinamide, Melaleuca Alternifolia (Tea Tree) Leaf Oil"
          locale="en-GB"
          timeZone="Europe/Berlin"
          clock={() => NOW}
          openOptions={vi.fn()}
        />,
        container,
      ),
    );
    await settle();
    const flags = [...container.querySelectorAll('li.flag summary')].map(textOf);
    expect(flags).toContainEqual(expect.stringMatching(/^Avoid Niacinamide · Your clinic's list/));
    expect(flags).toContainEqual(
      expect.stringContaining('Harbour Skin Clinic asks you to avoid Niacinamide'),
    );
    expect(flags).toContainEqual(expect.stringMatching(/^Avoid Melaleuca .*Leaf Oil · Your avoid list/));
  });

  test('says so when the selection holds no list', async () => {
    await act(() =>
      render(
        <CheckApp text="" locale="en-GB" timeZone="Europe/Berlin" clock={() => NOW} openOptions={vi.fn()} />,
        container,
      ),
    );
    await settle();
    expect(textOf(container.querySelector('.lead'))).toContain('No ingredient list was found');
  });
});
