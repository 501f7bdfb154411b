import { useEffect, useState } from 'preact/hooks';
import type { AddedSite } from '../../permissions/added-sites';
import { currentAddedSites, removeAddedSite, watchSiteGrants } from '../../permissions/site-grants';
import { t } from '../i18n';

export interface AddedSitesProps {
  /** Says what a removal did, in the page's status line. */
  onStatus: (message: string) => void;
}

/** How a site reads in the list: its host as plain text, or every website. */
export function siteName(site: AddedSite): string {
  if (site.host === '*') return t('addedSiteAll');
  return site.host.startsWith('*.') ? t('addedSiteWithSubdomains', site.host.slice(2)) : site.host;
}

/**
 * "Sites you added": the sites beyond the supported shops whose product pages are read, as the
 * browser's host permissions say (however they were granted), each with a button that takes the
 * access back. The list follows permission changes made anywhere while the page is open.
 */
export function AddedSites({ onStatus }: AddedSitesProps) {
  const [sites, setSites] = useState<AddedSite[] | null>(null);

  useEffect(() => {
    let current = true;
    const reload = (): void => {
      currentAddedSites().then(
        (next) => {
          if (current) setSites(next);
        },
        () => undefined,
      );
    };
    const unwatch = watchSiteGrants(reload);
    reload();
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  const remove = async (site: AddedSite): Promise<void> => {
    const name = siteName(site);
    try {
      await removeAddedSite(site);
      setSites(await currentAddedSites());
      onStatus(t('siteRemoved', name));
    } catch (error) {
      onStatus(t('siteRemoveFailed', name, error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <section class="settings added-sites" aria-labelledby="added-sites-title" aria-busy={sites === null}>
      <h2 id="added-sites-title">{t('addedSitesTitle')}</h2>
      {sites !== null &&
        (sites.length === 0 ? (
          <p class="note">{t('addedSitesEmpty')}</p>
        ) : (
          <>
            <p class="note">{t('addedSitesIntro')}</p>
            <ul>
              {sites.map((site) => (
                <li key={site.host}>
                  <span class="site">{siteName(site)}</span>{' '}
                  <button
                    type="button"
                    class="secondary"
                    aria-label={t('removeSiteNamed', siteName(site))}
                    onClick={() => void remove(site)}
                  >
                    {t('removeSite')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
