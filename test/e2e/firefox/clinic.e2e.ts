import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUntil } from '../../../src/window/format-until';
import { addCalendarDays } from '../../../src/window/zone';
import {
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
  fillInput,
  findPage,
  firefoxTestBuild,
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
 * The clinic's protocol in Firefox ESR (web-ext run, WebDriver BiDi): built in the editor, its
 * code pasted on the options page, and the popup on the demo product page following the clinic's
 * windows and its own name to avoid. Then the check page for text selected on a page: Firefox's
 * native context menu cannot be opened or clicked over WebDriver BiDi, and its event objects have
 * no `dispatch`, so the test checks that the menu item exists and opens the check page with the
 * address the click handler builds (`checkPageUrl`: `check.html?text=…`).
 */

declare const browser: ExtensionApi & {
  contextMenus: { update(id: string, changes: object): Promise<void> };
};

const UUID = '3f1d2c4b-5a6e-4b7c-9d8e-1f2a3b4c5d6e';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
const DEMO_URL = `${FIXTURE_ORIGIN}/demo/product.html`;
const FORUM_URL = `${FIXTURE_ORIGIN}/forum/post.html`;

let firefox: RunningFirefox;
let server: FixtureServer;
let proxy: RecordingProxy;
let options: Page;
let demoTab: number;
let code = '';
const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);
const until = (days: number): string =>
  formatUntil(addCalendarDays(treatedAt, days, TEST_TIME_ZONE), new Date(), TEST_LOCALE, TEST_TIME_ZONE);

beforeAll(async () => {
  const extensionDir = firefoxTestBuild();
  server = await startFixtureServer({
    '/demo/product.html': join(ROOT, 'dev/demo-product.html'),
    '/forum/post.html': join(ROOT, 'test/fixtures/pages/plain/forum-post.html'),
  });
  proxy = await startRecordingProxy();
  firefox = await startFirefox({
    extensionDir,
    uuid: UUID,
    prefs: { ...proxyPrefs(proxy.port), 'intl.accept_languages': TEST_LOCALE },
    env: { TZ: TEST_TIME_ZONE },
  });
  options = await findPage(
    firefox.browser,
    (href) => href.startsWith(`${EXTENSION_ORIGIN}/options.html`),
    'the options page',
  );
  await setPageSize(firefox.browser, options, 900, 1000);
  await options.evaluate(
    (settings) => browser.storage.local.set({ settings }),
    microneedlingSettings(treatedAt),
  );
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    await proxy?.close();
    await server?.close();
  }
});

async function popupText(what: string, check: (text: string) => boolean): Promise<string> {
  const popup = await openExtensionPage(
    firefox.browser,
    options,
    `${EXTENSION_ORIGIN}/popup.html?tab=${demoTab}`,
    {
      width: 380,
      height: 700,
    },
  );
  const text = await waitForText(popup, what, check);
  await popup.screenshot({ path: join(RESULTS_DIR, 'firefox-popup-clinic.png'), fullPage: true });
  await popup.close();
  return text;
}

describe('clinic protocol and selected text (Firefox ESR)', () => {
  it("before: the popup says avoid retinoids until the preset's day 5", async () => {
    demoTab = (await openScannedTab(firefox.browser, options, DEMO_URL)).tabId;
    const text = await popupText('the popup says avoid until day 5', (t) => t.includes('Until '));
    expect(text).toContain(`Not yet — avoid until ${until(5)}`);
    expect(text).not.toContain(until(14));
  });

  it('the clinician builds the protocol in the editor and gets its code', async () => {
    const editor = await openExtensionPage(firefox.browser, options, `${EXTENSION_ORIGIN}/clinic.html`, {
      width: 900,
      height: 1000,
    });
    await waitForText(editor, 'the editor has rendered', (t) => t.includes('Protocol editor for clinics'));
    await fillInput(editor, 'the editor', '#clinic-name', 'Harbour Skin Clinic');
    await fillInput(editor, 'the editor', '#clinic-phone', '+44 20 7946 0000');
    await fillInput(editor, 'the editor', '#editor-window-retinoid + input', '14');
    await fillInput(editor, 'the editor', '#editor-new-name', 'Niacinamide');
    await clickButton(editor, 'the editor', 'Add');
    code = await waitFor(
      async () => {
        const value = await editor.$eval('#editor-code', (el) => (el as HTMLTextAreaElement).value);
        return /^AL1:[\w-]+$/.test(value) && (await editor.$('.sheet svg.qr')) ? value : undefined;
      },
      () => 'the editor shows no code and QR code for the protocol',
    );
    await editor.screenshot({ path: join(RESULTS_DIR, 'firefox-clinic-editor.png'), fullPage: true });
    await editor.close();
  });

  it('the patient pastes the code on the options page: the popup follows the clinic', async () => {
    await options.bringToFront();
    await fillInput(options, 'the options page', '#protocol-code', code);
    await clickButton(options, 'the options page', 'Apply the code');
    const text = await waitForText(options, 'the treatment shows its clinic', (t) =>
      t.includes('From your clinic: Harbour Skin Clinic'),
    );
    expect(text).toContain('The protocol of Harbour Skin Clinic is applied');
    expect(await options.$eval('#when-to-call a[href^="tel:"]', (a) => a.getAttribute('href'))).toBe(
      'tel:+442079460000',
    );
    await options.screenshot({ path: join(RESULTS_DIR, 'firefox-options-clinic.png'), fullPage: true });

    const popup = await popupText("the popup follows the clinic's windows", (t) =>
      t.includes(`Until ${until(14)}`),
    );
    expect(popup).toContain('Harbour Skin Clinic asks you to avoid Niacinamide for now.');
    expect(popup).toContain(`Not yet — avoid until ${until(14)}`);
    expect(popup).toContain(`Until ${until(7)}`);
    expect(popup).toContain('When to call your clinic');
  });

  it('"Check these ingredients": the menu item exists; the check page for a selection shows the flags', async () => {
    expect(
      await options.evaluate(() =>
        browser.contextMenus.update('check-selection', {}).then(
          () => 'there',
          (e: Error) => e.message,
        ),
      ),
    ).toBe('there');
    const forum = await firefox.browser.newPage();
    await forum.goto(FORUM_URL, { waitUntil: 'load' });
    const selection = await forum.evaluate(() => {
      const quote = document.getElementById('quoted-list');
      const range = document.createRange();
      if (quote) range.selectNodeContents(quote);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString().trim() ?? '';
    });
    expect(selection).toContain('Niacinamide, Lactic Acid, Retinol');
    // What the menu's click handler opens for this selection (src/background/check-selection.ts).
    const url = `${EXTENSION_ORIGIN}/check.html?${new URLSearchParams({ text: selection }).toString()}`;
    const check = await openExtensionPage(firefox.browser, options, url, { width: 420, height: 800 });
    const text = await waitForText(check, 'the check page shows the flags', (t) => t.includes('Until '));
    expect(text).toContain('Lactic Acid');
    expect(text).toContain('Retinol');
    // The clinic's niacinamide, with its own window.
    expect(text).toContain('Harbour Skin Clinic asks you to avoid Niacinamide for now.');
    await check.screenshot({ path: join(RESULTS_DIR, 'firefox-check-selection.png'), fullPage: true });
    await Promise.all([check.close(), forum.close()]);
  });

  it('made no network request beyond the fixture pages it was sent to', () => {
    expect(proxy.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${DEMO_URL}`,
      `GET ${FORUM_URL}`,
    ]);
  });
});
