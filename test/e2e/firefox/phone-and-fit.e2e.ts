import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
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
  readManifest,
  type RunningFirefox,
  setPageSize,
  startFirefox,
  waitFor,
} from '../support/firefox-web-ext';
import {
  HOUR_MS,
  RESULTS_DIR,
  ROOT,
  TEST_LOCALE,
  TEST_TIME_ZONE,
  microneedlingSettings,
} from '../support/shop-pages';

/**
 * The flagged popup fits under the toolbar in Firefox ESR, light and dark: at 380 px wide it is at
 * most 600 px tall (as in Chromium, where popups are cut there), on the demo page and the generic
 * fixture pages the Firefox suite reads. And the phone: Firefox for Android opens the popup as a
 * page, so the popup, the options page and Today are laid out at a 360 px wide viewport with
 * nothing sticking out sideways, screenshotted for the README (`test-results/android-*.png`).
 *
 * Firefox ESR is started twice, once per colour scheme: the scheme pages see is a preference
 * (`layout.css.prefers-color-scheme.content-override`: 0 dark, 1 light), read at start.
 */

declare const browser: ExtensionApi;

const UUID = '2f6a8c0e-4b1d-4e3f-9a7c-5d6e8f0a1b2c';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
const GENERIC = join(ROOT, 'test/fixtures/pages/generic');
const PAGES: Record<string, string> = {
  '/demo/product.html': join(ROOT, 'dev/demo-product.html'),
  '/demo/en-brand-store-heading.html': join(GENERIC, 'en-brand-store-heading.html'),
  '/demo/fr-boutique-accordeon.html': join(GENERIC, 'fr-boutique-accordeon.html'),
};
const POPUP = { width: 380, height: 600 };
const PHONE = { width: 360, height: 740 };
const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);

const heights: Record<string, number> = {};
let firefox: RunningFirefox | null = null;
let server: FixtureServer | null = null;
let proxy: RecordingProxy | null = null;

async function stop(): Promise<void> {
  try {
    await firefox?.close();
  } finally {
    await proxy?.close();
    await server?.close();
    firefox = null;
    proxy = null;
    server = null;
  }
}

/** Firefox in one colour scheme, with the add-on installed and a treatment 26 hours ago stored. */
async function start(scheme: 'light' | 'dark'): Promise<{ running: RunningFirefox; api: Page }> {
  server = await startFixtureServer(PAGES);
  proxy = await startRecordingProxy();
  firefox = await startFirefox({
    extensionDir: firefoxTestBuild(),
    uuid: UUID,
    prefs: {
      ...proxyPrefs(proxy.port),
      'intl.accept_languages': TEST_LOCALE,
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
    },
    env: { TZ: TEST_TIME_ZONE },
  });
  const api = await findPage(
    firefox.browser,
    (href) => href.startsWith(`${EXTENSION_ORIGIN}/options.html`),
    'the options page',
  );
  await setPageSize(firefox.browser, api, 900, 1000);
  await api.evaluate((settings) => browser.storage.local.set({ settings }), microneedlingSettings(treatedAt));
  return { running: firefox, api };
}

/** The popup for a tab, opened as a page at `size`, once its answer is there. */
async function popupFor(
  running: RunningFirefox,
  api: Page,
  tabId: number,
  size: { width: number; height: number },
): Promise<Page> {
  const popup = await openExtensionPage(
    running.browser,
    api,
    `${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`,
    size,
  );
  await waitFor(
    () => popup.$('p.verdict').then((handle) => handle ?? undefined),
    () => `the popup for tab ${tabId} shows no verdict line`,
  );
  return popup;
}

async function layout(
  page: Page,
): Promise<{ scrollHeight: number; content: number; scrollWidth: number; wide: string[] }> {
  return page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scrollWidth: document.documentElement.scrollWidth,
    // What sticks out past the viewport's right edge, for a failure message.
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)})`,
      ),
  }));
}

/** Nothing wider than the phone's screen. */
async function expectPhoneWidth(page: Page, what: string): Promise<void> {
  const { scrollWidth, wide } = await layout(page);
  expect(scrollWidth, `${what} at 360 px: ${wide.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
}

afterAll(async () => {
  await stop();
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, 'popup-heights-firefox.json'), `${JSON.stringify(heights, null, 2)}\n`);
  console.log('flagged popup heights (Firefox, px):', JSON.stringify(heights));
});

describe('Firefox ESR: the flagged popup fits, and the pages work on a phone', () => {
  it('declares Firefox for Android, from 142, beside desktop from 140', () => {
    const gecko = (
      readManifest(firefoxTestBuild()) as {
        browser_specific_settings?: Record<string, { strict_min_version?: string }>;
      }
    ).browser_specific_settings;
    expect(gecko?.gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.gecko_android?.strict_min_version).toBe('142.0');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the flagged popup is at most 600 px tall at 380 px wide, ${scheme}`, async () => {
      const { running, api } = await start(scheme);
      try {
        for (const path of Object.keys(PAGES)) {
          const url = `${FIXTURE_ORIGIN}${path}`;
          const tab = await openScannedTab(running.browser, api, url);
          const popup = await popupFor(running, api, tab.tabId, POPUP);
          expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
            scheme === 'dark',
          );
          expect(await popup.$eval('p.verdict', (p) => p.className)).toMatch(/not-yet|care/);
          const size = await layout(popup);
          heights[`${path}, ${scheme}`] = size.content;
          expect(size.scrollWidth, `${path}: width`).toBeLessThanOrEqual(POPUP.width);
          expect(size.scrollHeight, `${path}, ${scheme}: ${size.content} px of content`).toBeLessThanOrEqual(
            POPUP.height,
          );
          if (path === '/demo/product.html')
            await popup.screenshot({ path: join(RESULTS_DIR, `firefox-popup-flagged-${scheme}.png`) });
          await popup.close();
          await tab.page.close();
        }
        if (scheme === 'light') await phonePages(running, api);
      } finally {
        await stop();
      }
    });
  }
});

/**
 * At 360 px, as on a phone: the popup (a page there), the options page and Today, nothing wider
 * than the screen, each screenshotted.
 */
async function phonePages(running: RunningFirefox, api: Page): Promise<void> {
  const tab = await openScannedTab(running.browser, api, `${FIXTURE_ORIGIN}/demo/product.html`);
  const popup = await popupFor(running, api, tab.tabId, PHONE);
  await popup.screenshot({ path: join(RESULTS_DIR, 'android-popup.png'), fullPage: true });
  await expectPhoneWidth(popup, 'the popup');
  expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(PHONE.width);
  // Saved, so that Today has a product to show.
  await clickButton(popup, 'the popup at 360 px', 'I have this');
  await waitForText(popup, 'the popup says the product is saved', (text) => text.includes('You have this'));
  await popup.close();
  await tab.page.close();

  const options = await openExtensionPage(running.browser, api, `${EXTENSION_ORIGIN}/options.html`, PHONE);
  await waitForText(options, 'the options page shows the treatment', (text) =>
    text.includes('Date and time'),
  );
  await options.screenshot({ path: join(RESULTS_DIR, 'android-options.png') });
  await expectPhoneWidth(options, 'the options page');
  await options.close();

  const today = await openExtensionPage(running.browser, api, `${EXTENSION_ORIGIN}/today.html`, PHONE);
  expect(
    await waitForText(today, 'Today lists the product', (text) => text.includes('Pause for now (1)')),
  ).toContain('Night Renewal Serum');
  await today.screenshot({ path: join(RESULTS_DIR, 'android-today.png') });
  await expectPhoneWidth(today, 'Today');
  expect(await bodyText(today)).not.toBe('');
  await today.close();
}
