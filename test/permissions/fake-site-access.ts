import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shopMatches } from '../../src/extract/sites/shops';
import { installFakeContextMenus } from '../background/fake-context-menus';

/**
 * What WXT's fake browser lacks for site access: `permissions` (with its events), `scripting`'s
 * content-script registrations and `runtime.getManifest`. It behaves as Chromium 150 and Firefox
 * 140 ESR were seen to with the built extension: getAll reports the manifest's hosts with the
 * granted ones; registrations come back as they were given; a duplicate or unknown id, or a
 * pattern without a path, is an error; required permissions cannot be removed. Page matching is
 * its own (a regular expression per pattern), not the extension's.
 */

type Permissions = { origins?: string[]; permissions?: string[] };
type Listener = (permissions: Permissions) => unknown;

interface Registration {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

class FakeEvent {
  private readonly listeners = new Set<Listener>();
  addListener = (listener: Listener): void => void this.listeners.add(listener);
  removeListener = (listener: Listener): void => void this.listeners.delete(listener);
  hasListener = (listener: Listener): boolean => this.listeners.has(listener);
  hasListeners = (): boolean => this.listeners.size > 0;
  async fire(permissions: Permissions): Promise<void> {
    await Promise.all([...this.listeners].map((listener) => listener(permissions)));
  }
}

/** The manifest's content script and host permissions: the supported shops, as built. */
export const SHOP_MATCHES = shopMatches();
const LOADER = 'loader.js';

/** Whether a page address is one a match pattern names. */
export function patternMatchesUrl(pattern: string, url: string): boolean {
  const page = new URL(url);
  if (pattern === '<all_urls>') return ['http:', 'https:', 'file:', 'ftp:'].includes(page.protocol);
  const parts = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Invalid match pattern ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parts;
  const schemeOk =
    scheme === '*' ? ['http:', 'https:'].includes(page.protocol) : page.protocol === `${scheme}:`;
  const hostOk =
    host === '*' ||
    host === page.hostname ||
    (host.startsWith('*.') && (page.hostname === host.slice(2) || page.hostname.endsWith(host.slice(1))));
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && glob.test(page.pathname + page.search);
}

export interface FakeSiteAccess {
  /** The granted host permissions beyond the manifest's, in the order granted. */
  granted(): string[];
  /** The user grants hosts in the browser's own menu (or accepts a request): onAdded fires. */
  grant(...origins: string[]): Promise<void>;
  /** The user revokes hosts in the browser's own menu: onRemoved fires. */
  revoke(...origins: string[]): Promise<void>;
  /** Whether `permissions.request` is accepted. */
  answerRequests(accept: boolean): void;
  /** The registered content scripts, as `getRegisteredContentScripts` returns them. */
  registered(): Registration[];
  /** Whether anything listens to permission changes. */
  listening(): boolean;
  /**
   * How many copies of the loader are set to run on a page: the manifest's content script and the
   * registrations (the browser also wants host access before it injects one).
   */
  loadersOn(url: string): number;
}

/**
 * Installs the fake on `fakeBrowser` (call after `fakeBrowser.reset()`). `granted` and `registered`
 * are the state the browser kept from before the extension (or its worker) started.
 */
export function installFakeSiteAccess({
  granted = [] as string[],
  registered = [] as Registration[],
} = {}): FakeSiteAccess {
  // The background these tests start also registers its context menu.
  installFakeContextMenus();
  let origins = [...granted];
  let scripts = registered.map((script) => structuredClone(script));
  let accept = true;
  const onAdded = new FakeEvent();
  const onRemoved = new FakeEvent();

  const add = async (wanted: string[]): Promise<void> => {
    const added = wanted.filter((origin) => !origins.includes(origin) && !SHOP_MATCHES.includes(origin));
    origins = [...origins, ...added];
    if (added.length > 0) await onAdded.fire({ origins: added, permissions: [] });
  };
  const remove = async (wanted: string[]): Promise<boolean> => {
    if (wanted.some((origin) => SHOP_MATCHES.includes(origin)))
      throw new Error('You cannot remove required permissions.');
    const removed = wanted.filter((origin) => origins.includes(origin));
    origins = origins.filter((origin) => !removed.includes(origin));
    if (removed.length > 0) await onRemoved.fire({ origins: removed, permissions: [] });
    return true;
  };

  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({
      origins: [...SHOP_MATCHES, ...origins],
      permissions: ['activeTab', 'alarms', 'storage', 'scripting'],
    }),
    contains: async ({ origins: asked = [] }: Permissions) =>
      asked.every((origin) => SHOP_MATCHES.includes(origin) || origins.includes(origin)),
    request: async ({ origins: asked = [] }: Permissions) => {
      if (!accept) return false;
      await add(asked);
      return true;
    },
    remove: async ({ origins: asked = [] }: Permissions) => remove(asked),
    onAdded,
    onRemoved,
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      scripts.filter((script) => !ids || ids.includes(script.id)).map((script) => structuredClone(script)),
    registerContentScripts: async (added: Registration[]) => {
      const ids = [...scripts, ...added].map((script) => script.id);
      const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
      if (duplicate) throw new Error(`Duplicate script ID '${duplicate}'`);
      for (const script of added) {
        for (const pattern of [...(script.matches ?? []), ...(script.excludeMatches ?? [])]) {
          if (!/^[^:]+:\/\/[^/]*\//.test(pattern) && pattern !== '<all_urls>')
            throw new Error(`Script with ID '${script.id}' has invalid value for matches: Empty path.`);
        }
      }
      scripts = [...scripts, ...added.map((script) => structuredClone(script))];
    },
    unregisterContentScripts: async ({ ids }: { ids?: string[] } = {}) => {
      const unknown = ids?.find((id) => !scripts.some((script) => script.id === id));
      if (unknown) throw new Error(`Nonexistent script ID '${unknown}'`);
      scripts = ids ? scripts.filter((script) => !ids.includes(script.id)) : [];
    },
  });
  fakeBrowser.runtime.getManifest = () => ({
    manifest_version: 3,
    name: 'Aftercare Lens',
    version: '0.1.0',
    host_permissions: SHOP_MATCHES,
    optional_host_permissions: ['<all_urls>'],
    content_scripts: [{ matches: SHOP_MATCHES, js: [LOADER], run_at: 'document_idle' }],
  });

  return {
    granted: () => [...origins],
    grant: (...wanted) => add(wanted),
    revoke: async (...wanted) => void (await remove(wanted)),
    answerRequests: (value) => {
      accept = value;
    },
    registered: () => scripts.map((script) => structuredClone(script)),
    listening: () => onAdded.hasListeners() || onRemoved.hasListeners(),
    loadersOn: (url) => {
      const fromManifest = SHOP_MATCHES.some((pattern) => patternMatchesUrl(pattern, url)) ? 1 : 0;
      const fromRegistrations = scripts.filter(
        (script) =>
          script.js?.includes(LOADER) &&
          (script.matches ?? []).some((pattern) => patternMatchesUrl(pattern, url)) &&
          !(script.excludeMatches ?? []).some((pattern) => patternMatchesUrl(pattern, url)),
      ).length;
      return fromManifest + fromRegistrations;
    },
  };
}
