import type { WayBackChoice } from '../../routine/choice';
import { LIMITS, type StepFamily } from '../../routine/plan-schema';
import { effectivePlan, presetPlan } from '../../routine/plans';
import type { Treatment } from '../../window/treatment';
import { planWhy } from '../../i18n/core-text';
import { t, words } from '../i18n';
import { familyName } from '../today/today-text';

export interface WayBackEditorProps {
  treatment: Treatment;
  idPrefix: string;
  /** The new choice; undefined to follow the preset's plan again. */
  onChange(choice: WayBackChoice | undefined): void;
}

type Field = 'spacingDays' | 'eveningsPerWeek' | 'rampDays';

const FIELDS: { field: Field; label: 'wayBackSpacing' | 'wayBackEvenings' | 'wayBackRampDays' }[] = [
  { field: 'spacingDays', label: 'wayBackSpacing' },
  { field: 'eveningsPerWeek', label: 'wayBackEvenings' },
  { field: 'rampDays', label: 'wayBackRampDays' },
];

/**
 * The way back for one treatment, as the patient or their clinician wants it: on or off, the
 * days between steps, the pace at first and for how long, and the order of the families.
 */
export function WayBackEditor({ treatment, idPrefix, onChange }: WayBackEditorProps) {
  const shipped = presetPlan(treatment.preset);
  const choice = treatment.wayBack;
  const plan = effectivePlan(treatment);
  const set = (patch: Partial<WayBackChoice>): void => onChange({ enabled: true, ...choice, ...patch });
  const order: readonly StepFamily[] = plan?.order ?? shipped.order;
  const earlier = (index: number): void => {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index - 1, 0, moved);
    set({ order: next });
  };
  return (
    <fieldset class="way-back-editor">
      <legend>{t('wayBackTitle')}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={plan !== null}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />
        {t('wayBackSwitch')}
      </label>
      {plan ? (
        <>
          <div class="fields">
            {FIELDS.map(({ field, label }) => (
              <label key={field}>
                {t(label)}
                <input
                  type="number"
                  min={LIMITS[field].min}
                  max={LIMITS[field].max}
                  step={1}
                  value={plan[field]}
                  onChange={(e) => {
                    const value = Number(e.currentTarget.value);
                    if (Number.isInteger(value) && value >= LIMITS[field].min && value <= LIMITS[field].max)
                      set({ [field]: value });
                  }}
                />
              </label>
            ))}
          </div>
          <p class="order-label" id={`${idPrefix}-order`}>
            {t('wayBackOrder')}
          </p>
          <ol class="order" aria-labelledby={`${idPrefix}-order`}>
            {order.map((family, index) => (
              <li key={family}>
                {familyName(family)}
                {index > 0 && (
                  <button type="button" class="link" onClick={() => earlier(index)}>
                    {t('wayBackEarlier')}
                    <span class="visually-hidden">: {familyName(family)}</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
          {plan.changed && (
            <button type="button" class="secondary" onClick={() => onChange(undefined)}>
              {t('wayBackReset')}
            </button>
          )}
          <p class="note">{planWhy(words, treatment.preset)}</p>
        </>
      ) : (
        <p class="note">{t('wayBackOffNote')}</p>
      )}
    </fieldset>
  );
}
