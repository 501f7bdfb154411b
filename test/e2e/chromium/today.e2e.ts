import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatUntil } from '../../../src/window/format-until';
import { addCalendarDays } from '../../../src/window/zone';
import {
  type ChromiumExtension,
  launchChromiumWithExtension,
  openOptions,
  openPopup,
  openShopPage,
  openToday,
  saveScreenshot,
  storedProducts,
  storedSettings,
  storeSettings,
  waitUntil,
} from '../support/chromium-extension';
import {
  DAY_MS,
  HOUR_MS,
  SHOP_PAGES,
  TEST_LOCALE,
  TEST_TIME_ZONE,
  isoMinute,
  microneedlingSettings,
} from '../support/shop-pages';

// The extension APIs as the service worker and the extension's pages see them.
declare const chrome: {
  permissions: {
    contains(p: object): Promise<boolean>;
    request(p: object): Promise<boolean>;
  };
  notifications?: unknown;
};

/** Text with whitespace collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/** A group of Today's page, by its heading ("Pause for now (2)"), as text. */
async function group(page: Page, title: string): Promise<string> {
  const section = page.getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
  await section.waitFor();
  return (await section.innerText()).replace(/\s+/g, ' ');
}

/**
 * My products and Today in Chromium: products saved from flagged shop pages with "I have this",
 * the popup's owned state, Today's groups with their dates as the treatment moves into the past
 * (pause, the healing check, coming back, fine), a product typed in, renamed and removed, and the
 * notifications permission asked for only from the options page's switch. The tests share the
 * browser and run in order.
 */
describe('My products and Today (Chromium)', () => {
  let ext: ChromiumExtension;
  const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);
  const names: Record<string, string> = {};

  beforeAll(async () => {
    ext = await launchChromiumWithExtension();
    await storeSettings(ext, microneedlingSettings(treatedAt));
  });
  afterAll(async () => {
    await ext?.close();
  });

  test('"I have this" on flagged pages saves each product; the popup then says the patient has it', async () => {
    for (const key of [
      'amazonGlycolicToner',
      'sephoraRetinolSerum',
      'shopifyLipMask',
      'ultaCleanMoisturizer',
    ] as const) {
      const shop = await openShopPage(ext, SHOP_PAGES[key]);
      const popup = await openPopup(ext, shop.tabId);
      names[key] = await popup.getByRole('heading', { level: 1 }).innerText();
      await popup.getByRole('button', { name: 'I have this' }).click();
      const owned = popup.getByRole('region', { name: 'On your shelf' });
      await owned.waitFor();
      expect(await owned.innerText()).toContain(`You have this (saved as “${names[key]}”).`);
      await Promise.all([popup.close(), shop.page.close()]);
    }
    expect(await storedProducts(ext)).toEqual([
      { name: names.amazonGlycolicToner, url: SHOP_PAGES.amazonGlycolicToner.url },
      { name: names.sephoraRetinolSerum, url: SHOP_PAGES.sephoraRetinolSerum.url },
      { name: names.shopifyLipMask, url: SHOP_PAGES.shopifyLipMask.url },
      { name: names.ultaCleanMoisturizer, url: SHOP_PAGES.ultaCleanMoisturizer.url },
    ]);

    // Opened again, the popup on the toner knows it at once: no "I have this", where it stands today.
    const end = addCalendarDays(treatedAt, 5, TEST_TIME_ZONE);
    const shop = await openShopPage(ext, SHOP_PAGES.amazonGlycolicToner);
    const popup = await openPopup(ext, shop.tabId);
    const owned = (await popup.getByRole('region', { name: 'On your shelf' }).innerText()).replace(
      /\s+/g,
      ' ',
    );
    expect(owned).toContain(
      `Pause for now: Alpha-hydroxy acids (AHAs): until ${formatUntil(end, new Date(), TEST_LOCALE, TEST_TIME_ZONE)}`,
    );
    expect(await popup.getByRole('button', { name: 'I have this' }).count()).toBe(0);
    // The shop page's own verdict is as before.
    expect(await popup.getByRole('region', { name: /^Until / }).innerText()).toContain('Glycolic Acid');
    await saveScreenshot(popup, 'popup-owned');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('Today: the toner and the serum paused until the windows end, the lip mask with care, the moisturiser fine', async () => {
    const today = await openToday(ext);
    const until = formatUntil(
      addCalendarDays(treatedAt, 5, TEST_TIME_ZONE),
      new Date(),
      TEST_LOCALE,
      TEST_TIME_ZONE,
    );
    const pause = await group(today, 'Pause for now');
    expect(pause).toContain(names.amazonGlycolicToner);
    expect(pause).toContain(`Alpha-hydroxy acids (AHAs): until ${until}`);
    expect(pause).toContain(names.sephoraRetinolSerum);
    expect(pause).toContain(`Retinoids: until ${until}`);
    expect(await group(today, 'Use with care')).toContain(`${names.shopifyLipMask}`);
    expect(await group(today, 'Fine to use')).toContain(`${names.ultaCleanMoisturizer}`);
    // At the top: the next change, when the windows end.
    expect(await textOf(today, '.next')).toBe(
      `Next change: ${until}: ${names.shopifyLipMask} is fine to use; the healing check for Alpha-hydroxy acids (AHAs)`,
    );
    await saveScreenshot(today, 'today');
    const dark = await openToday(ext, 'dark');
    await saveScreenshot(dark, 'today-dark');
    await Promise.all([today.close(), dark.close()]);
  });

  test('the windows over: the healing check, "not yet" moves it a day; "yes" brings the toner back at a gentle pace', async () => {
    const today = await openToday(ext);
    const sixDaysAgo = new Date(Date.now() - 6 * DAY_MS);
    await storeSettings(ext, microneedlingSettings(sixDaysAgo));
    // The page follows the stored settings by itself.
    const check = today.getByRole('region', { name: 'Ready for Alpha-hydroxy acids (AHAs)?' });
    await check.waitFor();
    expect(await check.innerText()).toContain('A plain moisturiser does not sting');
    expect(await group(today, 'Pause for now')).toContain(
      'Alpha-hydroxy acids (AHAs): its turn has come; answer the healing check first',
    );
    expect(await group(today, 'Fine to use')).toContain(names.shopifyLipMask);

    await check.getByRole('button', { name: 'Not yet' }).click();
    await check.waitFor({ state: 'detached' });
    const moved = await textOf(today, '.way-back [role="status"]');
    expect(moved).toMatch(
      /^Not yet, so the plan moved: Alpha-hydroxy acids \(AHAs\): from \S.* \((tomorrow|in 2\d hours)\)\./,
    );
    expect(moved).toContain('call your clinic');
    await saveScreenshot(today, 'today-not-yet');

    // Answered "yes" the next day (the "not yet" stored a day earlier).
    const settings = (await storedSettings(ext)) as {
      treatments: { healingChecks: { aha: { notYet: string[] } } }[];
    };
    const answered = settings.treatments[0]?.healingChecks.aha.notYet[0] ?? '';
    expect(Date.parse(answered)).toBeGreaterThan(Date.now() - 60_000);
    await storeSettings(ext, {
      ...microneedlingSettings(sixDaysAgo),
      treatments: [
        {
          ...(microneedlingSettings(sixDaysAgo) as { treatments: object[] }).treatments[0],
          healingChecks: {
            aha: { confirmedAt: null, notYet: [isoMinute(new Date(Date.now() - DAY_MS - HOUR_MS))] },
          },
        },
      ],
    });
    const again = today.getByRole('region', { name: 'Ready for Alpha-hydroxy acids (AHAs)?' });
    await again.getByRole('button', { name: 'Yes, all three' }).click();
    const back = await group(today, 'Coming back');
    expect(back).toContain(names.amazonGlycolicToner);
    const rampEnd = formatUntil(
      addCalendarDays(new Date(), 7, TEST_TIME_ZONE),
      new Date(),
      TEST_LOCALE,
      TEST_TIME_ZONE,
    );
    expect(back).toContain(
      `Alpha-hydroxy acids (AHAs): back, 3 evenings a week until ${rampEnd.replace(/\(.*\)$/, '')}`,
    );
    // The serum waits for its turn, three days after the toner's.
    expect(await group(today, 'Pause for now')).toMatch(/Retinoids: from \S.* \(in 3 days\)/);
    await saveScreenshot(today, 'today-coming-back');
    await today.close();
  });

  test('a week after its check the toner is fine; the popup on its page says so', async () => {
    const today = await openToday(ext);
    const settings = microneedlingSettings(new Date(Date.now() - 14 * DAY_MS)) as { treatments: object[] };
    await storeSettings(ext, {
      ...settings,
      treatments: [
        {
          ...settings.treatments[0],
          healingChecks: {
            aha: { confirmedAt: isoMinute(new Date(Date.now() - 8 * DAY_MS)), notYet: [] },
            retinoid: { confirmedAt: isoMinute(new Date(Date.now() - 5 * DAY_MS)), notYet: [] },
          },
        },
      ],
    });
    await waitUntil(async () => {
      if (!(await group(today, 'Fine to use')).includes(names.amazonGlycolicToner ?? '?'))
        throw new Error('the toner is not fine yet');
    });
    expect(await group(today, 'Coming back')).toContain(names.sephoraRetinolSerum);
    await today.close();

    const shop = await openShopPage(ext, SHOP_PAGES.amazonGlycolicToner);
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.getByRole('region', { name: 'On your shelf' }).innerText()).toContain('Fine to use');
    await Promise.all([popup.close(), shop.page.close()]);
  });

  test('a product bought offline: typed in, renamed, removed', async () => {
    const today = await openToday(ext);
    const add = today.locator('details.add-product');
    await add.getByText('Add a product you already have').click();
    await add.getByLabel('Name', { exact: true }).fill('Bathroom peel pads');
    await add.getByLabel('Type').selectOption('exfoliant');
    await today
      .getByLabel('Its ingredient list')
      .fill('Aqua, Glycolic Acid, Lactic Acid, Glycerin, Phenoxyethanol');
    await add.getByRole('button', { name: 'Add to my products' }).click();
    await today.getByRole('status').filter({ hasText: 'Added Bathroom peel pads.' }).waitFor();
    expect((await storedProducts(ext)).map((p) => p.name)).toContain('Bathroom peel pads');

    const card = today.locator('li.product', { hasText: 'Bathroom peel pads' });
    await card.getByText('Rename or remove').click();
    await card.getByLabel('Name').fill('Peel pads (blue tub)');
    await card.getByRole('button', { name: 'Save the name' }).click();
    await today.getByRole('heading', { level: 3, name: 'Peel pads (blue tub)' }).waitFor();

    today.once('dialog', (dialog) => void dialog.accept());
    const renamed = today.locator('li.product', { hasText: 'Peel pads (blue tub)' });
    // Its edit section is still open after the rename.
    await renamed.getByRole('button', { name: 'Remove from my products' }).click();
    await today.getByRole('status').filter({ hasText: 'Removed Peel pads (blue tub).' }).waitFor();
    expect((await storedProducts(ext)).map((p) => p.name)).not.toContain('Peel pads (blue tub)');
    await today.close();
  });

  test('notifications: never asked for by the extension itself; the options switch asks the browser from its click', async () => {
    const notifications = { permissions: ['notifications'] };
    // Through everything above, the extension neither had nor used notifications.
    expect(await ext.worker().evaluate((p) => chrome.permissions.contains(p), notifications)).toBe(false);
    expect(await ext.worker().evaluate(() => typeof chrome.notifications)).toBe('undefined');

    const options = await openOptions(ext);
    const box = options.getByLabel(/^Remind me when something changes/);
    expect(await box.isChecked()).toBe(false);
    // Every request the page makes, and how the browser answers it.
    await options.evaluate(() => {
      const requests: { permissions: unknown; answer: string }[] = [];
      (window as unknown as { e2eRequests: typeof requests }).e2eRequests = requests;
      const original = chrome.permissions.request.bind(chrome.permissions);
      chrome.permissions.request = (p: object) => {
        const entry = { permissions: (p as { permissions?: unknown }).permissions, answer: 'pending' };
        requests.push(entry);
        const answer = original(p) as Promise<boolean>;
        answer.then(
          (granted) => (entry.answer = String(granted)),
          (error: Error) => (entry.answer = error.message),
        );
        return answer;
      };
    });
    // Nothing asked on opening the page.
    expect(
      await options.evaluate(() => (window as unknown as { e2eRequests: unknown[] }).e2eRequests),
    ).toEqual([]);

    await box.click();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The click asked for notifications, and the browser took it as the user's: it is showing its
    // own prompt (a headless browser has nobody to answer it; a request made outside a user
    // gesture is refused at once), and the switch stays off meanwhile.
    expect(
      await options.evaluate(() => (window as unknown as { e2eRequests: unknown[] }).e2eRequests),
    ).toEqual([{ permissions: ['notifications'], answer: 'pending' }]);
    expect(await box.isChecked()).toBe(false);
    await options.close();
  });

  test('the extension made no network requests, and its pages threw no errors', () => {
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  });
});
