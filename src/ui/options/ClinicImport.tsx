import { useState } from 'preact/hooks';
import { withProtocol } from '../../clinic/apply-protocol';
import { readProtocol } from '../../clinic/protocol-code';
import { formatUntil } from '../../window/format-until';
import { newTreatment, parseInstant, type Settings } from '../../window/treatment';
import { problemText } from '../clinic/problem-text';
import { keyName, t } from '../i18n';
import { OpenJsonFile } from '../OpenJsonFile';
import { freshId, instantFromInput } from './treatment-edit';

export interface ClinicImportProps {
  settings: Settings;
  now: Date;
  locale: string;
  timeZone: string;
  onApply(settings: Settings): void;
}

const NEW = 'new';

/**
 * "From your clinic": a protocol code pasted, or a protocol file opened, applied to one of the
 * patient's treatments or to a new one. Read here, in the page; a code that cannot be read
 * changes nothing and says why.
 */
export function ClinicImport({ settings, now, locale, timeZone, onApply }: ClinicImportProps) {
  const [code, setCode] = useState('');
  // Until the patient picks one: the latest treatment, as the settings are now (they may load or
  // change after this form is shown).
  const [target, setTarget] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen =
    target === NEW || settings.treatments.some((x) => x.id === target)
      ? (target ?? NEW)
      : (settings.treatments.at(-1)?.id ?? NEW);

  const apply = async (text: string): Promise<void> => {
    const read = await readProtocol(text);
    if (!read.ok) return setResult({ ok: false, text: t('protocolRefused', problemText(read.problem)) });
    let base = settings.treatments.find((x) => x.id === chosen);
    if (!base) {
      const at = instantFromInput(when, timeZone);
      if (!at) return setResult({ ok: false, text: t('protocolNeedsDate') });
      base = newTreatment(freshId(settings.treatments, now), at, timeZone, read.protocol.treatment.type);
    }
    const applied = withProtocol(base, read.protocol);
    const exists = settings.treatments.some((x) => x.id === applied.id);
    onApply({
      ...settings,
      treatments: exists
        ? settings.treatments.map((x) => (x.id === applied.id ? applied : x))
        : [...settings.treatments, applied],
    });
    setCode('');
    setResult({ ok: true, text: t('protocolApplied', read.protocol.clinic.name) });
  };

  return (
    <section class="clinic-import" aria-labelledby="clinic-import-title">
      <h2 id="clinic-import-title">{t('clinicImportTitle')}</h2>
      <p class="note">{t('clinicImportIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void apply(code);
        }}
      >
        <label for="protocol-code">{t('clinicCodeLabel')}</label>
        <textarea
          id="protocol-code"
          rows={3}
          spellcheck={false}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <div class="fields">
          <label>
            {t('clinicApplyTo')}
            <select id="protocol-target" value={chosen} onChange={(e) => setTarget(e.currentTarget.value)}>
              {settings.treatments.map((x) => {
                const at = parseInstant(x.performedAt);
                return (
                  <option key={x.id} value={x.id}>
                    {t(keyName('treatmentType_', x.type))}
                    {at ? `, ${formatUntil(at, now, locale, timeZone)}` : ''}
                  </option>
                );
              })}
              <option value={NEW}>{t('clinicNewTreatment')}</option>
            </select>
          </label>
          {chosen === NEW && (
            <label>
              {/* Its own words: the new-treatment form above has "Date and time" already. */}
              {t('clinicNewTreatmentWhen')}
              <input type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
            </label>
          )}
        </div>
        <div class="actions">
          <button type="submit">{t('clinicApplyCode')}</button>
          <OpenJsonFile label={t('clinicOpenFile')} onText={apply} />
        </div>
      </form>
      {result && (
        <p class={result.ok ? 'note done' : 'problem-text'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <p>
        <a href="/clinic.html">{t('forClinics')}</a>
      </p>
    </section>
  );
}
