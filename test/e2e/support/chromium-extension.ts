import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { NetworkLog, ShopRoutes } from './chromium-network';
import { RESULTS_DIR, ROOT, type ShopPage, TEST_LOCALE, TEST_TIME_ZONE } from './shop-pages';

/**
 * Chromium (Playwright) only: the Chrome MV3 build loaded in Debian's Chromium, with helpers that
 * read the extension's state from its service worker. One browser per test file.
 */

export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
/** The Edge build (`npm run build:edge`): Edge is Chromium, so Debian's Chromium loads it. */
export const EDGE_BUILD = join(ROOT, '.output/edge-mv3');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_LOCALES = process.env.CHROMIUM_LOCALES ?? '/usr/lib/chromium/locales';

// The extension APIs as the service worker sees them (the functions below run there).
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId?: number }): Promise<string>;
    getBadgeBackgroundColor(details: { tabId?: number }): Promise<number[]>;
  };
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
};

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  routes: ShopRoutes;
  network: NetworkLog;
  /** Uncaught errors in the extension's pages (popup, options), as "url: message". */
  pageErrors: string[];
  /** The extension's service worker (the one Playwright is attached to now). */
  worker(): Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** The unpacked build to load (default: the Chrome build). */
  build?: string;
  /**
   * The browser's UI language (`--lang`, and `LANGUAGE` as Linux reads it), which picks the
   * extension's `_locales`; Debian's `chromium-l10n` has the languages besides English.
   */
  language?: string;
}

/** Starts Chromium with the built extension in a fresh profile, so it is installed anew. */
export async function launchChromiumWithExtension(options: LaunchOptions = {}): Promise<ChromiumExtension> {
  const build = options.build ?? CHROME_BUILD;
  if (!existsSync(join(build, 'manifest.json')))
    throw new Error(`No build in ${build}: run \`npm run build\` (or build:edge) first.`);
  const language = options.language;
  if (language && !existsSync(join(CHROMIUM_LOCALES, `${language}.pak`)))
    throw new Error(`Chromium has no ${language} locale in ${CHROMIUM_LOCALES}: install chromium-l10n.`);
  const profile = mkdtempSync(join(tmpdir(), 'aftercare-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: language ? `${language}-${language.toUpperCase()}` : TEST_LOCALE,
    timezoneId: TEST_TIME_ZONE,
    colorScheme: options.colorScheme ?? 'light',
    // The service worker is not emulated: give the whole browser the same zone.
    env: { ...process.env, TZ: TEST_TIME_ZONE, ...(language ? { LANGUAGE: language } : {}) },
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      ...(language ? [`--lang=${language}`] : []),
      '--no-sandbox',
      // Otherwise Chromium spends time failing to reach Google.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  let extensionId: string | null = null;
  const routes = new ShopRoutes();
  // Attached as early as Playwright allows. What ran before (the worker starting, the welcome tab
  // opening on install) is checked through Resource Timing instead (network.e2e.ts).
  const network = new NetworkLog(context, routes, () => extensionId);
  await routes.install(context);
  // The page scanner announces its start to the page (WXT's "content script started" window
  // message, named for the entrypoint): the tests learn there that it was loaded.
  await context.addInitScript(() => {
    addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { type?: unknown; contentScriptName?: unknown } | null;
      if (typeof data?.type === 'string' && data.type.endsWith(':wxt:content-script-started')) {
        const started = ((window as { extensionScriptsStarted?: unknown[] }).extensionScriptsStarted ??= []);
        started.push(data.contentScriptName);
      }
    });
  });

  const isExtensionWorker = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
  let current =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
  context.on('serviceworker', (w) => {
    if (isExtensionWorker(w)) current = w;
  });
  extensionId = new URL(current.url()).host;
  const id = extensionId;

  const pageErrors: string[] = [];
  context.on('weberror', (e) => {
    const url = e.page()?.url() ?? '';
    if (url.startsWith(`chrome-extension://${id}/`)) pageErrors.push(`${url}: ${e.error().message}`);
  });

  return {
    context,
    extensionId: id,
    routes,
    network,
    pageErrors,
    worker: () => current,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Calls `attempt` until it resolves (it throws while the condition does not hold yet), every
 * `interval` ms for at most `timeout` ms; then rejects with its last error.
 */
export async function waitUntil<T>(
  attempt: () => Promise<T>,
  { timeout = 10_000, interval = 50 }: { timeout?: number; interval?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

export async function storedSettings(ext: ChromiumExtension): Promise<unknown> {
  const items = await ext.worker().evaluate(() => chrome.storage.local.get('settings'));
  return items.settings;
}

/** Stores settings as the options page would (the `settings` item of `storage.local`). */
export async function storeSettings(ext: ChromiumExtension, settings: object): Promise<void> {
  await ext.worker().evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

export interface BadgeState {
  text: string;
  /** `#rrggbb` */
  color: string;
}

export async function badgeOf(ext: ChromiumExtension, tabId: number): Promise<BadgeState> {
  const [text, rgba] = await ext
    .worker()
    .evaluate(
      (id) =>
        Promise.all([
          chrome.action.getBadgeText({ tabId: id }),
          chrome.action.getBadgeBackgroundColor({ tabId: id }),
        ]),
      tabId,
    );
  const color = `#${rgba
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
  return { text, color };
}

/**
 * Waits until the tab's badge shows `text` (and, if given, has the background `color`), and
 * returns the badge. The worker sets text and colour one after the other, so both are waited for.
 */
export async function waitForBadge(
  ext: ChromiumExtension,
  tabId: number,
  text: string,
  color?: string,
): Promise<BadgeState> {
  return waitUntil(
    async () => {
      const badge = await badgeOf(ext, tabId);
      if (badge.text !== text || (color !== undefined && badge.color !== color))
        throw new Error(
          `badge of tab ${tabId} is "${badge.text}" on ${badge.color}, not "${text}" on ${color}`,
        );
      return badge;
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** The active tab of the last focused window, as the extension sees it (it has no "tabs" permission). */
export async function activeTabId(ext: ChromiumExtension): Promise<number> {
  const id = await ext.worker().evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error('no active tab');
  return id;
}

/**
 * The last scan the content script reported for each tab, as the service worker keeps them
 * (session storage item `tab-scans`, by tab id).
 */
export async function rememberedScans(ext: ChromiumExtension): Promise<Record<string, { url?: string }>> {
  return ext.worker().evaluate(async () => {
    const items = await chrome.storage.session.get('tab-scans');
    return (items['tab-scans'] ?? {}) as Record<string, { url?: string }>;
  });
}

export interface OpenTab {
  page: Page;
  tabId: number;
}

/**
 * Whether one of the extension's scripts has run in the page: the loader announces nothing (it
 * does nothing on a page without a product), but it runs in the extension's own script world,
 * which Chromium lists among the page's execution contexts.
 */
export async function extensionWorldExists(ext: ChromiumExtension, page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  // Enabling reports every context that exists already.
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return origins.includes(`chrome-extension://${ext.extensionId}`);
}

/**
 * Opens a shop page in a new tab, as a patient would, and waits until the scanner has reported its
 * scan to the service worker (which sets the badge right after); on a page without a product
 * signal, until the loader has run (it decides as it starts).
 */
export async function openShopPage(ext: ChromiumExtension, shop: ShopPage): Promise<OpenTab> {
  ext.routes.serve(shop.url, shop.fixture);
  const page = await ext.context.newPage();
  await page.goto(shop.url);
  await page.bringToFront();
  const tabId = await activeTabId(ext);
  if (shop.product === false) {
    await waitUntil(async () => {
      if (!(await extensionWorldExists(ext, page))) throw new Error('the loader has not run yet');
    });
    return { page, tabId };
  }
  await waitUntil(
    async () => {
      const url = (await rememberedScans(ext))[String(tabId)]?.url ?? null;
      if (url !== page.url()) throw new Error(`tab ${tabId} not scanned yet (last scan: ${url})`);
    },
    { timeout: 10_000, interval: 50 },
  );
  return { page, tabId };
}

export const POPUP_SIZE = { width: 380, height: 600 };

/**
 * How tall the popup is at its width: the document's scroll height (Chrome cuts a popup at 600
 * px), and the content's own height under it, for the report.
 */
export async function popupHeight(popup: Page): Promise<{ scroll: number; content: number }> {
  return popup.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    content: Math.ceil(document.body.getBoundingClientRect().height),
  }));
}

/**
 * The popup for a tab, opened as a page of its own (`popup.html?tab=ID`): a real popup cannot be
 * screenshotted. Resolves once it has rendered (its `main` is no longer busy).
 */
export async function openPopup(
  ext: ChromiumExtension,
  tabId: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main.popup:not([aria-busy])').waitFor();
  return popup;
}

/** The options page as a page of its own (`welcome` adds `?welcome=1`, as on install). */
export async function openOptions(ext: ChromiumExtension, welcome = false): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html${welcome ? '?welcome=1' : ''}`);
  await page.locator('main:not([aria-busy])').waitFor();
  return page;
}

/** The Today page (the patient's products) as a page of its own, once it has rendered. */
export async function openToday(
  ext: ChromiumExtension,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${ext.extensionId}/today.html`);
  await page.locator('main.today:not([aria-busy])').waitFor();
  return page;
}

/** The products the patient saved (the `products` item of `storage.local`). */
export async function storedProducts(
  ext: ChromiumExtension,
): Promise<{ name: string; url: string | null }[]> {
  const items = await ext.worker().evaluate(() => chrome.storage.local.get('products'));
  return (
    (items.products as { products?: { name: string; url: string | null }[] } | undefined)?.products ?? []
  ).map(({ name, url }) => ({ name, url }));
}

/** Saves a full-page screenshot to `test-results/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on a page and returns its violations. On a web page axe is added with a script
 * tag; an extension page's CSP (`script-src 'self'`) refuses inline scripts, so there the same
 * source is evaluated through DevTools, which CSP does not govern.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    if (page.url().startsWith('chrome-extension://')) await page.evaluate(AXE_SOURCE);
    else await page.addScriptTag({ content: AXE_SOURCE });
  }
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/** Violations that fail a test: impact serious or critical. */
export function seriousViolations(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The addresses a page or worker has loaded so far, from its own Resource Timing buffer. */
export async function resourceTimingUrls(target: Page | Worker): Promise<string[]> {
  const read = (): string[] => performance.getEntriesByType('resource').map((e) => e.name);
  return 'goto' in target ? target.evaluate(read) : target.evaluate(read);
}

/**
 * Evaluates an expression in the extension's content-script world of a page (its isolated world,
 * found through DevTools), awaiting a promise result.
 */
export async function evaluateInContentScript(
  ext: ChromiumExtension,
  page: Page,
  expression: string,
): Promise<unknown> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    // Enabling reports every existing context.
    await cdp.send('Runtime.enable');
    const world = worlds.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${ext.extensionId}`,
    );
    if (!world) throw new Error(`no content script of the extension in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
