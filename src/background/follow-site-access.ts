import { rebuildLoaderRegistrations, watchSiteGrants } from '../permissions/site-grants';

/**
 * Keeps the loader registered on exactly the sites the user added, as the browser's permissions
 * say: rebuilt when the worker starts and whenever a permission is added or removed, one rebuild
 * at a time (two at once would both register a missing script, and the second would fail).
 * The listeners are added synchronously, so a permission change wakes the worker.
 */
export function followSiteAccess(): void {
  let queue = Promise.resolve();
  const rebuild = (): void => {
    queue = queue.then(rebuildLoaderRegistrations).catch((error: unknown) => {
      if (import.meta.env.DEV)
        console.warn('Aftercare Lens: the loader registrations were not rebuilt', error);
    });
  };
  watchSiteGrants(rebuild);
  rebuild();
}
