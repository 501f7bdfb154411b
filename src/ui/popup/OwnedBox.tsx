import { useState } from 'preact/hooks';
import type { PageScan } from '../../extract/page-scan';
import { type OwnedProduct, ownedProductFor } from '../../routine/product';
import { ownedStatus } from '../../routine/today';
import type { Settings } from '../../window/treatment';
import { errorText, t } from '../i18n';
import { type Clock, GROUP_TITLE, reasonText } from '../today/today-text';

export interface OwnedBoxProps {
  scan: PageScan;
  products: readonly OwnedProduct[];
  settings: Settings;
  clock: Clock;
  /** Saves the page's product to "My products". */
  onSave(): Promise<void>;
  openToday(): void;
}

/**
 * On a product page: "I have this", or, for a product the patient already saved (the same page,
 * or the same list), that they have it and where it stands today.
 */
export function OwnedBox({ scan, products, settings, clock, onSave, openToday }: OwnedBoxProps) {
  const [problem, setProblem] = useState('');
  const owned = ownedProductFor(products, scan);
  if (!owned) {
    return (
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void onSave().then(
              () => setProblem(''),
              (error: unknown) => setProblem(errorText(error)),
            )
          }
        >
          {t('popupIHaveThis')}
        </button>
        {problem && (
          <p class="note" role="alert">
            {t('saveFailed', problem)}
          </p>
        )}
      </div>
    );
  }
  const status = ownedStatus(owned, products, settings, clock.now);
  const reason = status.reasons[0];
  return (
    <section class={`owned ${status.group}`} aria-labelledby="owned-title">
      <h2 id="owned-title">{t('popupOwnedTitle')}</h2>
      <p role="status">{t('popupOwned', owned.name)}</p>
      <p>
        <strong>{t(GROUP_TITLE[status.group])}</strong>
        {reason ? `${t('separator')}${reasonText(reason, clock)}` : ''}
      </p>
      <button type="button" class="link" onClick={openToday}>
        {t('openToday')}
      </button>
    </section>
  );
}
