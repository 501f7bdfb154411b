import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Starts the Firefox build of the extension the way a developer does, `web-ext run` in Debian's
 * firefox-esr, headless, with Firefox's WebDriver BiDi endpoint switched on, and connects
 * puppeteer-core to that endpoint. Nothing here knows what the extension does.
 */

export const FIREFOX_BINARY = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

const ROOT = join(import.meta.dirname, '../../..');
const WEB_EXT = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
const WXT = join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
const E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');

/**
 * The test build (`wxt build -b firefox --mode e2e`), built now; its content script also reads
 * the demo address on localhost. `AFTERCARE_FIREFOX_EXTENSION=<dir>` uses an unpacked build
 * already made instead.
 */
export function firefoxTestBuild(): string {
  const given = process.env.AFTERCARE_FIREFOX_EXTENSION;
  if (given) return given;
  execFileSync(process.execPath, [WXT, 'build', '-b', 'firefox', '--mode', 'e2e'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  return E2E_BUILD;
}

export interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
  content_scripts?: { matches?: string[] }[];
}

export function readManifest(extensionDir: string): Manifest {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * Firefox's own background traffic switched off, so that the proxy log holds only what pages and
 * extensions asked for. (Remote Settings also needs MOZ_REMOTE_SETTINGS_DEVTOOLS=1 before a
 * release build honours `services.settings.server`.)
 */
export const QUIET_FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:,',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'dom.push.connection.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'toolkit.telemetry.enabled': false,
  // The page's favicon is the browser's request, not the extension's: not asked for at all.
  'browser.chrome.site_icons': false,
};

export interface StartOptions {
  extensionDir: string;
  /** Fixed moz-extension:// host for the add-on (pref `extensions.webextensions.uuids`). */
  uuid: string;
  prefs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  /** How long Firefox may take to start and install the add-on. */
  timeoutMs?: number;
}

export interface RunningFirefox {
  browser: Browser;
  /** What web-ext and Firefox printed, for a failure message. */
  output(): string;
  close(): Promise<void>;
}

/**
 * `web-ext run --firefox <firefox-esr> --arg=--headless --arg=--remote-debugging-port=0 …` on a
 * copy of the build (so a rebuild during the run cannot change files under Firefox), in a profile
 * of its own, then puppeteer connected to Firefox's BiDi endpoint. `close` ends web-ext and
 * Firefox (their process group) and deletes the copy and the profile; it is safe to call twice.
 */
export async function startFirefox(options: StartOptions): Promise<RunningFirefox> {
  const work = mkdtempSync(join(tmpdir(), 'aftercare-lens-firefox-'));
  const extension = join(work, 'extension');
  cpSync(options.extensionDir, extension, { recursive: true });
  const geckoId = readManifest(extension).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  const prefs = {
    ...QUIET_FIREFOX_PREFS,
    ...options.prefs,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: options.uuid }),
  };
  const args = [
    WEB_EXT,
    'run',
    '--no-config-discovery',
    '--no-input',
    '--no-reload',
    '--verbose',
    `--source-dir=${extension}`,
    `--firefox=${FIREFOX_BINARY}`,
    `--firefox-profile=${join(work, 'profile')}`,
    '--profile-create-if-missing',
    '--keep-profile-changes',
    '--arg=--headless',
    '--arg=--remote-debugging-port=0',
    ...Object.entries(prefs).map(([key, value]) => `--pref=${key}=${prefValue(value)}`),
  ];
  let output = '';
  const child = spawn(process.execPath, args, {
    cwd: work,
    // A process group of its own: web-ext, Firefox and Firefox's content processes end together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MOZ_HEADLESS: '1',
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      NO_UPDATE_NOTIFIER: '1',
      ...options.env,
    },
  });
  const append = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const killOnExit = (): void => void killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let browser: Browser | null = null;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await browser?.disconnect().catch(() => undefined);
    await endGroup(child);
    process.removeListener('exit', killOnExit);
    rmSync(work, { recursive: true, force: true });
  };
  try {
    const endpoint = await waitForStart(child, () => output, options.timeoutMs ?? 60_000);
    browser = await puppeteer.connect({
      browserWSEndpoint: `${endpoint}/session`,
      protocol: 'webDriverBiDi',
      defaultViewport: null,
    });
  } catch (error) {
    await close();
    // web-ext retries its connection every few milliseconds while Firefox starts: leave that out.
    const tail = output
      .split('\n')
      .filter((line) => !/(Retrying|Connecting to) Firefox/.test(line))
      .join('\n')
      .slice(-4000);
    throw new Error(`${(error as Error).message}\n--- web-ext output (end) ---\n${tail}`, { cause: error });
  }
  const connected = browser;
  return { browser: connected, output: () => output, close };
}

/**
 * A value as `web-ext --pref` writes it into user.js: it puts strings between double quotes
 * without escaping them, so quotes and backslashes inside are escaped here.
 */
function prefValue(value: string | number | boolean): string {
  return typeof value === 'string' ? value.replace(/[\\"]/g, (c) => `\\${c}`) : String(value);
}

/** Resolves with Firefox's BiDi address once the add-on is installed; rejects if web-ext ends. */
function waitForStart(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const text = output();
      const endpoint = /WebDriver BiDi listening on (ws:\/\/[\w.:[\]-]+)/.exec(text)?.[1];
      if (endpoint && /Installed .* as a temporary add-on/.test(text)) finish(() => resolve(endpoint));
    };
    const exited = (code: number | null): void =>
      finish(() => reject(new Error(`web-ext ended before Firefox was ready (exit code ${code})`)));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`Firefox was not ready after ${timeoutMs} ms`))),
      timeoutMs,
    );
    const poll = setInterval(check, 100);
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      clearInterval(poll);
      child.removeListener('exit', exited);
      settle();
    };
    child.once('exit', exited);
    check();
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // The group is gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  return killGroup(child, 0);
}

/** SIGTERM to the group (web-ext then closes Firefox), SIGKILL to what is left after 10 s. */
async function endGroup(child: ChildProcess): Promise<void> {
  if (!killGroup(child, 'SIGTERM')) return;
  const deadline = Date.now() + 10_000;
  while (groupAlive(child) && Date.now() < deadline) await sleep(100);
  if (groupAlive(child)) killGroup(child, 'SIGKILL');
  while (groupAlive(child) && Date.now() < deadline + 5_000) await sleep(100);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns something other than undefined; throws `message()` (with the last
 * value seen) after `timeoutMs`.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  message: (last: unknown) => string,
  { timeoutMs = 30_000, intervalMs = 200 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${message(last)} (after ${timeoutMs} ms)`);
    await sleep(intervalMs);
  }
}

/**
 * The address a page is at, read in the page. Firefox's BiDi does not report navigations inside
 * moz-extension:// pages, so puppeteer's `page.url()` stays `about:blank` for a tab the extension
 * opened; the page itself knows.
 */
export async function pageHref(page: Page): Promise<string | null> {
  const href = page.evaluate(() => location.href).catch(() => null);
  return Promise.race([href, sleep(5_000).then(() => null)]);
}

/** The open page whose address passes `test`, waiting for it to appear. */
export async function findPage(
  browser: Browser,
  test: (href: string) => boolean,
  description: string,
  timeoutMs = 30_000,
): Promise<Page> {
  return waitFor(
    async () => {
      for (const page of await browser.pages()) {
        const href = await pageHref(page);
        if (href && test(href)) return page;
      }
      return undefined;
    },
    () => `no open page is ${description}`,
    { timeoutMs, intervalMs: 250 },
  );
}

/** The one BiDi command puppeteer's `setViewport` should have sent (see `setPageSize`). */
interface BidiConnection {
  send(method: 'browsingContext.setViewport', params: object): Promise<unknown>;
}

/**
 * Sizes a page's viewport with the one WebDriver BiDi command every Firefox with BiDi has
 * (`browsingContext.setViewport`). Not `page.setViewport`: puppeteer-core 25 sends
 * `emulation.setScreenOrientationOverride` with it, which Firefox 140 does not know, so the call
 * throws there although the size was applied.
 */
export async function setPageSize(
  browser: Browser,
  page: Page,
  width: number,
  height: number,
): Promise<void> {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!connection || !context) throw new Error('setPageSize needs a WebDriver BiDi page');
  await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
}

/**
 * Types a value into an input or a textarea as the browser's own `fill` would (value set, then `input` and
 * `change`), from one driver-evaluated call. Not puppeteer's `Locator.fill`: it first waits for
 * "enabled" with `waitForFunction`, which builds a `new Function` inside the page; an extension
 * page's CSP blocks that on Firefox 140 (newer versions exempt driver scripts), and the wait then
 * ran out with no word of why.
 */
export async function fillInput(page: Page, where: string, selector: string, value: string): Promise<void> {
  const input = await waitFor(
    () => page.$(selector).then((handle) => handle ?? undefined),
    () => `no element matches ${selector} on ${where} to type "${value}" into`,
  );
  const problem = await input.evaluate((element, text) => {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement))
      return `${element.nodeName} is not an input or a textarea`;
    if (element.disabled) return 'the input is disabled';
    element.focus();
    // The prototype's setter: a framework that wraps `value` still sees the change.
    const prototype =
      element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return element.value === text ? null : `the input holds "${element.value}" after the change`;
  }, value);
  if (problem) throw new Error(`could not type "${value}" into ${selector} on ${where}: ${problem}`);
}
