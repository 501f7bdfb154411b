import { WINDOW_KEYS, type TreatmentType } from '../../window/keys';
import { presetById, presetsForType } from '../../window/presets';
import type { PresetId } from '../../window/preset-schema';
import type { Settings, Treatment } from '../../window/treatment';
import { presetLabel, presetWhy } from '../../i18n/core-text';
import { keyName, t, words } from '../i18n';
import {
  inputValue,
  instantFromInput,
  treatmentStatus,
  withDepth,
  withOverride,
  withTime,
  withType,
} from './treatment-edit';
import { AvoidListEditor } from './AvoidListEditor';
import { WayBackEditor } from './WayBackEditor';
import { WindowRow } from './WindowRow';
import { TreatmentTypeOptions } from '../choice-options';

export interface TreatmentEditorProps {
  treatment: Treatment;
  settings: Settings;
  now: Date;
  locale: string;
  /** The browser's zone: new times are entered on this clock. */
  timeZone: string;
  autoFocusDate?: boolean;
  onChange(treatment: Treatment): void;
  onRemove(): void;
}

/** One treatment: type, depth, date and time, preset, and every window with its status. */
export function TreatmentEditor(props: TreatmentEditorProps) {
  const { treatment, settings, now, locale, timeZone, onChange } = props;
  const id = `treatment-${treatment.id}`;
  const preset = presetById(treatment.preset);
  const status = treatmentStatus(settings, treatment, now);
  return (
    <section class="treatment" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(keyName('treatmentType_', treatment.type))}</h2>
      {treatment.clinic && <p class="from-clinic">{t('fromYourClinic', treatment.clinic.name)}</p>}
      <div class="fields">
        <label>
          {t('performedAt')}
          <input
            type="datetime-local"
            value={inputValue(treatment)}
            autoFocus={props.autoFocusDate}
            required
            onChange={(e) => {
              const at = instantFromInput(e.currentTarget.value, timeZone);
              if (at) onChange(withTime(treatment, at, timeZone));
            }}
          />
        </label>
        <label>
          {t('treatmentType')}
          <select
            value={treatment.type}
            onChange={(e) => onChange(withType(treatment, e.currentTarget.value as TreatmentType))}
          >
            <TreatmentTypeOptions />
          </select>
        </label>
        {treatment.type === 'microneedling' && (
          <label>
            {t('depth')}
            <input
              type="number"
              min={0.1}
              max={10}
              step={0.05}
              value={treatment.depthMm ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value === '' ? null : Number(e.currentTarget.value);
                if (value === null || (value > 0 && value <= 10)) onChange(withDepth(treatment, value));
              }}
            />
          </label>
        )}
        <label>
          {t('preset')}
          <select
            value={treatment.preset}
            onChange={(e) => onChange({ ...treatment, preset: e.currentTarget.value as PresetId })}
          >
            {presetsForType(treatment.type).map((p) => (
              <option key={p.id} value={p.id}>
                {presetLabel(words, p.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {treatment.timeZone !== timeZone && <p class="note">{t('enteredInZone', treatment.timeZone)}</p>}
      <p class="note">{presetWhy(words, preset.id)}</p>
      <table class="windows">
        <caption>{t('windowsHeading')}</caption>
        <tbody>
          {WINDOW_KEYS.map((key) => (
            <WindowRow
              key={key}
              windowKey={key}
              preset={preset.windows[key]}
              override={treatment.overrides[key] ?? null}
              status={status[key]}
              now={now}
              locale={locale}
              timeZone={timeZone}
              idPrefix={id}
              onChange={(setting) => onChange(withOverride(treatment, key, setting))}
            />
          ))}
        </tbody>
      </table>
      <AvoidListEditor
        treatment={treatment}
        settings={settings}
        now={now}
        locale={locale}
        timeZone={timeZone}
        idPrefix={id}
        onChange={(avoidNames) => {
          const { avoidNames: _previous, ...rest } = treatment;
          onChange(avoidNames.length ? { ...rest, avoidNames } : rest);
        }}
      />
      <WayBackEditor
        treatment={treatment}
        idPrefix={id}
        onChange={(wayBack) => {
          const { wayBack: _previous, ...rest } = treatment;
          onChange(wayBack ? { ...rest, wayBack } : rest);
        }}
      />
      <button type="button" class="secondary" onClick={props.onRemove}>
        {t('removeTreatment')}
      </button>
    </section>
  );
}
