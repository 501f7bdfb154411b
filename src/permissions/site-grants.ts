import { browser } from 'wxt/browser';
import { type AddedSite, addedSites, LOADER_ID_PREFIX, loaderRegistrations } from './added-sites';

/**
 * The browser's host permissions, read and changed: the one list of the sites the user added,
 * whichever way they were added (the popup's "Always check this site", Chrome's site-access menu,
 * Firefox's extensions panel or add-on permissions) or removed (the same menus, the options page).
 */

/** The manifest's own page matches: the supported shops, where its loader runs already. */
export function manifestMatches(): string[] {
  const manifest = browser.runtime.getManifest();
  const hosts = 'host_permissions' in manifest ? (manifest.host_permissions ?? []) : [];
  const scripts = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set([...hosts, ...scripts])];
}

async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** The sites the user added, as the browser's host permissions say now. */
export async function currentAddedSites(): Promise<AddedSite[]> {
  return addedSites(await grantedOrigins(), manifestMatches());
}

/** Takes back the host access behind an added site; the loader's registration follows. */
export async function removeAddedSite(site: AddedSite): Promise<void> {
  await browser.permissions.remove({ origins: site.origins });
}

/** Calls `onChange` whenever the extension's permissions change; returns how to stop. */
export function watchSiteGrants(onChange: () => void): () => void {
  const listener = (): void => onChange();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const [x, y] = [[...a].sort(), [...b].sort()];
  return x.length === y.length && x.every((item, i) => item === y[i]);
}

/**
 * Makes the loader's dynamic registrations what the granted host permissions call for, now:
 * registers the missing ones, unregisters those whose host access is gone (or whose shape is
 * outdated). Both browsers need this at every start and not only on a permission event: Chrome
 * drops registered scripts when the extension updates, and a permission can change while the
 * extension is not running (Firefox's add-on manager, Chrome's site-access menu).
 */
export async function rebuildLoaderRegistrations(): Promise<void> {
  const wanted = loaderRegistrations(await grantedOrigins(), manifestMatches());
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(LOADER_ID_PREFIX),
  );
  const isWanted = (script: (typeof registered)[number]): boolean =>
    wanted.some(
      (want) =>
        want.id === script.id &&
        sameList(want.matches, script.matches) &&
        sameList(want.excludeMatches, script.excludeMatches),
    );
  const stale = registered.filter((script) => !isWanted(script));
  if (stale.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
  }
  const kept = new Set(registered.filter(isWanted).map((script) => script.id));
  const missing = wanted.filter((want) => !kept.has(want.id));
  if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
}
