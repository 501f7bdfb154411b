import type { LabelAnalysis } from '../../ingredients/analyze-label';
import type { ProductType } from '../../ingredients/family-schema';
import { productVerdict } from '../../verdict/product-verdict';
import { formatUntil } from '../../window/format-until';
import type { Settings } from '../../window/treatment';
import { keyName, t } from '../i18n';
import { Alternatives } from './Alternatives';
import { FlagList, TraceList } from './FlagList';

export interface VerdictViewProps {
  analysis: LabelAnalysis;
  productType: ProductType | null;
  settings: Settings;
  now: Date;
  locale: string;
  timeZone: string;
  /** Where the list was read ("sephora: ingredients panel"), or null for a pasted list. */
  source: string | null;
  pageUrl: string | null;
  onSetTreatment(): void;
}

/**
 * Where the list was read, for the patient: the shop's address and the part of the page
 * ("sephora.com, ingredients panel"), not the adapter's internal name.
 */
function sourceLabel(source: string, pageUrl: string | null): string {
  const where = source.includes(': ') ? source.slice(source.indexOf(': ') + 2) : source;
  let host = '';
  try {
    host = pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, '') : '';
  } catch {
    // A page address that is not a URL: name the part of the page only.
  }
  return host ? `${host}, ${where}` : where;
}

/** What a list means for the patient now: the same view for a product page and a pasted list. */
export function VerdictView(props: VerdictViewProps) {
  const { analysis, productType, settings, now, locale, timeZone } = props;
  const verdict = productVerdict({ analysis, productType }, settings, now);
  const readBy = props.source ? sourceLabel(props.source, props.pageUrl) : null;
  const listRead = (
    <details class="list-read">
      <summary>
        {readBy ? t('popupListRead', String(analysis.ingredients.length), readBy) : t('popupShowList')}
      </summary>
      <p>{analysis.ingredients.join(', ')}</p>
    </details>
  );
  switch (verdict.state) {
    case 'no-treatment': {
      const families = [...new Set(analysis.findings.filter((f) => !f.trace).map((f) => f.family))];
      return (
        <>
          <p class="lead">{t('popupNoTreatment')}</p>
          <button type="button" onClick={props.onSetTreatment}>
            {t('popupSetTreatment')}
          </button>
          {families.length > 0 && (
            <p class="note">
              {t('popupFoundNoTreatment')} {families.map((f) => t(keyName('family_', f))).join(', ')}
            </p>
          )}
          {listRead}
        </>
      );
    }
    case 'clear':
      return (
        <>
          <p class="lead clear">{t('popupClear')}</p>
          {listRead}
          <TraceList traces={verdict.traces} />
        </>
      );
    case 'not-now':
      return (
        <>
          <p class="lead clear">{t('popupNotNow')}</p>
          <p class="note">{t('popupNotNowDetail')}</p>
          {listRead}
        </>
      );
    case 'window-over':
      return (
        <>
          <p class="lead clear">
            {t(
              'popupWindowOver',
              verdict.clearSince ? formatUntil(verdict.clearSince, now, locale, timeZone) : '',
            )}
          </p>
          <p class="note">{t('popupWindowOverDetail')}</p>
          {listRead}
        </>
      );
    default: {
      const avoid = verdict.now.filter((f) => f.level === 'avoid');
      const caution = verdict.now.filter((f) => f.level === 'caution');
      return (
        <>
          <FlagList
            title={t('popupAvoidNow')}
            tone="avoid"
            families={avoid}
            now={now}
            locale={locale}
            timeZone={timeZone}
          />
          <FlagList
            title={t('popupCautionNow')}
            tone="caution"
            families={caution}
            now={now}
            locale={locale}
            timeZone={timeZone}
          />
          <TraceList traces={verdict.traces} />
          <Alternatives families={verdict.now} productType={productType} pageUrl={props.pageUrl} />
          {listRead}
        </>
      );
    }
  }
}
