import { GROUPS, nextChange, todayModel } from '../../routine/today';
import type { OwnedProduct } from '../../routine/product';
import { formatUntil } from '../../window/format-until';
import type { Settings } from '../../window/treatment';
import { t } from '../i18n';
import { changeText, type Clock, GROUP_TITLE, reasonText } from './today-text';

export interface TodaySummaryProps {
  products: readonly OwnedProduct[];
  settings: Settings;
  clock: Clock;
  openToday(): void;
}

/** Today in the popup, where the tab is not a product page: the groups in short, and the next change. */
export function TodaySummary({ products, settings, clock, openToday }: TodaySummaryProps) {
  const model = todayModel(products, settings, clock.now);
  const next = nextChange(products, settings, clock.now);
  return (
    <section class="today-summary" aria-labelledby="today-summary">
      <h2 id="today-summary">{t('popupTodayHeading')}</h2>
      {products.length === 0 ? (
        <p class="note">{t('todayNoProducts')}</p>
      ) : (
        <>
          {next && (
            <p class="note">
              {formatUntil(next.at, clock.now, clock.locale, clock.timeZone)}
              {t('separator')}
              {changeText(next)}
            </p>
          )}
          {model.checks.length > 0 && <p class="note">{t('popupCheckDue')}</p>}
          <ul>
            {GROUPS.filter((g) => model.groups[g].length > 0).map((group) => (
              <li key={group} class={`summary-group ${group}`}>
                <strong>{t(GROUP_TITLE[group])}:</strong>{' '}
                {model.groups[group]
                  .map((entry) =>
                    entry.reasons[0]
                      ? `${entry.product.name} (${reasonText(entry.reasons[0], clock)})`
                      : entry.product.name,
                  )
                  .join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="link" onClick={openToday}>
        {t('openToday')}
      </button>
    </section>
  );
}
