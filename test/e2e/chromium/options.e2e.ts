import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type ChromiumExtension,
  launchChromiumWithExtension,
  openShopPage,
  saveScreenshot,
  storedSettings,
  waitForBadge,
} from '../support/chromium-extension';
import { DAY_MS, SHOP_PAGES, TEST_TIME_ZONE, dateTimeLocalValue } from '../support/shop-pages';

/** The first run in Chromium: the welcome tab, and a treatment entered as a patient enters it. */
describe('options page: setting a treatment (Chromium)', () => {
  let ext: ChromiumExtension;
  let welcome: Page;

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('the welcome tab opens by itself on install, with the date field focused', async () => {
    const isWelcome = (p: Page): boolean => p.url().endsWith('/options.html?welcome=1');
    welcome =
      ext.context.pages().find(isWelcome) ??
      (await ext.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    expect(welcome.url()).toBe(`chrome-extension://${ext.extensionId}/options.html?welcome=1`);
    await welcome.setViewportSize({ width: 900, height: 1000 });
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Aftercare Lens' }).waitFor();
    const date = welcome.getByLabel('Date and time');
    await date.waitFor();
    expect(await date.getAttribute('type')).toBe('datetime-local');
    await expect
      .poll(() => welcome.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('datetime-local');
    expect(await storedSettings(ext)).toBeUndefined();
    await saveScreenshot(welcome, 'options-welcome');
  });

  test('entering the date and time of a treatment a day ago saves one microneedling treatment', async () => {
    // A shop tab open meanwhile: its badge must follow the new treatment without a reload.
    const shop = await openShopPage(ext, SHOP_PAGES.sephoraRetinolSerum);
    expect((await waitForBadge(ext, shop.tabId, '')).text).toBe('');

    await welcome.bringToFront();
    const treated = new Date(Date.now() - DAY_MS);
    const typed = dateTimeLocalValue(treated);
    await welcome.getByLabel('Date and time').fill(typed);
    await welcome.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    const settings = (await storedSettings(ext)) as {
      treatments: { type: string; performedAt: string; timeZone: string; preset: string }[];
    };
    expect(settings.treatments).toHaveLength(1);
    const [treatment] = settings.treatments;
    expect(treatment).toMatchObject({ type: 'microneedling', timeZone: TEST_TIME_ZONE });
    // Saved to the minute the patient typed, on the Europe/London clock.
    expect(dateTimeLocalValue(new Date(treatment?.performedAt ?? ''))).toBe(typed);
    expect(Math.abs(Date.parse(treatment?.performedAt ?? '') - treated.getTime())).toBeLessThan(60_000);

    // The page now shows the treatment and its windows.
    await welcome.locator('table.windows').waitFor();
    expect(await welcome.getByRole('heading', { level: 2, name: 'Microneedling' }).count()).toBe(1);
    expect(await welcome.getByLabel('Date and time').inputValue()).toBe(typed);
    await saveScreenshot(welcome, 'options-treatment');

    // And the shop tab's badge counts the retinoid to avoid.
    expect(await waitForBadge(ext, shop.tabId, '1', '#b42318')).toEqual({ text: '1', color: '#b42318' });
  });

  test('the extension made no network requests, and its pages threw no errors', () => {
    // The recorder was live: it saw the shop page load.
    expect(ext.network.requests.map((r) => r.url)).toContain(SHOP_PAGES.sephoraRetinolSerum.url);
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
