import { protocolWindows } from '../../clinic/apply-protocol';
import type { Protocol } from '../../clinic/protocol-schema';
import { redFlagsFor, URGENCIES } from '../../clinic/red-flags';
import { presetById, presetFor } from '../../window/presets';
import { presetLabel } from '../../i18n/core-text';
import { keyName, t, words } from '../i18n';
import { QrCode } from './QrCode';
import { windowText } from '../window-text';

export interface PrintableSheetProps {
  protocol: Protocol;
  code: string;
}

/**
 * The sheet a clinic prints for its patients: the treatment, every window, the names to avoid,
 * when to call, and the protocol as a code and a QR code to import it in Aftercare Lens.
 */
export function PrintableSheet({ protocol, code }: PrintableSheetProps) {
  const { type, depthMm } = protocol.treatment;
  const preset = presetById(protocol.treatment.preset ?? presetFor(type, depthMm ?? null).id);
  const flags = redFlagsFor([type]);
  return (
    <article class="sheet" aria-labelledby="sheet-title">
      <header>
        <h2 id="sheet-title">{protocol.clinic.name || t('editorClinicNamePending')}</h2>
        {protocol.clinic.phone && <p class="phone">{protocol.clinic.phone}</p>}
        <p>
          {t('sheetAftercareFor', t(keyName('treatmentType_', type)))}
          {depthMm !== undefined ? ` · ${t('sheetDepth', String(depthMm))}` : ''} ·{' '}
          {presetLabel(words, preset.id)}
        </p>
      </header>
      <section aria-labelledby="sheet-windows">
        <h3 id="sheet-windows">{t('sheetWindows')}</h3>
        <table>
          <tbody>
            {protocolWindows(protocol).map(([key, setting]) => (
              <tr key={key}>
                <th scope="row">{t(keyName('family_', key))}</th>
                <td>{windowText(setting)}</td>
              </tr>
            ))}
            {protocol.avoid.map((entry) => (
              <tr key={entry.name}>
                <th scope="row">{entry.name}</th>
                <td>{windowText(entry.window)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {protocol.wayBack && (
        <p>
          {protocol.wayBack.enabled
            ? t(
                'sheetWayBackOn',
                String(protocol.wayBack.spacingDays ?? '—'),
                String(protocol.wayBack.eveningsPerWeek ?? '—'),
              )
            : t('sheetWayBackOff')}
        </p>
      )}
      {protocol.notes && (
        <section aria-labelledby="sheet-notes">
          <h3 id="sheet-notes">{t('sheetNotes')}</h3>
          <p class="notes">{protocol.notes}</p>
        </section>
      )}
      <section aria-labelledby="sheet-call">
        <h3 id="sheet-call">{t('whenToCallTitle')}</h3>
        <ul>
          {protocol.whenToCall.map((item) => (
            <li key={item}>{item}</li>
          ))}
          {URGENCIES.flatMap((urgency) =>
            flags
              .filter((f) => f.urgency === urgency)
              .map((flag) => (
                <li key={flag.id} class={urgency}>
                  {t(keyName('redFlag_', flag.id))}
                  {urgency === 'emergency' ? ` ${t('sheetEmergency')}` : ''}
                </li>
              )),
          )}
        </ul>
      </section>
      <section class="sheet-code" aria-labelledby="sheet-code-title">
        <h3 id="sheet-code-title">{t('sheetImportTitle')}</h3>
        <div class="code-row">
          {code && <QrCode text={code} label={t('sheetQrLabel')} />}
          <div>
            <p>{t('sheetImportHow')}</p>
            <p class="code">{code}</p>
          </div>
        </div>
      </section>
    </article>
  );
}
