import { TREATMENT_TYPES } from '../window/keys';
import { keyName, t } from './i18n';

/** The treatment types as a select's options, in the patient's language. */
export function TreatmentTypeOptions() {
  return (
    <>
      {TREATMENT_TYPES.map((value) => (
        <option key={value} value={value}>
          {t(keyName('treatmentType_', value))}
        </option>
      ))}
    </>
  );
}

/** The kinds of window a select offers: days, hours, until cleared, off. */
export function WindowKindOptions() {
  return (
    <>
      <option value="days">{t('windowDays')}</option>
      <option value="hours">{t('windowHours')}</option>
      <option value="until-cleared">{t('windowUntilCleared')}</option>
      <option value="off">{t('windowOff')}</option>
    </>
  );
}
