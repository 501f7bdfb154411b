import type { FamilyId } from '../../ingredients/family-schema';
import { formatUntil } from '../../window/format-until';
import { keyName, t } from '../i18n';
import type { Clock } from '../today/today-text';
import type { Verdict } from './popup-state';

export interface VerdictLineProps {
  verdict: Verdict;
  clock: Clock;
  onSetTreatment(): void;
}

const when = (date: Date, clock: Clock): string => formatUntil(date, clock.now, clock.locale, clock.timeZone);

function familyList(families: readonly FamilyId[]): string {
  return families.map((f) => t(keyName('family_', f))).join(', ');
}

/**
 * The answer first, in one line: "Not yet — avoid until Sun 6 Dec, 18:40 (in 4 days)", "Use with
 * care until …", "Fine for your skin now"; or, with no treatment set, the way to set one.
 */
export function VerdictLine({ verdict, clock, onSetTreatment }: VerdictLineProps) {
  switch (verdict.kind) {
    case 'set-date':
      return (
        <>
          <p class="verdict set-date">{t('popupNoTreatment')}</p>
          <div class="actions">
            <button type="button" onClick={onSetTreatment}>
              {t('popupSetTreatment')}
            </button>
          </div>
          {verdict.found.length > 0 && (
            <p class="note">
              {t('popupFoundNoTreatment')} {familyList(verdict.found)}
            </p>
          )}
        </>
      );
    case 'not-yet':
      return (
        <p class="verdict not-yet">
          {verdict.until && !verdict.untilCleared
            ? t('verdictNotYet', when(verdict.until, clock))
            : t('verdictNotYetCleared')}
        </p>
      );
    case 'care':
      return (
        <p class="verdict care">
          {verdict.until && !verdict.untilCleared
            ? t('verdictCare', when(verdict.until, clock))
            : t('verdictCareCleared')}
        </p>
      );
    case 'fine':
      return (
        <>
          <p class="verdict fine">{t('verdictFine')}</p>
          <p class="note">
            {verdict.why === 'clear'
              ? t('popupClear')
              : verdict.why === 'not-now'
                ? t('popupNotNowDetail')
                : `${t('popupWindowOver', verdict.clearSince ? when(verdict.clearSince, clock) : '')} ${t('popupWindowOverDetail')}`}
          </p>
        </>
      );
  }
}
