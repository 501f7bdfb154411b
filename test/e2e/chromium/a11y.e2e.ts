import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type AxeViolation,
  type ChromiumExtension,
  launchChromiumWithExtension,
  type OpenTab,
  openOptions,
  openPopup,
  openToday,
  openShopPage,
  runAxe,
  seriousViolations,
  storeSettings,
} from '../support/chromium-extension';
import {
  contrastRatio,
  HOUR_MS,
  microneedlingSettings,
  RESULTS_DIR,
  SHOP_PAGES,
} from '../support/shop-pages';

interface FocusState {
  index: number | null;
  name: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** The colour the outline is drawn on: the nearest opaque background around the element. */
  around: string;
  inViewport: boolean;
}

/**
 * Marks the popup's interactive elements that can take focus now (rendered, not inside a closed
 * `<details>`), in document order, with `data-e2e-tab`; returns their names.
 */
async function markTabbables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), details > summary:first-of-type, [tabindex]:not([tabindex="-1"])';
    // Inside a closed <details> only its summary can take focus (Chromium keeps boxes for the
    // hidden content, with content-visibility: hidden, so that is checked by hand as well).
    const inClosedDetails = (el: HTMLElement): boolean => {
      for (let node = el.parentElement; node; node = node.parentElement)
        if (
          node instanceof HTMLDetailsElement &&
          !node.open &&
          !node.querySelector(':scope > summary')?.contains(el)
        )
          return true;
      return false;
    };
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !inClosedDetails(el),
    );
    return elements.map((el, i) => {
      el.dataset.e2eTab = String(i);
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return `${el.tagName.toLowerCase()}: ${(label ?? el.textContent ?? '').trim().replace(/\s+/g, ' ')}`;
    });
  });
}

async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return {
        index: null,
        name: 'body',
        focusVisible: false,
        outlineStyle: 'none',
        outlineWidth: 0,
        outlineColor: '',
        around: '',
        inViewport: false,
      };
    const style = getComputedStyle(el);
    let around = 'rgb(255, 255, 255)';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
        around = bg;
        break;
      }
    }
    const rect = el.getBoundingClientRect();
    return {
      index: el.dataset.e2eTab === undefined ? null : Number(el.dataset.e2eTab),
      name: `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}`,
      focusVisible: el.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      around,
      inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    };
  });
}

/**
 * Tabs through the page from the top and checks that focus visits every interactive element in
 * document order, each with a visible focus ring (a 2 px or wider outline at 3:1 against what is
 * around it, WCAG 1.4.11), scrolled into view; then that one more Tab leaves the last one.
 */
async function expectKeyboardWalk(page: Page): Promise<string[]> {
  const names = await markTabbables(page);
  // Start from the top of the page: focus a stand-in placed before everything, which the first
  // Tab leaves (after a blur() Chromium would go on from where focus was).
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'e2e-tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  const visited: string[] = [];
  for (let i = 0; i < names.length; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('e2e-tab-start')?.remove());
    const focus = await focusState(page);
    visited.push(focus.name);
    expect(focus.index, `Tab ${i + 1} should reach "${names[i]}", reached "${focus.name}"`).toBe(i);
    expect(focus.focusVisible, `${focus.name}: :focus-visible`).toBe(true);
    expect(focus.outlineStyle, `${focus.name}: outline`).not.toBe('none');
    expect(focus.outlineWidth, `${focus.name}: outline width`).toBeGreaterThanOrEqual(2);
    expect(
      contrastRatio(focus.outlineColor, focus.around),
      `${focus.name}: outline ${focus.outlineColor} on ${focus.around}`,
    ).toBeGreaterThanOrEqual(3);
    expect(focus.inViewport, `${focus.name}: scrolled into view`).toBe(true);
  }
  await page.keyboard.press('Tab');
  expect((await focusState(page)).index).not.toBe(names.length - 1);
  return visited;
}

/**
 * Accessibility of the popup, the options page and Today in Chromium: axe-core (no serious or critical
 * violation; the others are written to `test-results/axe-chromium.json`) and keyboard use.
 */
describe('accessibility of the popup, the options page and Today (Chromium)', () => {
  let ext: ChromiumExtension;
  let flagged: OpenTab;
  const minor: Record<string, AxeViolation[]> = {};

  /** Runs axe as the page is, and again with every `<details>` open. */
  async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
    const closed = await runAxe(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const open = await runAxe(page);
    const all = [...closed, ...open.filter((v) => !closed.some((c) => c.id === v.id))];
    const rest = all.filter((v) => !seriousViolations([v]).length);
    if (rest.length) minor[label] = rest;
    expect(seriousViolations(all), label).toEqual([]);
  }

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
    flagged = await openShopPage(ext, SHOP_PAGES.lookfantasticExfoliatingMask);
  });
  afterAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, 'axe-chromium.json'), `${JSON.stringify(minor, null, 2)}\n`);
    if (Object.keys(minor).length) console.log('axe, minor and moderate:', JSON.stringify(minor, null, 2));
    await ext?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the popup's flagged state, ${scheme}`, async () => {
      const popup = await openPopup(ext, flagged.tabId, scheme);
      await expectNoSeriousViolations(popup, `popup flagged (${scheme})`);
      await popup.close();
    });

    test(`axe: the popup with no list and a pasted list checked, ${scheme}`, async () => {
      const shop = await openShopPage(ext, SHOP_PAGES.shopifyKeyIngredientsOnly);
      const popup = await openPopup(ext, shop.tabId, scheme);
      await expectNoSeriousViolations(popup, `popup no list (${scheme})`);
      await popup.getByLabel('Paste an ingredient list').fill('Aqua, Retinol, Salicylic Acid, Parfum');
      await popup.getByRole('button', { name: 'Check' }).click();
      await popup
        .getByRole('status')
        .getByRole('region', { name: /^Until / })
        .waitFor();
      await expectNoSeriousViolations(popup, `popup pasted list (${scheme})`);
      await Promise.all([popup.close(), shop.page.close()]);
    });

    test(`axe: the popup on a clear product and a search page, ${scheme}`, async () => {
      for (const [label, shopPage] of [
        ['clear', SHOP_PAGES.ultaCleanMoisturizer],
        ['not a product', SHOP_PAGES.ultaSearch],
      ] as const) {
        const shop = await openShopPage(ext, shopPage);
        const popup = await openPopup(ext, shop.tabId, scheme);
        await expectNoSeriousViolations(popup, `popup ${label} (${scheme})`);
        await Promise.all([popup.close(), shop.page.close()]);
      }
    });

    test(`axe: the options page, welcome and with a treatment, ${scheme}`, async () => {
      const welcome = await openOptions(ext, true);
      await welcome.emulateMedia({ colorScheme: scheme });
      // A treatment is stored: the page shows it with its windows.
      await welcome.locator('table.windows').waitFor();
      await expectNoSeriousViolations(welcome, `options with a treatment (${scheme})`);
      await welcome.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the clinic's protocol editor with its sheet, and the check page, ${scheme}`, async () => {
      const editor = await ext.context.newPage();
      await editor.emulateMedia({ colorScheme: scheme });
      await editor.goto(`chrome-extension://${ext.extensionId}/clinic.html`);
      await editor.getByLabel('Clinic name').fill('Harbour Skin Clinic');
      await editor.locator('.sheet svg.qr').waitFor();
      await expectNoSeriousViolations(editor, `clinic editor (${scheme})`);
      const check = await ext.context.newPage();
      await check.emulateMedia({ colorScheme: scheme });
      const text = new URLSearchParams({ text: 'Aqua, Retinol, Salicylic Acid, Parfum' }).toString();
      await check.goto(`chrome-extension://${ext.extensionId}/check.html?${text}`);
      await check
        .getByRole('region', { name: /^Until / })
        .first()
        .waitFor();
      await expectNoSeriousViolations(check, `check page (${scheme})`);
      await Promise.all([editor.close(), check.close()]);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: Today, with products in every group, a healing check and the way back, ${scheme}`, async () => {
      // Saved from the flagged page, and typed in: products to pause, to use with care, fine.
      const popup = await openPopup(ext, flagged.tabId, scheme);
      if (await popup.getByRole('button', { name: 'I have this' }).count())
        await popup.getByRole('button', { name: 'I have this' }).click();
      await popup.getByRole('region', { name: 'On your shelf' }).waitFor();
      await popup.close();
      const today = await openToday(ext, scheme);
      await expectNoSeriousViolations(today, `today with products (${scheme})`);
      // The windows over: the healing check is asked, and the way back is listed.
      await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 6 * 24 * HOUR_MS)));
      await today.getByRole('region', { name: /^Ready for / }).waitFor();
      await expectNoSeriousViolations(today, `today with a healing check (${scheme})`);
      await today.close();
      await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
    });
  }

  test('keyboard: Today walks in order, each stop with a visible focus ring', async () => {
    const today = await openToday(ext);
    const visited = await expectKeyboardWalk(today);
    expect(visited.at(-1)).toBe('button: Treatments and settings');
    await today.close();
  });

  test('axe: the options page before any treatment (welcome)', async () => {
    await storeSettings(ext, { version: 1, treatments: [], preTreatmentWarning: { enabled: false } });
    for (const scheme of ['light', 'dark'] as const) {
      const welcome = await openOptions(ext, true);
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.getByLabel('Date and time').waitFor();
      await expectNoSeriousViolations(welcome, `options welcome (${scheme})`);
      await welcome.close();
    }
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`keyboard: Tab walks the flagged popup in order, each stop with a visible focus ring (${scheme})`, async () => {
      const popup = await openPopup(ext, flagged.tabId, scheme);
      const visited = await expectKeyboardWalk(popup);
      // The product was saved by the Today tests above: the popup's first stop is its owned state,
      // then each flagged ingredient (its reason in full on demand), then the folds.
      expect(visited[0]).toBe('button: Today: my products');
      expect(visited.slice(1, 4).map((name) => name.split(' · ')[0])).toEqual([
        'summary: Avoid Lactic Acid',
        'summary: Care Salicylic Acid',
        'summary: Care Parfum',
      ]);
      expect(visited.slice(4, 8)).toEqual([
        'summary: Present at a low level: Citric Acid',
        'summary: What to use instead',
        expect.stringMatching(/^summary: \d+ ingredients read on lookfantastic\.fr$/),
        'summary: Check a list',
      ]);
      expect(visited.slice(-2)).toEqual([
        'button: Treatments and settings',
        'button: When to call your clinic',
      ]);

      // Enter on a summary opens it: the fold's links become stops, in order.
      await popup.locator('details.alternatives > summary').focus();
      await popup.keyboard.press('Enter');
      expect(await popup.locator('details.alternatives').getAttribute('open')).not.toBeNull();
      const opened = await expectKeyboardWalk(popup);
      expect(opened.filter((name) => name === 'a: Search this shop').length).toBeGreaterThanOrEqual(1);
      expect(opened.indexOf('a: Search this shop')).toBeGreaterThan(
        opened.indexOf('summary: What to use instead'),
      );
      await popup.close();
    });
  }

  test('keyboard only: open the paste box, type a list, submit it, and Tab through the result', async () => {
    const popup = await openPopup(ext, flagged.tabId);
    await markTabbables(popup);
    // Tab until the paste box's summary has focus, then open it with Enter.
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      if ((await focusState(popup)).name === 'summary: Check a list') break;
    }
    expect((await focusState(popup)).name).toBe('summary: Check a list');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('paste-list');
    await popup.keyboard.type('Aqua, Glycerin, Benzoyl Peroxide, Carbomer');
    await popup.keyboard.press('Tab');
    expect((await focusState(popup)).name).toBe('button: Check');
    await popup.keyboard.press('Enter');
    const result = popup.getByRole('status').getByRole('region', { name: /^Until / });
    await result.waitFor();
    expect(await result.innerText()).toContain('Benzoyl Peroxide');
    // The whole popup, result included, is still walkable in order with visible focus.
    await expectKeyboardWalk(popup);
    await popup.close();
  });

  test('the extension made no network requests, and its pages threw no errors', () => {
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
