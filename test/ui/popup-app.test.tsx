import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageScan } from '../../src/extract/page-scan';
import { noProductScan } from '../../src/extract/no-product';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import type { ProductType } from '../../src/ingredients/family-schema';
import { saveSettings } from '../../src/storage/settings-store';
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
  }: { clock?: () => Date; openOptions?: () => void; checkThisPage?: () => Promise<void> } = {},
): Promise<void> {
  await act(() => {
    render(
      <PopupApp
        scan={scan}
        locale={LOCALE}
        timeZone={ZONE}
        clock={clock}
        openOptions={openOptions}
        openToday={() => {}}
        {...(checkThisPage ? { checkThisPage } : {})}
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
const section = (name: string): HTMLElement | null =>
  container.querySelector<HTMLElement>(`section[aria-label="${name}"]`);
const lead = (): string => text(container.querySelector('p.lead'));
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
/** One flagged row: what is printed, its family, the reasons and the until line. */
function flagRows(sectionName: string): { name: string; reasons: string[]; until: string }[] {
  return [...(section(sectionName)?.querySelectorAll('li') ?? [])].map((li) => ({
    name: text(li.querySelector('.flag-name')),
    reasons: [...li.querySelectorAll('.reason')].map((p) => text(p)),
    until: text(li.querySelector('.until')),
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

describe('popup: no treatment set', () => {
  test('asks for the treatment date, opens the options, and names the families found', async () => {
    const openOptions = vi.fn();
    await mount(productScan(), { openOptions });
    expect(container.querySelector('h1')?.textContent).toBe('Night Renewal Serum');
    expect(text(container.querySelector('p.meta'))).toBe('Lumen Labs · Serum');
    expect(lead()).toBe('Set the date of your treatment to see what to avoid, and until when.');
    // The trace citric acid is not a family the product "contains".
    expect(text(container.querySelector('p.note'))).toBe(
      'This product contains: Retinoids, Alpha-hydroxy acids (AHAs), Drying alcohol, Fragrance and essential oils',
    );
    expect(section('Avoid for now')).toBeNull();
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

describe('popup: a product with flags inside the window', () => {
  test('names each flagged ingredient as printed, its family, why, and until when', async () => {
    await saveSettings(treated);
    await mount(productScan());
    expect(container.querySelector('h1')?.textContent).toBe('Night Renewal Serum');
    expect(flagRows('Avoid for now')).toEqual([
      {
        name: 'Retinyl Palmitate · Retinoids',
        reasons: [RETINOID_REASON, 'usually a low amount; still a retinoid'],
        until: 'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
      },
      {
        name: 'Glycolic Acid · Alpha-hydroxy acids (AHAs)',
        reasons: [AHA_REASON],
        until: 'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
      },
    ]);
    expect(flagRows('Be careful')).toEqual([
      {
        name: 'Alcohol Denat · Drying alcohol',
        reasons: [ALCOHOL_REASON],
        until: 'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
      },
      {
        name: 'Parfum · Fragrance and essential oils',
        reasons: [FRAGRANCE_REASON],
        until: 'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
      },
    ]);
    expect(section('Avoid for now')?.querySelector('h2')?.textContent).toBe('Avoid for now');
    expect(section('Be careful')?.querySelector('h2')?.textContent).toBe('Be careful');
  });

  test('the avoid section comes before the caution section', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const avoid = present(section('Avoid for now'), 'avoid section');
    const caution = present(section('Be careful'), 'caution section');
    expect(avoid.compareDocumentPosition(caution) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
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
    // Not a hit: nowhere in the flagged sections.
    expect(text(section('Avoid for now'))).not.toContain('Citric Acid');
    expect(text(section('Be careful'))).not.toContain('Citric Acid');
  });

  test('the list that was read is one click away', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const listRead = container.querySelector('details.list-read');
    expect(text(listRead?.querySelector('summary') ?? null)).toBe(
      'Checked 9 ingredients read by sephora.com, ingredients panel.',
    );
    expect(text(listRead?.querySelector('p') ?? null)).toBe(
      'Aqua, Glycerin, Retinyl Palmitate, Glycolic Acid, Alcohol Denat, Parfum, Citric Acid, Sodium Citrate, Phenoxyethanol',
    );
    expect(pasteBox().open).toBe(false);
  });
});

describe('popup: what to use instead', () => {
  test('a serum: a hyaluronic-acid serum, what to look for, a search of the same shop, and SPF', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const instead = present(section('Instead'), 'Instead section');
    expect(instead.querySelector('h2')?.textContent).toBe('Instead');
    const items = [...instead.querySelectorAll('li')];
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
    expect(text(instead)).not.toContain('Skip makeup');
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
    expect(flagRows('Avoid for now').map((r) => r.name)).toEqual([
      'Glycolic Acid · Alpha-hydroxy acids (AHAs)',
    ]);
    expect(flagRows('Be careful').map((r) => r.name)).toEqual(['Sodium Laureth Sulfate · Harsh cleansers']);
    const instead = present(section('Instead'), 'Instead section');
    const cleanser = present(
      [...instead.querySelectorAll('li')].find(
        (li) => text(li.querySelector('strong')) === 'A gentle hydrating cleanser',
      ),
      'cleanser suggestion',
    );
    expect(text(cleanser.querySelector('.look-for'))).toMatch(/^Look for: Glycerin, /);
    expect(cleanser.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.lookfantastic.com/search?q=gentle+hydrating+cleanser+fragrance+free',
    );
    expect(text(instead)).toContain(SPF);
  });

  test('a shop whose search is unknown gets no link, but still the suggestion', async () => {
    await saveSettings(treated);
    await mount(productScan({ url: 'https://shop.example.org/serum', source: 'generic: heading' }));
    const instead = present(section('Instead'), 'Instead section');
    expect(text(instead)).toContain('A hyaluronic-acid serum');
    expect(instead.querySelector('a')).toBeNull();
  });

  test('makeup inside its 24 h window: skip makeup, and Makeup is listed', async () => {
    // Treated this morning: the 24 h makeup window runs until tomorrow 08:00.
    await saveSettings(settingsWith({ ...microneedling, performedAt: '2026-11-26T08:00:00+01:00' }));
    await mount(productScan({ label: MAKEUP_LABEL, type: 'makeup', title: 'Skin Tint' }));
    expect(text(container.querySelector('p.meta'))).toBe('Lumen Labs · Makeup');
    expect(flagRows('Avoid for now')).toEqual([
      {
        name: 'Makeup',
        reasons: [
          'No makeup on freshly treated skin: it can clog and irritate the tiny channels while they close.',
        ],
        until: 'Avoid until Fri 27 Nov, 08:00 (in 20 hours)',
      },
    ]);
    const instead = present(section('Instead'), 'Instead section');
    expect(text(instead.querySelector('li'))).toBe('Skip makeup until the window ends.');
    expect(text(instead)).toContain(SPF);
  });

  test('makeup after its 24 h window is not flagged', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: MAKEUP_LABEL, type: 'makeup', title: 'Skin Tint' }));
    expect(section('Avoid for now')).toBeNull();
    expect(lead()).toBe("You're clear since Wed 25 Nov, 18:00 (18 hours ago).");
  });
});

describe('popup: product clear', () => {
  test('nothing to avoid, and how many ingredients were read by what', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: CLEAN_LABEL, title: 'Calm Serum' }));
    expect(lead()).toBe('Nothing to avoid found.');
    expect(text(container.querySelector('details.list-read summary'))).toBe(
      'Checked 6 ingredients read by sephora.com, ingredients panel.',
    );
    expect(section('Avoid for now')).toBeNull();
    expect(section('Be careful')).toBeNull();
    expect(section('Instead')).toBeNull();
    expect(pasteBox().open).toBe(false);
  });

  test('a clear product with only a trace acid still names it quietly', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: `${CLEAN_LABEL}, Citric Acid` }));
    expect(lead()).toBe('Nothing to avoid found.');
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
    expect(section('Avoid for now')).toBeNull();
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
    expect(section('Avoid for now')).toBeNull();
    expect(pasteBox().open).toBe(true);
  });
});

describe('popup: window over', () => {
  test('says since when the patient is clear', async () => {
    await saveSettings(treated);
    await mount(productScan(), { clock: () => new Date('2026-12-10T12:00:00+01:00') });
    expect(lead()).toBe("You're clear since Sun 29 Nov, 18:00 (11 days ago).");
    expect(text(container.querySelector('p.note'))).toBe(
      'This product has ingredients your skin had to avoid after the treatment; that window has ended.',
    );
    expect(section('Avoid for now')).toBeNull();
    expect(section('Be careful')).toBeNull();
    expect(text(container.querySelector('details.list-read summary'))).toBe(
      'Checked 9 ingredients read by sephora.com, ingredients panel.',
    );
  });
});

describe('popup: the paste box', () => {
  test('a pasted list is checked with the same view: a retinoid flagged with its until date', async () => {
    await saveSettings(treated);
    await mount(productScan({ label: CLEAN_LABEL }));
    expect(lead()).toBe('Nothing to avoid found.');
    const box = pasteBox();
    expect(text(box.querySelector('summary'))).toBe('Check a list');
    await paste('Water, Glycerin, Retinol, Tocopherol');
    const result = present(box.querySelector('[role="status"]'), 'pasted result');
    const flagged = result.querySelector('section[aria-label="Avoid for now"]');
    expect(text(flagged?.querySelector('.flag-name') ?? null)).toBe('Retinol · Retinoids');
    expect(text(flagged?.querySelector('.reason') ?? null)).toBe(RETINOID_REASON);
    expect(text(flagged?.querySelector('.until') ?? null)).toBe('Avoid until Sun 29 Nov, 18:00 (in 3 days)');
    // A pasted list has no shop and no product type: the general alternative, no search link.
    const instead = result.querySelector('section[aria-label="Instead"]');
    expect(text(instead)).toContain('A fragrance-free barrier cream with ceramides');
    expect(instead?.querySelector('a')).toBeNull();
    expect(text(result.querySelector('details.list-read summary'))).toBe('Show the list that was read');
    expect(text(result.querySelector('details.list-read p'))).toBe('Water, Glycerin, Retinol, Tocopherol');
    // The page's own verdict is still there, outside the pasted result.
    expect(lead()).toBe('Nothing to avoid found.');
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
    expect(section('Avoid for now')).not.toBeNull();
  });

  test('pasting from the not-a-product state works too', async () => {
    await saveSettings(treated);
    await mount(null);
    await paste('Aqua, Salicylic Acid, Glycerin');
    expect(text(pasteBox().querySelector('[role="status"] .flag-name'))).toBe(
      'Salicylic Acid · Salicylic acid (BHA)',
    );
  });
});

describe('popup: live updates', () => {
  test('re-renders when the settings change while it is open', async () => {
    await mount(productScan());
    expect(lead()).toBe('Set the date of your treatment to see what to avoid, and until when.');

    await act(() => saveSettings(treated));
    await settle();
    expect(text(section('Avoid for now')?.querySelector('.until') ?? null)).toBe(
      'Avoid until Sun 29 Nov, 18:00 (in 3 days)',
    );

    await act(() =>
      saveSettings(settingsWith({ ...microneedling, overrides: { retinoid: { kind: 'until-cleared' } } })),
    );
    await settle();
    expect(flagRows('Avoid for now')[0]?.until).toBe('Avoid until your clinician clears you');

    await act(() => saveSettings(settingsWith()));
    await settle();
    expect(section('Avoid for now')).toBeNull();
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
    expect(flagRows('Avoid for now')[0]?.until).toBe('Avoid until Sun 29 Nov, 18:00 (in 3 days)');

    const end = new Date('2026-11-29T18:00:00+01:00').getTime();
    // A minute before the windows end: still avoiding, nothing re-rendered.
    await tick(end - NOW.getTime() - 60_000);
    expect(section('Avoid for now')).not.toBeNull();
    expect(flagRows('Avoid for now')[0]?.until).toBe('Avoid until Sun 29 Nov, 18:00 (in 3 days)');

    // The boundary timer fires just after the end.
    await tick(60_000 + 1_000);
    expect(section('Avoid for now')).toBeNull();
    expect(lead()).toBe("You're clear since Sun 29 Nov, 18:00 (1 minute ago).");
  });
});

describe('popup: accessibility', () => {
  test('sections are named, the paste box is labelled, actions are buttons, links open safely', async () => {
    await saveSettings(treated);
    await mount(productScan());
    const sections = [...container.querySelectorAll('section')];
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) expect(s.getAttribute('aria-label')).toBeTruthy();
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Avoid for now',
      'Be careful',
      'Instead',
    ]);

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
