import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import type { ProductType } from '../../src/ingredients/family-schema';
import { saveSettings } from '../../src/storage/settings-store';
import { messagesOf, useLanguage } from '../setup/i18n';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { Settings, Treatment } from '../../src/window/treatment';

// Thursday 26 November 2026, noon in Berlin.
const NOW = new Date('2026-11-26T12:00:00+01:00');
const LOCALE = 'en-GB';
const ZONE = 'Europe/Berlin';

const SERUM_LABEL =
  'Aqua, Glycerin, Retinyl Palmitate, Glycolic Acid, Alcohol Denat., Parfum, Citric Acid, Sodium Citrate, Phenoxyethanol';
const CLEAN_LABEL = 'Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Panthenol, Phenoxyethanol';
const CLEANSER_LABEL = 'Aqua, Sodium Laureth Sulfate, Glycolic Acid, Cocamidopropyl Betaine, Glycerin';
const MAKEUP_LABEL = 'Aqua, Cyclopentasiloxane, Dimethicone, Titanium Dioxide, Iron Oxides, Phenoxyethanol';

const RETINOID_REASON =
  'Retinoids speed up skin turnover and thin the barrier, so on freshly treated skin they cause burning, peeling and irritation.';
const AHA_REASON =
  'AHAs dissolve the bonds between surface skin cells, so on freshly treated skin they sting, inflame and raise sun sensitivity for up to a week.';
const ALCOHOL_REASON = 'High amounts of alcohol dry and sting skin whose barrier is still repairing.';
const FRAGRANCE_REASON =
  'Fragrance and essential oils are a leading cause of skin allergy and irritation, and freshly treated skin lets them in more easily.';

const NOT_PRODUCT = 'This page is not a product page the extension reads.';
const NOT_COSMETIC = 'This is not a skincare or cosmetic product, so there is nothing to check.';
const NO_LIST =
  'No ingredient list was found on this page. You can paste the list from the pack or the page below.';
const SPF = 'Whatever you use: a broad-spectrum sunscreen, SPF 30 or higher, every day.';

const microneedling: Treatment = {
  id: 'a',
  type: 'microneedling',
  depthMm: null,
  performedAt: '2026-11-24T18:00:00+01:00',
  timeZone: ZONE,
  preset: 'microneedling-guide',
  overrides: {},
};
function settingsWith(...treatments: Treatment[]): Settings {
  return { version: 1, preTreatmentWarning: { enabled: false }, treatments };
}
// Five-day windows end on Sun 29 Nov at 18:00; the 24 h makeup window ended on Wed 25 Nov at 18:00.
const treated = settingsWith(microneedling);

interface ProductOptions {
  label?: string | null;
  type?: ProductType | null;
  url?: string;
  title?: string;
  brand?: string | null;
  source?: string;
  cosmetic?: boolean;
}

/** A product page's scan, with the list read by the real engine as the content script does. */
function productScan({
  label = SERUM_LABEL,
  type = 'serum',
  url = 'https://www.sephora.com/product/night-renewal-serum-P500001',
  title = 'Night Renewal Serum',
  brand = 'Lumen Labs',
  source = 'sephora: ingredients panel',
  cosmetic = true,
}: ProductOptions = {}): PageScan {
  const list = label === null ? null : { text: label, source };
  return {
    url,
    product: { title, brand, breadcrumbs: [], category: null, variant: null, type },
    isCosmeticProduct: cosmetic,
    list,
    analysis: list && cosmetic ? analyzeLabel(list.text, type ? { productType: type } : {}) : null,
  };
}

let container: HTMLElement;

const settle = async (ms = 30): Promise<void> => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
};

async function mount(
  scan: PageScan | null,
  {
    clock = () => NOW,
    openOptions = () => {},
    checkThisPage,
    locale = LOCALE,
  }: {
    clock?: () => Date;
    openOptions?: () => void;
    checkThisPage?: () => Promise<void>;
    locale?: string;
  } = {},
): Promise<void> {
  await act(() => {
    render(
      <PopupApp
        scan={scan}
        locale={locale}
        timeZone={ZONE}
        clock={clock}
        openOptions={openOptions}
        openToday={() => {}}
        {...(checkThisPage ? { checkThisPage, offers: { readOnce: true, addSite: false } } : {})}
      />,
      container,
    );
  });
  await settle();
}

/** The value, or a failed test naming what is missing. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const text = (element: Element | null = container): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lead = (): string => text(container.querySelector('p.lead'));
/** The answer line at the top, and the note under it. */
const verdict = (within: Element = container): string => text(within.querySelector('p.verdict'));
const verdictNote = (within: Element = container): string => text(within.querySelector('p.verdict + p.note'));
const instead = (within: Element = container): HTMLDetailsElement | null =>
  within.querySelector<HTMLDetailsElement>('details.alternatives');
const pasteBox = (): HTMLDetailsElement => {
  const details = container.querySelector('details.paste');
  if (!(details instanceof HTMLDetailsElement)) throw new Error('no paste box');
  return details;
};
function buttonNamed(name: string, within: Element = container): HTMLButtonElement {
  const button = [...within.querySelectorAll('button')].find((b) => text(b) === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

interface Row {
  tag: string;
  name: string;
  gist: string;
  more: string;
}
/** The groups by end date: each heading, and each flagged row's level, names, one-line reason, note. */
function groups(within: Element = container): { heading: string; rows: Row[] }[] {
  return [...within.querySelectorAll('section.flags')].map((section) => ({
    heading: text(section.querySelector('h2')),
    rows: [...section.querySelectorAll('li.flag')].map((li) => ({
      tag: text(li.querySelector('.tag')),
      name: [text(li.querySelector('summary strong')), text(li.querySelector('summary .family'))]
        .filter(Boolean)
        .join(' '),
      gist: text(li.querySelector('.gist')),
      more: text(li.querySelector('.more')),
    })),
  }));
}

async function paste(list: string): Promise<void> {
  const textarea = pasteBox().querySelector('textarea');
  if (!textarea) throw new Error('no textarea');
  await act(() => {
    textarea.value = list;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => buttonNamed('Check', pasteBox()).click());
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

const UNTIL_SUNDAY = 'Sun 29 Nov, 18:00 (in 3 days)';

describe('popup: no treatment set', () => {
  test('asks for the treatment date, opens the options, and names the families found', async () => {
    const openOptions = vi.fn();
    await mount(productScan(), { openOptions });
    expect(container.querySelector('h1')?.textContent).toBe('Night Renewal Serum');
    expect(text(container.querySelector('p.meta'))).toBe('Lumen Labs · Serum');
    expect(verdict()).toBe('Set the date of your treatment to see what to avoid, and until when.');
    // The trace citric acid is not a family the product "contains".
    expect(text(container.querySelector('p.note'))).toBe(
      'This product contains: Retinoids, Alpha-hydroxy acids (AHAs), Drying alcohol, Fragrance and essential oils',
    );
    expect(groups()).toEqual([]);
    await act(() => buttonNamed('Set my treatment date').click());
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(pasteBox().open).toBe(false);
  });

  test('the footer opens the treatments and settings', async () => {
    const openOptions = vi.fn();
    await mount(null, { openOptions });
    await act(() => buttonNamed('Treatments and settings').click());
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('popup: a product with flags inside the window, the answer first', () => {
  test('"Not yet", until the last window ends, before anything else under the title', async () => {
    await saveSettings(treated);
    await mount(productScan());
    expect(verdict()).toBe(`Not yet — avoid until ${UNTIL_SUNDAY}`);
    const header = present(container.querySelector('header'), 'header');
    expect(header.nextElementSibling?.matches('p.verdict.not-yet')).toBe(true);
  });

  test('the ingredients grouped by end date: the date once, each reason in one line, the note on demand', async () => {
    await saveSettings(treated);
    await mount(productScan());
    expect(groups()).toEqual([
      {
        heading: `Until ${UNTIL_SUNDAY}`,
        rows: [
          {
            tag: 'Avoid',
            name: 'Retinyl Palmitate · Retinoids',
            gist: RETINOID_REASON,
            more: 'usually a low amount; still a retinoid',
          },
          { tag: 'Avoid', name: 'Glycolic Acid · Alpha-hydroxy acids (AHAs)', gist: AHA_REASON, more: '' },
          { tag: 'Care', name: 'Alcohol Denat · Drying alcohol', gist: ALCOHOL_REASON, more: '' },
          { tag: 'Care', name: 'Parfum · Fragrance and essential oils', gist: FRAGRANCE_REASON, more: '' },
        ],
      },
    ]);
    // Each row is closed: one line each, the whole reason and the note when the patient opens it.
    const rows = [...container.querySelectorAll<HTMLDetailsElement>('li.flag details')];
    expect(rows.map((d) => d.open)).toEqual([false, false, false, false]);
    expect(container.querySelectorAll('.until')).toHaveLength(0);
  });

  test('windows ending at different times: one group each, soonest first; the verdict waits for the last', async () => {
    await saveSettings(
      settingsWith({
        ...microneedling,
        overrides: { retinoid: { kind: 'days', days: 10 }, fragrance: { kind: 'until-cleared' } },
      }),
    );
    await mount(productScan());
    expect(verdict()).toBe('Not yet — avoid until Fri 4 Dec, 18:00 (in 8 days)');
    expect(groups().map((g) => [g.heading, g.rows.map((r) => `${r.tag} ${r.name}`)])).toEqual([
      [
        `Until ${UNTIL_SUNDAY}`,
        ['Avoid Glycolic Acid · Alpha-hydroxy acids (AHAs)', 'Care Alcohol Denat · Drying alcohol'],
      ],
      ['Until Fri 4 Dec, 18:00 (in 8 days)', ['Avoid Retinyl Palmitate · Retinoids']],
      ['Until your clinician clears you', ['Care Parfum · Fragrance and essential oils']],
    ]);
  });

  test('a product with cautions only: "Use with care" until they end', async () => {
    await saveSettings(treated);
    await mount(
      productScan({ label: 'Aqua, Glycerin, Salicylic Acid, Parfum, Phenoxyethanol', title: 'Calm' }),
    );
    expect(verdict()).toBe(`Use with care until ${UNTIL_SUNDAY}`);
    expect(container.querySelector('p.verdict')?.classList.contains('care')).toBe(true);
    expect(groups()[0]?.rows.map((r) => r.tag)).toEqual(['Care', 'Care']);
  });

  test('trace acids are listed quietly under "Present at a low level", with their reason', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const traces = present(container.querySelector<HTMLDetailsElement>('details.traces'), 'traces');
    expect(traces.open).toBe(false);
    expect(text(traces.querySelector('summary'))).toBe('Present at a low level: Citric Acid');
    expect([...traces.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Citric Acid: Listed after Parfum, so at most about 1 %: at this level it adjusts the pH and does not exfoliate.',
    ]);
    // Not a hit: in no group.
    expect(JSON.stringify(groups())).not.toContain('Citric Acid');
  });

  test('the list that was read is one click away', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const listRead = container.querySelector('details.list-read');
    expect(text(listRead?.querySelector('summary') ?? null)).toBe('9 ingredients read on sephora.com');
    expect(text(listRead?.querySelector('p') ?? null)).toBe(
      'Aqua, Glycerin, Retinyl Palmitate, Glycolic Acid, Alcohol Denat, Parfum, Citric Acid, Sodium Citrate, Phenoxyethanol',
    );
    expect(pasteBox().open).toBe(false);
  });
});

describe('popup: what to use instead, folded below', () => {
  test('a serum: a hyaluronic-acid serum, what to look for, a search of the same shop, and SPF', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const folded = present(instead(), 'what to use instead');
    expect(folded.open).toBe(false);
    expect(text(folded.querySelector('summary'))).toBe('What to use instead');
    const items = [...folded.querySelectorAll('li')];
    const serum = present(
      items.find((li) => text(li.querySelector('strong')) === 'A hyaluronic-acid serum'),
      'serum suggestion',
    );
    expect(text(serum.querySelector('.look-for'))).toBe(
      'Look for: Sodium Hyaluronate, Hyaluronic Acid, Hydrolyzed Hyaluronic Acid, Sodium Acetylated Hyaluronate',
    );
    const link = serum.querySelector('a');
    expect(link?.textContent).toBe('Search this shop');
    expect(link?.getAttribute('href')).toBe(
      'https://www.sephora.com/search?keyword=hyaluronic+acid+serum+fragrance+free',
    );
    // Retinoid, AHA and alcohol all point to the same serum: suggested once.
    expect(items.filter((li) => text(li.querySelector('strong')) === 'A hyaluronic-acid serum')).toHaveLength(
      1,
    );
    expect(text(items.at(-1) ?? null)).toBe(SPF);
    expect(text(folded)).not.toContain('Skip makeup');
  });

  test('a cleanser with an AHA: a gentle hydrating cleanser, searched in the same shop', async () => {
    await saveSettings(treated);
    await mount(
      productScan({
        label: CLEANSER_LABEL,
        type: 'cleanser',
        title: 'Glow Wash',
        url: 'https://www.lookfantastic.com/p/glow-wash/12345/',
        source: 'lookfantastic',
      }),
    );
    expect(text(container.querySelector('p.meta'))).toBe('Lumen Labs · Cleanser');
    expect(groups()[0]?.rows.map((r) => `${r.tag} ${r.name}`)).toEqual([
      'Avoid Glycolic Acid · Alpha-hydroxy acids (AHAs)',
      'Care Sodium Laureth Sulfate · Harsh cleansers',
    ]);
    const folded = present(instead(), 'what to use instead');
    const cleanser = present(
      [...folded.querySelectorAll('li')].find(
        (li) => text(li.querySelector('strong')) === 'A gentle hydrating cleanser',
      ),
      'cleanser suggestion',
    );
    expect(text(cleanser.querySelector('.look-for'))).toMatch(/^Look for: Glycerin, /);
    expect(cleanser.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.lookfantastic.com/search?q=gentle+hydrating+cleanser+fragrance+free',
    );
    expect(text(folded)).toContain(SPF);
  });

  test('a shop whose search is unknown gets no link, but still the suggestion', async () => {
    await saveSettings(treated);
    await mount(productScan({ url: 'https://shop.example.org/serum', source: 'generic: heading' }));
    const folded = present(instead(), 'what to use instead');
    expect(text(folded)).toContain('A hyaluronic-acid serum');
    expect(folded.querySelector('a')).toBeNull();
  });

  test('makeup inside its 24 h window: skip makeup, and Makeup is listed', async () => {
    // Treated this morning: the 24 h makeup window runs until tomorrow 08:00.
    await saveSettings(settingsWith({ ...microneedling, performedAt: '2026-11-26T08:00:00+01:00' }));
    await mount(productScan({ label: MAKEUP_LABEL, type: 'makeup', title: 'Skin Tint' }));
    expect(text(container.querySelector('p.meta'))).toBe('Lumen Labs · Makeup');
    expect(verdict()).toBe('Not yet — avoid until Fri 27 Nov, 08:00 (in 20 hours)');
    expect(groups()).toEqual([
      {
        heading: 'Until Fri 27 Nov, 08:00 (in 20 hours)',
        rows: [
          {
            tag: 'Avoid',
            name: 'Makeup',
            gist: 'No makeup on freshly treated skin: it can clog and irritate the tiny channels while they close.',
            more: '',
          },
        ],
      },
    ]);
    const folded = present(instead(), 'what to use instead');
    expect(text(folded.querySelector('li'))).toBe('Skip makeup until the window ends.');
    expect(text(folded)).toContain(SPF);
  });

  test('makeup after its 24 h window is not flagged', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: MAKEUP_LABEL, type: 'makeup', title: 'Skin Tint' }));
    expect(groups()).toEqual([]);
    expect(verdict()).toBe('Fine for your skin now');
    expect(verdictNote()).toBe(
      "You're clear since Wed 25 Nov, 18:00 (18 hours ago). This product has ingredients your skin had to avoid after the treatment; that window has ended.",
    );
  });
});

describe('popup: product clear', () => {
  test('fine for your skin now, and how many ingredients were read where', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: CLEAN_LABEL, title: 'Calm Serum' }));
    expect(verdict()).toBe('Fine for your skin now');
    expect(verdictNote()).toBe('Nothing to avoid found.');
    expect(text(container.querySelector('details.list-read summary'))).toBe(
      '6 ingredients read on sephora.com',
    );
    expect(groups()).toEqual([]);
    expect(instead()).toBeNull();
    expect(pasteBox().open).toBe(false);
  });

  test('a list of one ingredient is counted in the singular', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: 'Ingredients: Squalane', title: 'Pure Squalane' }));
    expect(text(container.querySelector('details.list-read summary'))).toBe(
      '1 ingredient read on sephora.com',
    );
  });

  test('a clear product with only a trace acid still names it quietly', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: `${CLEAN_LABEL}, Citric Acid` }));
    expect(verdict()).toBe('Fine for your skin now');
    expect(text(container.querySelector('details.traces summary'))).toBe(
      'Present at a low level: Citric Acid',
    );
  });
});

describe('popup: pages without a list to check', () => {
  test('a product page with no list: the no-list message and the paste box open', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: null }));
    expect(container.querySelector('h1')?.textContent).toBe('Night Renewal Serum');
    expect(lead()).toBe(NO_LIST);
    expect(pasteBox().open).toBe(true);
    expect(groups()).toEqual([]);
  });

  test('not a product page: the not-a-product message and the paste box open', async () => {
    await saveSettings(treated);
    await mount(null);
    // With no product to name, the extension's name is the page's heading.
    expect(container.querySelector('h1')?.textContent).toBe('Aftercare Lens');
    expect(container.querySelector('p.meta')).toBeNull();
    expect(lead()).toBe(NOT_PRODUCT);
    expect(pasteBox().open).toBe(true);
  });

  test('a scan without a product (a category page): the not-a-product message', async () => {
    await mount(noProductScan('https://www.sephora.com/shop/face-serums'));
    expect(lead()).toBe(NOT_PRODUCT);
    expect(pasteBox().open).toBe(true);
  });

  test('a page judged not a product can still be read in full, from one click', async () => {
    let asked = 0;
    await mount(noProductScan('https://www.boots.com/night-cream'), {
      checkThisPage: async () => {
        asked++;
      },
    });
    expect(lead()).toBe(NOT_PRODUCT);
    const buttons = [...container.querySelectorAll('.actions button')].map((b) => b.textContent);
    // Reading once, yes; "always check this site" only where nothing reads the site at all.
    expect(buttons).toEqual(['Check this page']);
    await act(() => (container.querySelector('.actions button') as HTMLButtonElement).click());
    expect(asked).toBe(1);
  });

  test('a grocery product: the not-cosmetic message', async () => {
    await saveSettings(treated);
    await mount(
      productScan({
        label: 'Peanuts, Salt, Citric Acid',
        type: null,
        title: 'Crunchy Peanut Butter',
        brand: 'Nutty Co',
        url: 'https://www.walmart.com/ip/crunchy-peanut-butter/123',
        cosmetic: false,
      }),
    );
    expect(container.querySelector('h1')?.textContent).toBe('Crunchy Peanut Butter');
    expect(lead()).toBe(NOT_COSMETIC);
    expect(groups()).toEqual([]);
    expect(pasteBox().open).toBe(true);
  });
});

describe('popup: window over', () => {
  test('fine for your skin now, and since when', async () => {
    await saveSettings(treated);
    await mount(productScan(), { clock: () => new Date('2026-12-10T12:00:00+01:00') });
    expect(verdict()).toBe('Fine for your skin now');
    expect(verdictNote()).toBe(
      "You're clear since Sun 29 Nov, 18:00 (11 days ago). This product has ingredients your skin had to avoid after the treatment; that window has ended.",
    );
    expect(groups()).toEqual([]);
    expect(text(container.querySelector('details.list-read summary'))).toBe(
      '9 ingredients read on sephora.com',
    );
  });
});

describe('popup: the paste box', () => {
  test('a pasted list is checked with the same view: a retinoid flagged with its until date', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: CLEAN_LABEL }));
    expect(verdict()).toBe('Fine for your skin now');
    const box = pasteBox();
    expect(text(box.querySelector('summary'))).toBe('Check a list');
    await paste('Water, Glycerin, Retinol, Tocopherol');
    const result = present(box.querySelector('[role="status"]'), 'pasted result');
    expect(verdict(result)).toBe(`Not yet — avoid until ${UNTIL_SUNDAY}`);
    expect(groups(result)).toEqual([
      {
        heading: `Until ${UNTIL_SUNDAY}`,
        rows: [{ tag: 'Avoid', name: 'Retinol · Retinoids', gist: RETINOID_REASON, more: '' }],
      },
    ]);
    // A pasted list has no shop and no product type: the general alternative, no search link.
    const folded = instead(result);
    expect(text(folded)).toContain('A fragrance-free barrier cream with ceramides');
    expect(folded?.querySelector('a')).toBeNull();
    expect(text(result.querySelector('details.list-read summary'))).toBe('Show the list that was read');
    expect(text(result.querySelector('details.list-read p'))).toBe('Water, Glycerin, Retinol, Tocopherol');
    // The page's own verdict is still there, outside the pasted result, and the ids differ.
    expect(verdict()).toBe('Fine for your skin now');
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('pasting prose gives "No ingredients found in that text."', async () => {
    await saveSettings(treated);
    await mount(productScan());
    for (const prose of [
      'I love this serum so much it made my skin glow',
      'Shipping is free on orders over $50, and returns are easy.',
    ]) {
      await paste(prose);
      const status = pasteBox().querySelector('[role="status"]');
      expect(text(status)).toBe('No ingredients found in that text.');
      expect(status?.querySelector('section, details')).toBeNull();
    }
    // The page's own verdict is untouched.
    expect(groups()).not.toEqual([]);
  });

  test('pasting from the not-a-product state works too', async () => {
    await saveSettings(treated);
    await mount(null);
    await paste('Aqua, Salicylic Acid, Glycerin');
    expect(groups(pasteBox())[0]?.rows.map((r) => r.name)).toEqual(['Salicylic Acid · Salicylic acid (BHA)']);
  });
});

describe('popup: live updates', () => {
  test('re-renders when the settings change while it is open', async () => {
    await mount(productScan());
    expect(verdict()).toBe('Set the date of your treatment to see what to avoid, and until when.');

    await act(() => saveSettings(treated));
    await settle();
    expect(verdict()).toBe(`Not yet — avoid until ${UNTIL_SUNDAY}`);

    await act(() =>
      saveSettings(settingsWith({ ...microneedling, overrides: { retinoid: { kind: 'until-cleared' } } })),
    );
    await settle();
    expect(verdict()).toBe('Not yet — avoid until your clinician clears you');
    expect(groups().at(-1)?.heading).toBe('Until your clinician clears you');

    await act(() => saveSettings(settingsWith()));
    await settle();
    expect(groups()).toEqual([]);
    expect(buttonNamed('Set my treatment date')).toBeDefined();
  });

  test('re-renders when a window ends while it is open', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const tick = async (ms: number): Promise<void> => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    };
    await saveSettings(treated);
    await act(() => {
      render(
        <PopupApp
          scan={productScan()}
          locale={LOCALE}
          timeZone={ZONE}
          clock={() => new Date()}
          openOptions={() => {}}
          openToday={() => {}}
        />,
        container,
      );
    });
    await tick(0);
    expect(verdict()).toBe(`Not yet — avoid until ${UNTIL_SUNDAY}`);

    const end = new Date('2026-11-29T18:00:00+01:00').getTime();
    // A minute before the windows end: still avoiding, nothing re-rendered.
    await tick(end - NOW.getTime() - 60_000);
    expect(verdict()).toBe(`Not yet — avoid until ${UNTIL_SUNDAY}`);

    // The boundary timer fires just after the end.
    await tick(60_000 + 1_000);
    expect(groups()).toEqual([]);
    expect(verdict()).toBe('Fine for your skin now');
    expect(verdictNote()).toMatch(/^You're clear since Sun 29 Nov, 18:00 \(1 minute ago\)\./);
  });
});

describe('popup: in the patient’s language', () => {
  /** English sentences and phrases of the messages, to look for in another language's popup. */
  const englishPhrases = Object.values(messagesOf('en'))
    .map((entry) => entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').trim())
    .filter((phrase) => phrase.length >= 12 && !/Aftercare Lens/.test(phrase));

  test.each([
    ['de', 'de-DE', 'Noch nicht – meiden bis So., 29. Nov., 18:00 (in 3 Tagen)', 'Meiden'],
    ['es', 'es-ES', 'Todavía no: evítalo hasta el dom, 29 nov, 18:00 (dentro de 3 días)', 'Evitar'],
    ['fr', 'fr-FR', 'Pas encore — à éviter jusqu’au dim. 29 nov., 18:00 (dans 3 jours)', 'À éviter'],
  ])(
    '%s: the answer, the groups, every reason and note in the language',
    async (language, locale, line, tag) => {
      useLanguage(language);
      await saveSettings(treated);
      await mount(productScan(), { locale });
      // Open every fold, so that everything the patient can read is here.
      for (const details of container.querySelectorAll('details')) details.open = true;
      expect(verdict()).toBe(line);
      expect(groups()[0]?.rows[0]?.tag).toBe(tag);
      const shown = text();
      expect(englishPhrases.filter((phrase) => shown.includes(phrase))).toEqual([]);
      // The reason and the note are the language's own messages.
      const table = messagesOf(language);
      expect(groups()[0]?.rows[0]?.gist).toBe(table.familyReason_retinoid?.message);
      expect(groups()[0]?.rows[0]?.more).toBe(table.note_retinyl_ester?.message);
    },
  );
});

describe('popup: accessibility', () => {
  test('one h1; each group is a section named by its heading; the paste box is labelled; links open safely', async () => {
    await saveSettings(treated);
    await mount(productScan());
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const sections = [...container.querySelectorAll('section')];
    expect(sections.length).toBeGreaterThanOrEqual(1);
    for (const s of sections) {
      const heading = container.querySelector(`#${s.getAttribute('aria-labelledby') ?? 'none'}`);
      expect(heading?.tagName, s.className).toBe('H2');
    }

    const textarea = present(pasteBox().querySelector('textarea'), 'textarea');
    expect(textarea.id).toBeTruthy();
    const label = container.querySelector(`label[for="${textarea.id}"]`);
    expect(text(label)).toBe('Paste an ingredient list');

    for (const name of ['Check', 'Treatments and settings']) {
      expect(buttonNamed(name).tagName).toBe('BUTTON');
    }
    expect(buttonNamed('Check').type).toBe('submit');
    expect(buttonNamed('Treatments and settings').type).toBe('button');

    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
    }
  });

  test('the level of each ingredient is said in words, not only by colour', async () => {
    await saveSettings(treated);
    await mount(productScan());
    expect(groups()[0]?.rows.map((r) => r.tag)).toEqual(['Avoid', 'Avoid', 'Care', 'Care']);
  });

  test('the no-treatment action is a real button', async () => {
    await mount(productScan());
    const button = buttonNamed('Set my treatment date');
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
  });

  test('while settings load, the popup says it is busy', async () => {
    await act(() => {
      render(
        <PopupApp
          scan={null}
          locale={LOCALE}
          timeZone={ZONE}
          clock={() => NOW}
          openOptions={() => {}}
          openToday={() => {}}
        />,
        container,
      );
    });
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    await settle();
    expect(container.querySelector('main')?.hasAttribute('aria-busy')).toBe(false);
  });
});
