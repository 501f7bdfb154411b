import { useState } from 'preact/hooks';
import { nameKey } from '../../ingredients/name-key';
import { formatUntil } from '../../window/format-until';
import {
  type AvoidName,
  MAX_AVOID_NAMES,
  NAME_LENGTH,
  type Settings,
  type Treatment,
} from '../../window/treatment';
import { avoidNameStatus } from '../../window/window-status';
import { WindowPicker } from '../clinic/WindowPicker';
import { t } from '../i18n';

export interface AvoidListEditorProps {
  treatment: Treatment;
  settings: Settings;
  now: Date;
  locale: string;
  timeZone: string;
  idPrefix: string;
  onChange(avoidNames: AvoidName[]): void;
}

/**
 * The treatment's own names to avoid: the clinic's (from its protocol) and the patient's, each
 * with its window and where it stands now. Names are matched on product pages like the families.
 */
export function AvoidListEditor(props: AvoidListEditorProps) {
  const { treatment, settings, now, locale, timeZone, idPrefix, onChange } = props;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const names = treatment.avoidNames ?? [];
  const replace = (index: number, entry: AvoidName | null): void =>
    onChange(entry ? names.map((x, i) => (i === index ? entry : x)) : names.filter((_, i) => i !== index));
  const statusText = (entry: AvoidName): string => {
    if (entry.window.kind === 'off') return t('statusOff');
    const status = avoidNameStatus(settings, nameKey(entry.name), now);
    if (status.untilCleared) return t('statusUntilCleared');
    if (status.avoidNow && status.until)
      return t('statusAvoidUntil', formatUntil(status.until, now, locale, timeZone));
    if (status.endedAt) return t('statusClearSince', formatUntil(status.endedAt, now, locale, timeZone));
    return '';
  };
  const id = `${idPrefix}-avoid`;
  return (
    <section class="avoid-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('avoidListTitle')}</h3>
      <p class="note">{t('avoidListIntro')}</p>
      {names.length > 0 && (
        <ul>
          {names.map((entry, index) => (
            <li key={`${entry.from}:${entry.name}`}>
              <strong>{entry.name}</strong>
              {entry.from === 'clinic' && (
                <span class="from">
                  {' '}
                  · {t('avoidFromClinic', treatment.clinic?.name ?? t('avoidAClinic'))}
                </span>
              )}{' '}
              <WindowPicker
                id={`${id}-${index}`}
                label={entry.name}
                value={entry.window}
                onChange={(window) => replace(index, { ...entry, window })}
              />{' '}
              <span class="status" aria-live="polite">
                {statusText(entry)}
              </span>{' '}
              <button type="button" class="link" onClick={() => replace(index, null)}>
                {t('avoidRemove', entry.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-name"
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          if (names.some((x) => nameKey(x.name) === nameKey(trimmed)))
            return setProblem(t('avoidAlready', trimmed));
          if (names.length >= MAX_AVOID_NAMES) return setProblem(t('avoidTooMany', String(MAX_AVOID_NAMES)));
          setProblem('');
          setName('');
          onChange([...names, { name: trimmed, window: { kind: 'days', days: 7 }, from: 'patient' }]);
        }}
      >
        <label for={`${id}-new`}>{t('avoidAddLabel')}</label>
        <input
          id={`${id}-new`}
          type="text"
          maxLength={NAME_LENGTH}
          value={name}
          placeholder={t('avoidAddPlaceholder')}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit">{t('avoidAdd')}</button>
        {problem && (
          <p class="note" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
