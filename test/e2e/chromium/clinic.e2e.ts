import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatUntil } from '../../../src/window/format-until';
import { addCalendarDays } from '../../../src/window/zone';
import {
  type ChromiumExtension,
  launchChromiumWithExtension,
  type OpenTab,
  openOptions,
  openPopup,
  openShopPage,
  saveScreenshot,
  storedSettings,
  storeSettings,
} from '../support/chromium-extension';
import {
  HOUR_MS,
  SHOP_PAGES,
  TEST_LOCALE,
  TEST_TIME_ZONE,
  microneedlingSettings,
} from '../support/shop-pages';

/**
 * The clinic's protocol in Chromium: a clinician builds it in the editor and prints the sheet; the
 * patient pastes its code on the options page; the popup on a shop page then says "avoid until" by
 * the clinic's window, and flags the clinic's own name to avoid. Then "Check these ingredients" on
 * text selected on a plain page.
 */

// The extension APIs as the service worker sees them (the functions below run there).
declare const chrome: {
  tabs: { query(filter: object): Promise<object[]> };
  contextMenus: { update(id: string, changes: object): Promise<void>; onClicked: object };
};

const FORUM_URL = 'https://forum.skincare-talk.example/t/serum-after-microneedling/4821';
const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);
const until = (days: number): string =>
  formatUntil(addCalendarDays(treatedAt, days, TEST_TIME_ZONE), new Date(), TEST_LOCALE, TEST_TIME_ZONE);

describe('clinic protocol and selected text (Chromium)', () => {
  let ext: ChromiumExtension;
  let shop: OpenTab;
  let code = '';

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
    ext.routes.serve(FORUM_URL, 'plain/forum-post.html');
    await storeSettings(ext, microneedlingSettings(treatedAt));
    shop = await openShopPage(ext, SHOP_PAGES.sephoraRetinolSerum);
  });
  afterAll(async () => {
    await ext?.close();
  });

  test("before: the popup says avoid retinol until the preset's day 5", async () => {
    const popup = await openPopup(ext, shop.tabId);
    // The answer first, then the retinoid under the preset's end date.
    await popup.getByRole('region', { name: `Until ${until(5)}` }).waitFor();
    expect(await popup.locator('p.verdict').innerText()).toBe(`Not yet — avoid until ${until(5)}`);
    expect(await popup.getByRole('region', { name: `Until ${until(5)}` }).innerText()).toContain('Retinoids');
    await popup.close();
  });

  test('the clinician builds a protocol in the editor, and gets its code and a printable sheet', async () => {
    const options = await openOptions(ext);
    await options.getByRole('link', { name: 'For clinics: make a protocol' }).click();
    await options.waitForURL(/\/clinic\.html$/);
    const editor: Page = options;
    await editor.setViewportSize({ width: 900, height: 1000 });
    await editor.getByRole('heading', { level: 1, name: 'Protocol editor for clinics' }).waitFor();
    await editor.getByLabel('Clinic name').fill('Harbour Skin Clinic');
    await editor.getByLabel('Phone number for patients').fill('+44 20 7946 0000');
    await editor.getByLabel('Retinoids: How many').fill('14');
    await editor.getByLabel('Ingredient to avoid').fill('Citric Acid');
    await editor.getByRole('button', { name: 'Add', exact: true }).click();
    await editor.getByLabel('Call us if…').fill('Blisters that grow after day 2');
    const codeBox = editor.getByLabel('Protocol code');
    await expect.poll(() => codeBox.inputValue()).toMatch(/^AL1:[\w-]+$/);
    code = await codeBox.inputValue();
    await editor.locator('.sheet svg.qr').waitFor();
    await saveScreenshot(editor, 'clinic-editor');
    // The sheet as the printer gets it: the form hidden, the sheet alone.
    await editor.emulateMedia({ media: 'print' });
    await saveScreenshot(editor, 'clinic-sheet');
    await editor.close();
  });

  test("the patient pastes the code: the treatment is the clinic's, and the popup follows it", async () => {
    const options = await openOptions(ext);
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.getByLabel('Protocol code').fill(code);
    await options.getByRole('button', { name: 'Apply the code' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: 'The protocol of Harbour Skin Clinic is applied' })
      .waitFor();
    await options.getByText('From your clinic: Harbour Skin Clinic').waitFor();
    await expect
      .poll(async () => JSON.stringify(await storedSettings(ext)))
      .toContain('"clinic":{"name":"Harbour Skin Clinic"');
    const card = options.locator('#when-to-call');
    expect(await card.getByRole('link', { name: 'Call +44 20 7946 0000' }).getAttribute('href')).toBe(
      'tel:+442079460000',
    );
    expect(await card.innerText()).toContain('Blisters that grow after day 2');
    await card.screenshot({ path: 'test-results/when-to-call.png' });
    await saveScreenshot(options, 'options-clinic');

    const popup = await openPopup(ext, shop.tabId);
    // The retinoid under the clinic's 14 days, and the answer waits for it.
    const retinoids = popup.getByRole('region', { name: `Until ${until(14)}` });
    await retinoids.waitFor();
    expect(await retinoids.innerText()).toContain('Retinoids');
    expect(await popup.locator('p.verdict').innerText()).toBe(`Not yet — avoid until ${until(14)}`);
    // The clinic's own name to avoid, shown like a family, under its own window (7 days)...
    expect(await popup.getByRole('region', { name: `Until ${until(7)}` }).innerText()).toContain(
      'Harbour Skin Clinic asks you to avoid Citric Acid for now.',
    );
    // ...and no longer a quiet trace.
    expect(await popup.locator('details.traces').count()).toBe(0);
    await saveScreenshot(popup, 'popup-clinic');
    // The footer's way to the card.
    const [card2] = await Promise.all([
      ext.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'When to call your clinic' }).click(),
    ]);
    await card2.waitForURL(/\/options\.html#when-to-call$/);
    await card2.locator('#when-to-call').waitFor();
    await Promise.all([popup.close(), card2.close(), options.close()]);
  });

  test('"Check these ingredients" on text selected on a plain page shows the flags', async () => {
    // The menu item is there: updating it succeeds (an unknown id would be an error).
    expect(
      await ext.worker().evaluate(() =>
        chrome.contextMenus.update('check-selection', {}).then(
          () => 'there',
          (e: Error) => e.message,
        ),
      ),
    ).toBe('there');
    const forum = await ext.context.newPage();
    await forum.goto(FORUM_URL);
    const selection = await forum.evaluate(() => {
      const quote = document.getElementById('quoted-list');
      const range = document.createRange();
      if (quote) range.selectNodeContents(quote);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString().trim() ?? '';
    });
    expect(selection).toContain('Niacinamide, Lactic Acid, Retinol');
    // Chromium's native menu cannot be clicked from a test. The worker's event object has
    // `dispatch`, which hands the registered listener what a click hands it: the item and the
    // selection (info.selectionText) with the tab it was made in.
    const [check] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/check.html?text=') }),
      ext.worker().evaluate(async (text) => {
        const [tab] = await chrome.tabs.query({ url: 'https://forum.skincare-talk.example/*' });
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
        onClicked.dispatch({ menuItemId: 'check-selection', selectionText: text, editable: false }, tab);
      }, selection),
    ]);
    // The page opened beside the forum tab, with the selection in its address.
    expect(new URL(check.url()).searchParams.get('text')).toBe(selection);
    await check.setViewportSize({ width: 420, height: 800 });
    await check.locator('main.check:not([aria-busy])').waitFor();
    await check
      .getByRole('region', { name: /^Until / })
      .first()
      .waitFor();
    expect(await check.locator('p.verdict').innerText()).toMatch(/^Not yet — avoid until /);
    const text = (await check.locator('section.flags').allInnerTexts()).join('\n');
    expect(text).toContain('Retinol');
    expect(text).toContain('Lactic Acid');
    // The clinic's names apply to any text checked: niacinamide is not on this clinic's list.
    expect(text).not.toContain('Niacinamide');
    await saveScreenshot(check, 'check-selection');
    await Promise.all([check.close(), forum.close()]);
  });

  test('the extension made no network requests, and its pages threw no errors', () => {
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
