import { useEffect, useRef, useState } from 'preact/hooks';
import type { TreatmentType } from '../../window/keys';
import type { Treatment } from '../../window/treatment';
import { t } from '../i18n';
import { newTreatment } from '../../window/treatment';
import { instantFromInput } from './treatment-edit';
import { TreatmentTypeOptions } from '../choice-options';

export interface NewTreatmentProps {
  id: string;
  timeZone: string;
  autoFocus: boolean;
  onCreate(treatment: Treatment): void;
}

/** The form for a first or another treatment: it is created as soon as its date and time are. */
export function NewTreatment({ id, timeZone, autoFocus, onCreate }: NewTreatmentProps) {
  const [type, setType] = useState<TreatmentType>('microneedling');
  const date = useRef<HTMLInputElement>(null);
  // `autofocus` is honoured only on page load; the form may appear later ("Add a treatment").
  useEffect(() => {
    if (autoFocus) date.current?.focus();
  }, [autoFocus]);
  return (
    <section class="treatment new" aria-labelledby="new-treatment-title">
      <h2 id="new-treatment-title">{t('newTreatment')}</h2>
      <div class="fields">
        <label>
          {t('performedAt')}
          <input
            ref={date}
            type="datetime-local"
            required
            onChange={(e) => {
              const at = instantFromInput(e.currentTarget.value, timeZone);
              if (at) onCreate(newTreatment(id, at, timeZone, type));
            }}
          />
        </label>
        <label>
          {t('treatmentType')}
          <select value={type} onChange={(e) => setType(e.currentTarget.value as TreatmentType)}>
            <TreatmentTypeOptions />
          </select>
        </label>
      </div>
    </section>
  );
}
