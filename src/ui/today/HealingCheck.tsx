import { HEALING_CHECK_ITEMS } from '../../routine/plan-schema';
import type { WayBackStep } from '../../routine/way-back';
import { formatUntil } from '../../window/format-until';
import { type MessageKey, t } from '../i18n';
import { type Clock, familyName } from './today-text';

export interface HealingCheckProps {
  step: WayBackStep;
  /** From when skin that has not settled is for the clinic to see. */
  askClinicFrom: Date;
  clock: Clock;
  onAnswer(answer: 'yes' | 'not-yet'): void;
}

const ITEM_TEXT: Record<(typeof HEALING_CHECK_ITEMS)[number], MessageKey> = {
  'no-crusts': 'checkNoCrusts',
  'no-stinging': 'checkNoStinging',
  'redness-settled': 'checkRednessSettled',
};

/** When to call the clinic about skin that has not settled, in one line. */
export function askClinicText(askClinicFrom: Date, clock: Clock): string {
  return askClinicFrom > clock.now
    ? t('checkAskClinic', formatUntil(askClinicFrom, clock.now, clock.locale, clock.timeZone))
    : t('checkAskClinicNow');
}

/** Before a family comes back: three statements about the skin, "yes" or "not yet". */
export function HealingCheck({ step, askClinicFrom, clock, onAnswer }: HealingCheckProps) {
  const id = `check-${step.treatmentId}-${step.family}`;
  const family = familyName(step.family);
  return (
    <section class="card check-card" aria-labelledby={id}>
      <h2 id={id}>{t('checkHeading', family)}</h2>
      <p>{t('checkIntro', family)}</p>
      <ul class="check-items">
        {HEALING_CHECK_ITEMS.map((item) => (
          <li key={item}>{t(ITEM_TEXT[item])}</li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" onClick={() => onAnswer('yes')}>
          {t('checkYes')}
        </button>
        <button type="button" class="secondary" onClick={() => onAnswer('not-yet')}>
          {t('checkNotYet')}
        </button>
      </div>
      <p class="note">
        {askClinicText(askClinicFrom, clock)} {t('checkUrgent')}
      </p>
    </section>
  );
}
