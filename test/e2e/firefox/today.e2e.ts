import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUntil } from '../../../src/window/format-until';
import { addCalendarDays } from '../../../src/window/zone';
import {
  bodyText,
  clickButton,
  type ExtensionApi,
  openExtensionPage,
  openScannedTab,
  waitForText,
} from '../support/firefox-extension';
import {
  FIXTURE_ORIGIN,
  type FixtureServer,
  type RecordingProxy,
  proxyPrefs,
  startFixtureServer,
  startRecordingProxy,
} from '../support/firefox-network';
import {
  findPage,
  firefoxTestBuild,
  type RunningFirefox,
  setPageSize,
  startFirefox,
  waitFor,
} from '../support/firefox-web-ext';
import {
  DAY_MS,
  HOUR_MS,
  RESULTS_DIR,
  ROOT,
  TEST_LOCALE,
  TEST_TIME_ZONE,
  isoMinute,
  microneedlingSettings,
} from '../support/shop-pages';

/**
 * My products and Today in Firefox ESR (web-ext run, WebDriver BiDi): the demo product saved with
 * "I have this", the popup's owned state, Today's groups as the treatment moves into the past,
 * and the reminders switch: the optional notifications permission granted from its click (the
 * browser's prompt answered "allow" by the pref below) and the switch turned off when the
 * permission is revoked.
 */

declare const browser: ExtensionApi;

const UUID = '7d2c4e1a-3b5f-4a6e-8c9d-0e1f2a3b4c5d';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
const DEMO_URL = `${FIXTURE_ORIGIN}/demo/product.html`;
const NOTIFICATIONS = { permissions: ['notifications'] };

let firefox: RunningFirefox;
let server: FixtureServer;
let proxy: RecordingProxy;
let options: Page;
let productName: string;
const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);

async function storeSettings(value: object): Promise<void> {
  await options.evaluate((settings) => browser.storage.local.set({ settings }), value);
}

beforeAll(async () => {
  const extensionDir = firefoxTestBuild();
  server = await startFixtureServer({ '/demo/product.html': join(ROOT, 'dev/demo-product.html') });
  proxy = await startRecordingProxy();
  firefox = await startFirefox({
    extensionDir,
    uuid: UUID,
    prefs: {
      ...proxyPrefs(proxy.port),
      'intl.accept_languages': TEST_LOCALE,
      // Firefox answers an optional permission request itself, as if the user allowed it; it is
      // still refused outside a user's input (the test checks that too).
      'extensions.webextOptionalPermissionPrompts': false,
    },
    env: { TZ: TEST_TIME_ZONE },
  });
  options = await findPage(
    firefox.browser,
    (href) => href.startsWith(`${EXTENSION_ORIGIN}/options.html`),
    'the options page',
  );
  await setPageSize(firefox.browser, options, 900, 1000);
  await storeSettings(microneedlingSettings(treatedAt));
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    await proxy?.close();
    await server?.close();
  }
});

describe('My products and Today (Firefox ESR)', () => {
  it('"I have this" on the flagged demo page saves it; the popup then says the patient has it', async () => {
    const demo = await openScannedTab(firefox.browser, options, DEMO_URL);
    const popupUrl = `${EXTENSION_ORIGIN}/popup.html?tab=${demo.tabId}`;
    const popup = await openExtensionPage(firefox.browser, options, popupUrl, { width: 380, height: 700 });
    await waitForText(popup, 'the popup shows "I have this"', (text) => text.includes('I have this'));
    productName = await popup.evaluate(() => document.querySelector('h1')?.textContent ?? '');
    await clickButton(popup, 'the popup', 'I have this');
    const until = formatUntil(
      addCalendarDays(treatedAt, 5, TEST_TIME_ZONE),
      new Date(),
      TEST_LOCALE,
      TEST_TIME_ZONE,
    );
    const text = await waitForText(popup, 'the popup says the product is owned', (t) =>
      t.includes('You have this'),
    );
    expect(text).toContain(`You have this (saved as “${productName}”).`);
    expect(text).toMatch(
      new RegExp(
        `Pause for now: (Retinoids|Alpha-hydroxy acids \\(AHAs\\)): until ${until.replace(/[()]/g, '\\$&')}`,
      ),
    );
    await popup.screenshot({ path: join(RESULTS_DIR, 'firefox-popup-owned.png'), fullPage: true });
    const stored = await options.evaluate(() => browser.storage.local.get('products'));
    expect((stored.products as { products: { name: string; url: string }[] }).products).toMatchObject([
      { name: productName, url: DEMO_URL },
    ]);
    await popup.close();
  });

  it('Today: the product under "Pause for now" with its date; then the healing check, "Coming back", and "Fine to use"', async () => {
    const today = await openExtensionPage(firefox.browser, options, `${EXTENSION_ORIGIN}/today.html`, {
      width: 900,
      height: 1000,
    });
    const until = formatUntil(
      addCalendarDays(treatedAt, 5, TEST_TIME_ZONE),
      new Date(),
      TEST_LOCALE,
      TEST_TIME_ZONE,
    );
    const paused = await waitForText(today, 'Today lists the product under "Pause for now"', (t) =>
      t.includes('Pause for now (1)'),
    );
    expect(paused).toContain(productName);
    expect(paused).toContain(`Retinoids: until ${until}`);
    expect(paused).toContain(`Alpha-hydroxy acids (AHAs): until ${until}`);
    await today.screenshot({ path: join(RESULTS_DIR, 'firefox-today.png'), fullPage: true });

    // Six days after the treatment the windows are over: the first family's healing check.
    await storeSettings(microneedlingSettings(new Date(Date.now() - 6 * DAY_MS)));
    await waitForText(today, 'Today asks the healing check for AHAs', (t) =>
      t.includes('Ready for Alpha-hydroxy acids (AHAs)?'),
    );
    await clickButton(today, 'Today', 'Yes, all three');
    // The AHAs are back at a gentle pace; the product's retinoid waits for its own turn, three days
    // on, so the product stays paused for it.
    const oneBack = await waitForText(today, 'Today shows the AHAs back at a gentle pace', (t) =>
      t.includes('Alpha-hydroxy acids (AHAs): back, 3 evenings a week until'),
    );
    expect(oneBack).toMatch(/Pause for now \(1\).*Retinoids: from \S.*\(in 3 days\)/);

    // Both families confirmed, the retinoid yesterday: the product is coming back.
    const tenDaysAgo = microneedlingSettings(new Date(Date.now() - 10 * DAY_MS)) as { treatments: object[] };
    await storeSettings({
      ...tenDaysAgo,
      treatments: [
        {
          ...tenDaysAgo.treatments[0],
          healingChecks: {
            aha: { confirmedAt: isoMinute(new Date(Date.now() - 4 * DAY_MS)), notYet: [] },
            retinoid: { confirmedAt: isoMinute(new Date(Date.now() - DAY_MS)), notYet: [] },
          },
        },
      ],
    });
    const back = await waitForText(today, 'Today lists the product under "Coming back"', (t) =>
      t.includes('Coming back (1)'),
    );
    expect(back).toMatch(/Retinoids: back, 3 evenings a week until \S/);
    expect(back).not.toContain('Pause for now');
    await today.screenshot({ path: join(RESULTS_DIR, 'firefox-today-coming-back.png'), fullPage: true });

    // Both families confirmed more than a week ago: the product is fine.
    const settings = microneedlingSettings(new Date(Date.now() - 14 * DAY_MS)) as { treatments: object[] };
    const confirmed = { confirmedAt: isoMinute(new Date(Date.now() - 8 * DAY_MS)), notYet: [] };
    await storeSettings({
      ...settings,
      treatments: [{ ...settings.treatments[0], healingChecks: { aha: confirmed, retinoid: confirmed } }],
    });
    const fine = await waitForText(today, 'Today lists the product under "Fine to use"', (t) =>
      t.includes('Fine to use (1)'),
    );
    expect(fine).not.toContain('Pause for now');
    expect(fine).not.toContain('Coming back');
    await today.close();
  });

  it('reminders: the notifications permission is asked for only from the switch; revoking it turns the switch off', async () => {
    const reminders = async (): Promise<boolean> =>
      options.evaluate((p) => browser.permissions.contains(p), NOTIFICATIONS);
    const switchOn = async (): Promise<boolean> =>
      options.evaluate(
        () =>
          [...document.querySelectorAll('label')]
            .find((l) => l.textContent?.startsWith('Remind me'))
            ?.querySelector('input')?.checked ?? false,
      );
    // Nothing above asked for it.
    expect(await reminders()).toBe(false);
    expect(await switchOn()).toBe(false);

    await options.bringToFront();
    const box = await waitFor(
      async () => {
        for (const label of await options.$$('label')) {
          if ((await label.evaluate((l) => l.textContent ?? '')).startsWith('Remind me'))
            return (await label.$('input')) ?? undefined;
        }
        return undefined;
      },
      () => 'no reminders switch on the options page',
    );
    // Control: outside a user's input Firefox refuses the request, whatever the pref says.
    const outside = await options.evaluate(
      (p) =>
        (
          globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }
        ).browser.permissions
          .request(p)
          .then(
            (granted) => `answered ${String(granted)}`,
            (error: Error) => error.message,
          ),
      NOTIFICATIONS,
    );
    expect(outside).toBe('permissions.request may only be called from a user input handler');
    await box.click();
    await waitFor(
      async () => ((await reminders()) ? true : undefined),
      () => 'the click did not get the permission',
    );
    await waitFor(
      async () => ((await switchOn()) ? true : undefined),
      () => 'the switch did not turn on',
    );

    // Revoked elsewhere (as from the browser's add-on settings): the open options page follows.
    const today = await openExtensionPage(firefox.browser, options, `${EXTENSION_ORIGIN}/today.html`, {
      width: 900,
      height: 1000,
    });
    await today.evaluate((p) => browser.permissions.remove(p).then(() => undefined), NOTIFICATIONS);
    await waitFor(
      async () => ((await switchOn()) ? undefined : true),
      () => 'the switch did not turn off',
    );
    expect(await reminders()).toBe(false);
    expect(await bodyText(options)).toContain('Remind me when something changes');
    await today.close();
  });

  it('made no network request beyond the fixture page it was sent to', () => {
    expect(proxy.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${DEMO_URL}`]);
  });
});
