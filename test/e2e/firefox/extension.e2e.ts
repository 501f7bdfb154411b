import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatUntil } from '../../../src/window/format-until';
import {
  FIXTURE_ORIGIN,
  type FixtureServer,
  type RecordingProxy,
  proxyPrefs,
  startFixtureServer,
  startRecordingProxy,
} from '../support/firefox-network';
import { decodePng, shareOf } from '../support/firefox-pixels';
import {
  fillInput,
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
  dateTimeLocalValue,
} from '../support/shop-pages';

/**
 * The Firefox build in Debian's firefox-esr, started with `web-ext run` (headless) as a developer
 * would, driven over WebDriver BiDi with puppeteer-core: the content script reads fixture pages
 * served on the demo address, the engine flags the list, the page shows the marks, the badge and
 * the popup say what to avoid and until when, and nothing leaves the browser.
 *
 * Needs `/usr/bin/firefox-esr` (or FIREFOX=…). Builds `.output/firefox-mv3-e2e` first (a few
 * seconds), unless AFTERCARE_FIREFOX_EXTENSION names an unpacked build to use instead.
 */

/** The extension APIs as an extension page sees them (evaluated there, typed here). */
interface ExtensionApi {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    create(properties: { url: string }): Promise<{ id?: number }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}
declare const browser: ExtensionApi;

/** The add-on's moz-extension:// host, fixed through `extensions.webextensions.uuids`. */
const UUID = '5e0c1a2b-7d4f-4c3e-9b8a-a11e2ca7e1e5';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

const GENERIC = join(ROOT, 'test/fixtures/pages/generic');
const PAGES: Record<string, string> = {
  '/demo/product.html': join(ROOT, 'dev/demo-product.html'),
  '/demo/en-brand-store-heading.html': join(GENERIC, 'en-brand-store-heading.html'),
  '/demo/fr-boutique-accordeon.html': join(GENERIC, 'fr-boutique-accordeon.html'),
  '/demo/grocery-candy.html': join(GENERIC, 'grocery-candy.html'),
};
const DEMO_URL = `${FIXTURE_ORIGIN}/demo/product.html`;

/** Microneedling 26 hours ago (so the 24-hour makeup window is over, the 5-day ones are not). */
const treatedAt = new Date(Math.floor((Date.now() - 26 * HOUR_MS) / 60_000) * 60_000);

interface Marks {
  /** The page has the CSS Custom Highlight API (else the extension would draw an overlay). */
  api: boolean;
  overlay: boolean;
  avoid: string[];
  caution: string[];
}

let firefox: RunningFirefox;
let server: FixtureServer;
let proxy: RecordingProxy;
let extensionDir: string;
let messages: Record<string, { message: string }>;
/** Why the build's content script cannot run on the fixture pages in Firefox, if it cannot. */
let contentScriptProblem: string | null = null;
let options: Page;
let demo: Page;
let demoTabId: number;
/** Every request the pages the test drove reported over BiDi (`network.beforeRequestSent`). */
const pageRequests: string[] = [];
const watched = new WeakSet<Page>();
const opened = new Set<string>();
const timings: string[] = [];
const t0 = Date.now();
const mark = (what: string): void => void timings.push(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

function watch(page: Page | null): void {
  if (!page || watched.has(page)) return;
  watched.add(page);
  page.on('request', (request) => void pageRequests.push(request.url()));
  page.on('pageerror', (error) => console.warn(`page error: ${String(error)}`));
}

function message(key: string): string {
  const text = messages[key]?.message;
  if (!text) throw new Error(`no message ${key} in the build`);
  return text;
}

function screenshotPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
}

beforeAll(async () => {
  extensionDir = firefoxTestBuild();
  messages = JSON.parse(
    readFileSync(join(extensionDir, '_locales/en/messages.json'), 'utf8'),
  ) as typeof messages;
  contentScriptProblem = firefoxMatchProblem(extensionDir);
  mark('built');
  server = await startFixtureServer(PAGES);
  proxy = await startRecordingProxy();
  firefox = await startFirefox({
    extensionDir,
    uuid: UUID,
    prefs: { ...proxyPrefs(proxy.port), 'intl.accept_languages': TEST_LOCALE },
    env: { TZ: TEST_TIME_ZONE },
  });
  mark('Firefox started, add-on installed');
  firefox.browser.on('targetcreated', (target) => void target.page().then(watch, () => undefined));
  for (const page of await firefox.browser.pages()) watch(page);
});

afterAll(async () => {
  try {
    await firefox?.close();
  } finally {
    await proxy?.close();
    await server?.close();
    mark('closed');
    console.log(`Firefox e2e timings:\n  ${timings.join('\n  ')}`);
  }
});

/** Tab ids, as the extension sees them. */
async function tabIds(): Promise<number[]> {
  const tabs = await options.evaluate(() => browser.tabs.query({}));
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/**
 * A new tab at `url`, and its tab id (the only id that was not there before), once the page
 * scanner has reported the page to the background (as the Chromium helper waits): a popup opened
 * before that would find no scanner to ask.
 */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  requireContentScript();
  const before = await tabIds();
  const page = await firefox.browser.newPage();
  watch(page);
  await setPageSize(firefox.browser, page, 1000, 900);
  const tabId = await waitFor(
    async () => {
      const fresh = (await tabIds()).filter((id) => !before.includes(id));
      return fresh.length === 1 ? fresh[0] : undefined;
    },
    () => `the new tab for ${url} has no tab id`,
  );
  opened.add(url);
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(
    async () => ((await scannedUrl(tabId)) === url ? true : undefined),
    () => `the page scanner did not report ${url} in tab ${tabId}`,
  );
  return { page, tabId };
}

/** The address of the last scan the background keeps for a tab (session item `tab-scans`). */
async function scannedUrl(tabId: number): Promise<string | undefined> {
  const items = await options.evaluate(() => browser.storage.session.get('tab-scans'));
  const scans = (items['tab-scans'] ?? {}) as Record<string, { url?: string } | undefined>;
  return scans[String(tabId)]?.url;
}

async function badge(tabId: number): Promise<string> {
  return options.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
}

/** What the page has marked, read in the page itself: the highlight registry is the page's. */
async function marksIn(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
    const names = (key: string): string[] =>
      [...(registry?.get(key) ?? [])].map((range) => range.toString()).sort();
    return {
      api: registry !== undefined,
      overlay: document.getElementById('aftercare-lens-overlay') !== null,
      avoid: names('aftercare-lens-avoid'),
      caution: names('aftercare-lens-caution'),
    };
  });
}

/** Waits until the page marks something to avoid, and returns the marks. */
async function waitForMarks(page: Page, what: string): Promise<Marks> {
  return waitFor(
    async () => {
      const marks = await marksIn(page);
      return marks.avoid.length > 0 ? marks : undefined;
    },
    (last) => `${what}: nothing marked to avoid${last ? ` (${String(last)})` : ''}`,
  );
}

/** The popup for `tabId`, opened as a page of its own (a real popup cannot be driven). */
async function openPopup(tabId: number, ready: (text: string) => boolean): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/popup.html?tab=${tabId}`;
  await options.evaluate((address) => browser.tabs.create({ url: address }).then(() => undefined), url);
  const popup = await findPage(firefox.browser, (href) => href === url, `the popup for tab ${tabId}`);
  watch(popup);
  await setPageSize(firefox.browser, popup, 380, 600);
  await waitFor(
    async () => (ready(await popup.evaluate(() => document.body.innerText)) ? true : undefined),
    (last) => `the popup for tab ${tabId} did not show what was expected: ${JSON.stringify(last ?? '')}`,
  ).catch(async (error: Error) => {
    const text = await popup.evaluate(() => document.body.innerText).catch(() => '?');
    throw new Error(`${error.message}; it shows: ${JSON.stringify(text)}`);
  });
  return popup;
}

/** Clicks the `<summary>` that reads `title`, as the patient opens a closed section. */
async function openSection(page: Page, url: string, title: string): Promise<void> {
  const summary = await waitFor(
    async () => {
      for (const handle of await page.$$('summary')) {
        if ((await handle.evaluate((el) => el.textContent?.trim())) === title) return handle;
      }
      return undefined;
    },
    () => `no <summary> reads "${title}" on ${url}`,
  );
  await summary.click();
  await waitFor(
    () => summary.evaluate((el) => (el.parentElement as HTMLDetailsElement | null)?.open || undefined),
    () => `the section "${title}" on ${url} did not open`,
  );
}

/** Two animation frames: what was just marked has been painted. */
async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Whether Firefox applies a content-script match pattern to `url` (it ignores patterns with a port). */
function firefoxApplies(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return pattern === '<all_urls>';
  const [, scheme, host = '', path = ''] = parts;
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : `${scheme}:` === url.protocol;
  const hostOk =
    host === '*' ||
    host === url.hostname ||
    (host.startsWith('*.') && (url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))));
  const pathRe = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return schemeOk && hostOk && pathRe.test(`${url.pathname}${url.search}`);
}

function firefoxMatchProblem(dir: string): string | null {
  const matches = (readManifest(dir).content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const url = new URL(DEMO_URL);
  if (matches.some((p) => firefoxApplies(p, url))) return null;
  const withPort = matches.filter((p) => /^[^:]+:\/\/[^/]*:\d+\//.test(p));
  return (
    `no content-script match of the build reaches ${DEMO_URL} in Firefox. Firefox does not support a ` +
    `port in a match pattern (MDN "Match patterns"; Firefox bugs 1362809 and 1468162), so ` +
    `${JSON.stringify(withPort)} never matches; a pattern without the port, such as ` +
    `"http://localhost/demo/*", matches the demo address in Firefox and Chrome alike.`
  );
}

/** Fails at once, rather than after a 30 s wait, when the content script cannot run at all. */
function requireContentScript(): void {
  if (contentScriptProblem) throw new Error(contentScriptProblem);
}

describe('Firefox ESR, web-ext run, the e2e build', () => {
  it('has a content-script match that Firefox applies to the fixture address', () => {
    expect(contentScriptProblem, contentScriptProblem ?? '').toBeNull();
  });

  it('opens the welcome page on install, at the add-on’s fixed address', async () => {
    options = await findPage(
      firefox.browser,
      (href) => href.startsWith(`${EXTENSION_ORIGIN}/options.html`),
      'the options page',
    );
    watch(options);
    expect(new URL(await options.evaluate(() => location.href)).searchParams.has('welcome')).toBe(true);
    await setPageSize(firefox.browser, options, 900, 1000);
    await options.screenshot({ path: screenshotPath('firefox-welcome.png') });
    mark('welcome page found');
  });

  it('reads the demo product page before a treatment is set: names what it found, marks nothing', async () => {
    ({ page: demo, tabId: demoTabId } = await openTab(DEMO_URL));
    const popup = await openPopup(demoTabId, (text) => text.includes(message('popupNoTreatment')));
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(message('popupFoundNoTreatment'));
    expect(text).toContain(message('family_retinoid'));
    expect(text).toContain(message('family_aha'));
    await popup.close();
    const marks = await marksIn(demo);
    expect(marks.avoid).toEqual([]);
    expect(marks.caution).toEqual([]);
    // No treatment, no badge (the page has been read: the popup got its scan from the content script).
    expect(await badge(demoTabId)).toBe('');
    mark('demo page read without a treatment');
  });

  it('saves the treatment the patient types into the welcome page', async () => {
    await options.bringToFront();
    await fillInput(
      options,
      'the welcome page',
      'input[type="datetime-local"]',
      dateTimeLocalValue(treatedAt),
    );
    const stored = await waitFor(
      async () => {
        const { settings } = await options.evaluate(() => browser.storage.local.get('settings'));
        const treatments = (settings as { treatments?: Record<string, unknown>[] } | undefined)?.treatments;
        return treatments?.length ? treatments : undefined;
      },
      () => 'no treatment was stored after the date was entered',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ type: 'microneedling', timeZone: TEST_TIME_ZONE });
    expect(Date.parse(String(stored[0]?.performedAt))).toBe(treatedAt.getTime());
    await options.screenshot({ path: screenshotPath('firefox-options.png') });
    mark('treatment saved');
  });

  it('marks the names to avoid in the open product page, not the trace, and sets the badge', async () => {
    requireContentScript();
    await demo.bringToFront();
    const marks = await waitForMarks(demo, DEMO_URL);
    expect(marks).toEqual({
      api: true,
      overlay: false,
      avoid: ['Glycolic Acid', 'Retinyl Palmitate'],
      caution: [],
    });
    expect(
      await waitFor(
        async () => ((await badge(demoTabId)) === '2' ? '2' : undefined),
        () => 'badge is not "2"',
      ),
    ).toBe('2');

    // The marks are painted: the names to avoid sit on a red tint, a name not flagged does not.
    await painted(demo);
    const boxes = await demo.evaluate(() => {
      const registry = (globalThis.CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights;
      const box = (range: Range): { x: number; y: number; width: number; height: number } => {
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      };
      const list = document.getElementById('ingredients')?.firstChild;
      const control = document.createRange();
      const text = list?.textContent ?? '';
      if (list) {
        control.setStart(list, text.indexOf('Squalane'));
        control.setEnd(list, text.indexOf('Squalane') + 'Squalane'.length);
      }
      return {
        avoid: [...(registry.get('aftercare-lens-avoid') ?? [])].map(box),
        control: box(control),
      };
    });
    const png = await demo.screenshot({ path: screenshotPath('firefox-page.png') });
    const pixels = decodePng(png);
    const tinted = (r: number, g: number, b: number): boolean => r > 200 && r - g > 25 && r - b > 25;
    for (const box of boxes.avoid) expect(shareOf(pixels, box, tinted)).toBeGreaterThan(0.3);
    expect(shareOf(pixels, boxes.control, tinted)).toBeLessThan(0.02);
    mark('demo page marked');
  });

  it('shows the names to avoid and until when in the popup for that tab', async () => {
    requireContentScript();
    // Day windows end at the same clock time 5 days later, in the zone the treatment was entered in.
    const [date = '', time = ''] = dateTimeLocalValue(treatedAt).split('T');
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = time.split(':').map(Number) as [number, number];
    const endWall = new Date(Date.UTC(y, m - 1, d + 5, hh, mm));
    const until = formatUntil(endWall, endWall, TEST_LOCALE, 'UTC').split(' (')[0] ?? '';
    const avoidUntil = message('verdictNotYet').replace('$WHEN$', until);

    const popup = await openPopup(demoTabId, (text) => text.includes('Retinyl Palmitate'));
    await popup.screenshot({ path: screenshotPath('firefox-popup.png'), fullPage: true });
    // The answer first: the verdict line right under the product's name.
    expect(await popup.$eval('header + p.verdict', (p) => p.className)).toBe('verdict not-yet');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Glycolic Acid');
    expect(text).toContain('Retinyl Palmitate');
    expect(text).toContain(avoidUntil);
    const flagged = await popup.evaluate(() =>
      [...document.querySelectorAll('section.flags')].map((s) => (s as HTMLElement).innerText).join('\n'),
    );
    expect(flagged).not.toContain('Citric Acid');
    expect(text).toContain(message('popupTraces').replace('$NAMES$', 'Citric Acid'));
    await popup.close();
    mark('popup checked');
  });

  const generic: { path: string; avoid: string[]; caution: string[]; badge: string; open?: string }[] = [
    {
      path: '/demo/en-brand-store-heading.html',
      avoid: ['Glycolic Acid'],
      caution: ['Salicylic Acid'],
      badge: '1',
    },
    // The list is in a closed accordion: marked while hidden, seen once the patient opens it.
    // Citric acid there is a trace (after the preservative) and stays unmarked.
    {
      path: '/demo/fr-boutique-accordeon.html',
      avoid: ['Retinol'],
      caution: [],
      badge: '1',
      open: 'Ingrédients',
    },
  ];
  for (const page of generic) {
    const marked = `${page.avoid.join(', ')} to avoid${page.caution.length ? `, ${page.caution.join(', ')} with caution` : ''}`;
    it(`marks ${marked} on ${page.path} (a generic product page)`, async () => {
      const url = `${FIXTURE_ORIGIN}${page.path}`;
      const tab = await openTab(url);
      const marks = await waitForMarks(tab.page, url);
      expect(marks).toEqual({ api: true, overlay: false, avoid: page.avoid, caution: page.caution });
      const shown = await waitFor(
        async () => ((await badge(tab.tabId)) === page.badge ? page.badge : undefined),
        () => `the badge of ${url} is not "${page.badge}"`,
      );
      expect(shown).toBe(page.badge);
      if (page.open) {
        await openSection(tab.page, url, page.open);
        expect(await marksIn(tab.page)).toEqual(marks);
      }
      await painted(tab.page);
      await tab.page.screenshot({ path: screenshotPath(`firefox-${basename(page.path, '.html')}.png`) });
      await tab.page.close();
      mark(`${page.path} marked`);
    });
  }

  it('marks nothing on a product that is not a cosmetic (a sweet shop page)', async () => {
    const url = `${FIXTURE_ORIGIN}/demo/grocery-candy.html`;
    const tab = await openTab(url);
    const popup = await openPopup(tab.tabId, (text) => text.includes(message('popupNotCosmetic')));
    await popup.close();
    const marks = await marksIn(tab.page);
    expect(marks.avoid).toEqual([]);
    expect(marks.caution).toEqual([]);
    expect(await badge(tab.tabId)).toBe('');
    await tab.page.close();
    mark('grocery page left alone');
  });

  // A summary of the whole session above: run with the tests before it.
  it('made no network request: the browser fetched only the fixture pages it was sent to', () => {
    const proxied = proxy.requests.map((r) => `${r.method} ${r.url}`);
    console.log(
      `through the proxy (${proxied.length}):\n  ${proxied.join('\n  ')}\n` +
        `reported by the pages over BiDi (${pageRequests.length}):\n  ` +
        pageRequests.map((url) => url.slice(0, 80)).join('\n  '),
    );
    expect(opened.size, 'no fixture page was opened').toBeGreaterThan(0);
    // The proxy sees all of the browser's HTTP(S)/WebSocket traffic, background script included:
    // one GET for each page the test opened, and nothing else.
    const expected = [...opened].map((url) => `GET ${url}`).sort();
    expect([...proxied].sort()).toEqual(expected);
    // What reached the fixture server (through the proxy) is the same.
    expect(server.requests.map((r) => `${r.method} ${r.url}`).sort()).toEqual(expected);
    // What the pages themselves reported: the fixture pages, their inline data, the extension's files.
    const foreign = pageRequests.filter(
      (url) =>
        !opened.has(url) && !url.startsWith(`${EXTENSION_ORIGIN}/`) && !/^(about|data|blob):/.test(url),
    );
    expect(foreign).toEqual([]);
  });

  it('would have seen a request from the extension (control for the test above)', async () => {
    const before = proxy.requests.length;
    await options.evaluate(() =>
      fetch('http://aftercare-lens-control.invalid/e2e').then(
        () => 'answered',
        () => 'failed',
      ),
    );
    const seen = await waitFor(
      () => proxy.requests.slice(before).find((r) => r.url.includes('aftercare-lens-control.invalid')),
      () => `the proxy did not see the control request: ${JSON.stringify(proxy.requests.slice(before))}`,
    );
    expect(seen.url).toContain('aftercare-lens-control.invalid');
    console.log(`control request seen by the proxy: ${seen.method} ${seen.url}`);
  });
});
