import { planOrderWhy, planWhy } from '../../i18n/core-text';
import type { TreatmentWayBack } from '../../routine/way-back';
import type { Treatment } from '../../window/treatment';
import { keyName, t, tn, words } from '../i18n';
import { askClinicText } from './HealingCheck';
import { type Clock, stepText } from './today-text';

export interface WayBackListProps {
  plan: TreatmentWayBack;
  treatment: Treatment;
  /** More than one treatment has a way back: name whose this one is. */
  named: boolean;
  clock: Clock;
  onChange(): void;
}

/** One treatment's way back: each step with its date, the pace, why, and where to change it. */
export function WayBackList({ plan, treatment, named, clock, onChange }: WayBackListProps) {
  const id = `way-back-${plan.treatmentId}`;
  const waiting = plan.steps.find((s) => s.state === 'waiting' && s.notYet > 0 && !s.afterCheck);
  return (
    <section class="card way-back" aria-labelledby={id}>
      <h2 id={id}>
        {named ? t('wayBackAfter', t(keyName('treatmentType_', treatment.type))) : t('wayBackTitle')}
      </h2>
      <p>
        {t(
          'wayBackIntro',
          tn('introDays', plan.plan.spacingDays),
          tn('introEvenings', plan.plan.eveningsPerWeek),
          tn('introDays', plan.plan.rampDays),
        )}
      </p>
      <ol class="steps">
        {plan.steps.map((step) => (
          <li key={step.family} class={`step ${step.state}`}>
            {stepText(step, clock)}
          </li>
        ))}
      </ol>
      {waiting && (
        <p class="note" role="status">
          {t('checkNotYetDone', stepText(waiting, clock))} {askClinicText(plan.askClinicFrom, clock)}{' '}
          {t('checkUrgent')}
        </p>
      )}
      <details class="why">
        <summary>{t('wayBackWhy')}</summary>
        <p>{planOrderWhy(words)}</p>
        <p>{planWhy(words, treatment.preset)}</p>
        {plan.plan.changed && <p>{t('wayBackChanged')}</p>}
      </details>
      <button type="button" class="link" onClick={onChange}>
        {t('wayBackChange')}
      </button>
    </section>
  );
}
