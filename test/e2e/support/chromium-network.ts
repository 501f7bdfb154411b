import type { BrowserContext, Request, Route } from 'playwright-core';
import { fixtureHtml, referencedUrls, withoutHash } from './shop-pages';

/**
 * Chromium (Playwright) only. Serves fixture pages under real shop addresses and records every
 * request the browser context sees, so a test can assert that the extension fetched nothing.
 */

/**
 * The fixture pages a test serves, by address. Every other http(s) request is aborted, so nothing
 * leaves the machine and a stray request fails fast instead of waiting on DNS.
 */
export class ShopRoutes {
  private readonly pages = new Map<string, { html: string; own: Set<string> }>();

  /** Registers one page; call before navigating to it. */
  serve(url: string, fixture: string): void {
    const html = fixtureHtml(fixture);
    this.pages.set(withoutHash(url), { html, own: referencedUrls(html, url) });
  }

  isServedPage(url: string): boolean {
    return this.pages.has(withoutHash(url));
  }

  /** Whether a served page's own markup names this address (its scripts, styles and images). */
  isReferencedBy(pageUrl: string, url: string): boolean {
    return this.pages.get(withoutHash(pageUrl))?.own.has(withoutHash(url)) ?? false;
  }

  async install(context: BrowserContext): Promise<void> {
    // Only http(s): the extension's own chrome-extension:// loads are left to the browser.
    await context.route(
      (url) => url.protocol === 'https:' || url.protocol === 'http:',
      (route: Route) => {
        const served = this.pages.get(withoutHash(route.request().url()));
        if (served && route.request().isNavigationRequest())
          return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.html });
        return route.abort('blockedbyclient');
      },
    );
  }
}

export type RequestSource = 'service-worker' | 'extension-page' | 'web-page' | 'unknown';

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  source: RequestSource;
  /** The document the request came from (for a navigation: the one being replaced). */
  frameUrl: string | null;
  navigation: boolean;
}

function sourceOf(request: Request): { source: RequestSource; frameUrl: string | null } {
  if (request.serviceWorker()) return { source: 'service-worker', frameUrl: null };
  let frameUrl: string | null = null;
  try {
    frameUrl = request.frame().url();
  } catch {
    // A request with neither frame nor service worker (a dedicated worker's): reported as unknown.
    return { source: 'unknown', frameUrl: null };
  }
  return { source: frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'web-page', frameUrl };
}

/**
 * Every request the context reports, from the moment it is attached: page documents and their
 * subresources, extension pages (popup, options), and the extension's service worker (Playwright
 * reports a Chromium service worker's own fetches with `request.serviceWorker()` set).
 *
 * Content-script requests: a content script runs in an isolated world of the shop page, and in
 * Chrome MV3 its `fetch`/XHR (and any `<img>`/`<script>` it inserts) go out on the page's behalf:
 * Playwright reports them as requests of the shop page's frame, not of the extension. They are
 * told apart from the page's own requests by what the page could have asked for: the fixture
 * pages make no requests of their own except the `src`/`href` addresses in their markup, so any
 * other request from a shop page (and any fetch/XHR at all) is counted as the content script's.
 * `test/e2e/chromium/network.e2e.ts` proves each of these paths is seen by firing a request from
 * the worker, from the popup and from the content script's own isolated world.
 */
export class NetworkLog {
  readonly requests: RecordedRequest[] = [];

  constructor(
    context: BrowserContext,
    private readonly routes: ShopRoutes,
    private readonly extensionId: () => string | null,
  ) {
    context.on('request', (request) => {
      this.requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
        navigation: request.isNavigationRequest(),
        ...sourceOf(request),
      });
    });
  }

  /** Whether a request is one the run is allowed to make: see `unexpected()`. */
  isExpected(r: RecordedRequest): boolean {
    const id = this.extensionId();
    // The extension loading its own files (scripts, styles, locale data).
    if (id && r.url.startsWith(`chrome-extension://${id}/`)) return true;
    if (r.source !== 'web-page' || !r.frameUrl) return false;
    // The test opening a shop page it serves.
    if (r.navigation && r.resourceType === 'document') return this.routes.isServedPage(r.url);
    // The served page loading what its own markup names (never fetch/XHR: the fixtures have no
    // scripts that make requests, so those could only be the content script's).
    return (
      !['fetch', 'xhr', 'eventsource', 'websocket', 'ping'].includes(r.resourceType) &&
      this.routes.isReferencedBy(r.frameUrl, r.url)
    );
  }

  /**
   * Requests other than the served shop pages (and what their own markup loads) and the
   * extension's `chrome-extension://` loads of its own files: none are expected.
   */
  unexpected(): RecordedRequest[] {
    return this.requests.filter((r) => !this.isExpected(r));
  }

  /** Requests made by the extension's service worker or its pages, to anywhere. */
  fromExtension(): RecordedRequest[] {
    return this.requests.filter((r) => r.source === 'service-worker' || r.source === 'extension-page');
  }
}
