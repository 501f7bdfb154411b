import { useEffect, useState } from 'preact/hooks';
import { protocolFromPreset, protocolWindow } from '../../clinic/apply-protocol';
import { checkProtocol, protocolCode, protocolJson } from '../../clinic/protocol-code';
import { MAX_PROTOCOL_NAMES, MAX_WHEN_TO_CALL, type Protocol } from '../../clinic/protocol-schema';
import { WINDOW_KEYS, type TreatmentType } from '../../window/keys';
import { presetFor, presetsForType } from '../../window/presets';
import type { PresetId } from '../../window/preset-schema';
import type { Treatment } from '../../window/treatment';
import { presetLabel } from '../../i18n/core-text';
import { keyName, t, words } from '../i18n';
import { WayBackEditor } from '../options/WayBackEditor';
import { PrintableSheet } from './PrintableSheet';
import { problemText } from './problem-text';
import { WindowPicker } from './WindowPicker';
import { TreatmentTypeOptions } from '../choice-options';

export interface ProtocolEditorProps {
  /** Saves a file; the page passes a download, tests a spy. */
  save(name: string, text: string): void;
  print(): void;
  copy(text: string): Promise<void>;
}

/** The way-back editor works on a treatment: the protocol's fields as one. */
function asTreatment(protocol: Protocol): Treatment {
  const { type, depthMm } = protocol.treatment;
  return {
    id: 'protocol',
    type,
    depthMm: depthMm ?? null,
    performedAt: '2026-01-01T00:00:00Z',
    timeZone: 'UTC',
    preset: protocol.treatment.preset ?? presetFor(type, depthMm ?? null).id,
    overrides: {},
    ...(protocol.wayBack ? { wayBack: protocol.wayBack } : {}),
  };
}

/**
 * The clinic's protocol editor: the same fields the patient imports, starting from the presets,
 * with the file, the code and a printable sheet. Everything stays in this page.
 */
export function ProtocolEditor({ save, print, copy }: ProtocolEditorProps) {
  const [draft, setDraft] = useState<Protocol>(() => protocolFromPreset('microneedling', null));
  const [newName, setNewName] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const checked = checkProtocol(draft);
  useEffect(() => {
    let current = true;
    if (checked.ok) void protocolCode(checked.protocol).then((made) => current && setCode(made));
    else setCode('');
    return () => {
      current = false;
    };
  }, [JSON.stringify(draft)]);

  const { type, depthMm } = draft.treatment;
  const presetId: PresetId = draft.treatment.preset ?? presetFor(type, depthMm ?? null).id;
  const restart = (nextType: TreatmentType, depth: number | null, preset?: PresetId): void => {
    const fresh = protocolFromPreset(nextType, depth);
    const chosen = preset ?? fresh.treatment.preset;
    setDraft({
      ...draft,
      treatment: { ...fresh.treatment, ...(chosen ? { preset: chosen } : {}) },
      windows: { ...presetsForType(nextType).find((p) => p.id === chosen)?.windows },
      wayBack: undefined,
    });
  };
  const clean = (protocol: Protocol): Protocol => {
    const { wayBack, notes, ...rest } = protocol;
    return { ...rest, ...(wayBack ? { wayBack } : {}), ...(notes ? { notes } : {}) } as Protocol;
  };

  return (
    <main class="editor">
      <header class="no-print">
        <p class="app">{t('extName')}</p>
        <h1>{t('editorTitle')}</h1>
        <p>{t('editorIntro')}</p>
      </header>
      <form class="no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('editorClinic')}</legend>
          <div class="fields">
            <label>
              {t('editorClinicName')}
              <input
                id="clinic-name"
                type="text"
                required
                maxLength={100}
                value={draft.clinic.name}
                onInput={(e) =>
                  setDraft({ ...draft, clinic: { ...draft.clinic, name: e.currentTarget.value } })
                }
              />
            </label>
            <label>
              {t('editorClinicPhone')}
              <input
                id="clinic-phone"
                type="tel"
                maxLength={30}
                value={draft.clinic.phone ?? ''}
                onInput={(e) => {
                  const phone = e.currentTarget.value;
                  const { phone: _old, ...clinic } = draft.clinic;
                  setDraft({ ...draft, clinic: phone ? { ...clinic, phone } : clinic });
                }}
              />
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('editorTreatment')}</legend>
          <div class="fields">
            <label>
              {t('treatmentType')}
              <select
                id="editor-type"
                value={type}
                onChange={(e) => restart(e.currentTarget.value as TreatmentType, null)}
              >
                <TreatmentTypeOptions />
              </select>
            </label>
            {type === 'microneedling' && (
              <label>
                {t('depth')}
                <input
                  type="number"
                  min={0.1}
                  max={10}
                  step={0.05}
                  value={depthMm ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value === '' ? null : Number(e.currentTarget.value);
                    if (value === null || (value > 0 && value <= 10)) restart(type, value);
                  }}
                />
              </label>
            )}
            <label>
              {t('editorStartFrom')}
              <select
                id="editor-preset"
                value={presetId}
                onChange={(e) => restart(type, depthMm ?? null, e.currentTarget.value as PresetId)}
              >
                {presetsForType(type).map((p) => (
                  <option key={p.id} value={p.id}>
                    {presetLabel(words, p.id)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('windowsHeading')}</legend>
          <table class="windows">
            <tbody>
              {WINDOW_KEYS.map((key) => (
                <tr key={key}>
                  <th scope="row">
                    <label for={`editor-window-${key}`}>{t(keyName('family_', key))}</label>
                  </th>
                  <td>
                    <WindowPicker
                      id={`editor-window-${key}`}
                      label={t(keyName('family_', key))}
                      value={protocolWindow(draft, key)}
                      onChange={(setting) =>
                        setDraft({ ...draft, windows: { ...draft.windows, [key]: setting } })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <fieldset>
          <legend>{t('avoidListTitle')}</legend>
          <p class="note">{t('editorAvoidIntro')}</p>
          <ul>
            {draft.avoid.map((entry, index) => (
              <li key={entry.name}>
                <strong>{entry.name}</strong>{' '}
                <WindowPicker
                  id={`editor-avoid-${index}`}
                  label={entry.name}
                  value={entry.window}
                  onChange={(window) =>
                    setDraft({
                      ...draft,
                      avoid: draft.avoid.map((x, i) => (i === index ? { ...x, window } : x)),
                    })
                  }
                />{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => setDraft({ ...draft, avoid: draft.avoid.filter((_, i) => i !== index) })}
                >
                  {t('avoidRemove', entry.name)}
                </button>
              </li>
            ))}
          </ul>
          <div class="add-name">
            <label for="editor-new-name">{t('avoidAddLabel')}</label>
            <input
              id="editor-new-name"
              type="text"
              maxLength={100}
              placeholder={t('avoidAddPlaceholder')}
              value={newName}
              onInput={(e) => setNewName(e.currentTarget.value)}
            />
            <button
              type="button"
              disabled={draft.avoid.length >= MAX_PROTOCOL_NAMES}
              onClick={() => {
                const name = newName.trim();
                if (!name || draft.avoid.some((x) => x.name.toLowerCase() === name.toLowerCase())) return;
                setDraft({ ...draft, avoid: [...draft.avoid, { name, window: { kind: 'days', days: 7 } }] });
                setNewName('');
              }}
            >
              {t('avoidAdd')}
            </button>
          </div>
        </fieldset>
        <WayBackEditor
          treatment={asTreatment(draft)}
          idPrefix="editor"
          onChange={(wayBack) => setDraft({ ...draft, wayBack })}
        />
        <fieldset>
          <legend>{t('editorNotesAndCalls')}</legend>
          <label for="editor-notes">{t('sheetNotes')}</label>
          <textarea
            id="editor-notes"
            rows={3}
            maxLength={1000}
            value={draft.notes ?? ''}
            onInput={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
          />
          <label for="editor-calls">{t('editorWhenToCall', String(MAX_WHEN_TO_CALL))}</label>
          <textarea
            id="editor-calls"
            rows={4}
            value={draft.whenToCall.join('\n')}
            onInput={(e) =>
              setDraft({
                ...draft,
                whenToCall: e.currentTarget.value
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
                  .slice(0, MAX_WHEN_TO_CALL),
              })
            }
          />
        </fieldset>
      </form>
      <section class="export no-print" aria-labelledby="export-title">
        <h2 id="export-title">{t('editorExport')}</h2>
        {!checked.ok && (
          <p class="problem-text" role="alert">
            {draft.clinic.name.trim() === '' ? t('editorNeedsName') : problemText(checked.problem)}
          </p>
        )}
        <label for="editor-code">{t('clinicCodeLabel')}</label>
        <textarea id="editor-code" rows={4} readOnly value={code} />
        <p class="note">{code ? t('editorCodeLength', String(code.length)) : ''}</p>
        <div class="actions">
          <button
            type="button"
            disabled={!checked.ok}
            onClick={() => checked.ok && save('clinic-protocol.json', protocolJson(clean(checked.protocol)))}
          >
            {t('editorSaveFile')}
          </button>
          <button
            type="button"
            disabled={!code}
            onClick={() =>
              void copy(code).then(
                () => setStatus(t('editorCopied')),
                () => setStatus(t('editorCopyFailed')),
              )
            }
          >
            {t('editorCopyCode')}
          </button>
          <button type="button" disabled={!code} onClick={print}>
            {t('editorPrint')}
          </button>
        </div>
        <p class="note" role="status">
          {status}
        </p>
      </section>
      {checked.ok && code && (
        <section class="preview" aria-label={t('editorPreview')}>
          <PrintableSheet protocol={checked.protocol} code={code} />
        </section>
      )}
    </main>
  );
}
