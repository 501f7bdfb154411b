import type { WindowKey, WindowSetting } from '../../window/keys';
import type { WindowStatus } from '../../window/window-status';
import { formatUntil } from '../../window/format-until';
import { keyName, t } from '../i18n';
import { windowText } from '../window-text';
import { WindowKindOptions } from '../choice-options';

export interface WindowRowProps {
  windowKey: WindowKey;
  /** The preset's window for this key. */
  preset: WindowSetting;
  /** The patient's own window, replacing the preset's; null to follow the preset. */
  override: WindowSetting | null;
  status: WindowStatus;
  now: Date;
  locale: string;
  timeZone: string;
  idPrefix: string;
  onChange(setting: WindowSetting | null): void;
}

type Choice = 'preset' | 'off' | 'days' | 'hours' | 'until-cleared';

function statusText(props: WindowRowProps): string {
  const { status, now, locale, timeZone } = props;
  const setting = props.override ?? props.preset;
  if (setting.kind === 'off') return t('statusOff');
  if (status.untilCleared) return t('statusUntilCleared');
  if (status.avoidNow && status.until)
    return t('statusAvoidUntil', formatUntil(status.until, now, locale, timeZone));
  if (status.endedAt) return t('statusClearSince', formatUntil(status.endedAt, now, locale, timeZone));
  return '';
}

/** One family's (or makeup's) window for a treatment: the status line and the patient's choice. */
export function WindowRow(props: WindowRowProps) {
  const { windowKey, override, idPrefix, onChange } = props;
  const choice: Choice = override ? override.kind : 'preset';
  const id = `${idPrefix}-${windowKey}`;
  const amount =
    override?.kind === 'days' ? override.days : override?.kind === 'hours' ? override.hours : null;
  const choose = (next: Choice): void => {
    if (next === 'preset') onChange(null);
    else if (next === 'off' || next === 'until-cleared') onChange({ kind: next });
    else if (next === 'days') onChange({ kind: 'days', days: amount ?? 5 });
    else onChange({ kind: 'hours', hours: amount ?? 24 });
  };
  const setAmount = (value: number): void => {
    if (!Number.isInteger(value) || value < 1) return;
    if (override?.kind === 'days') onChange({ kind: 'days', days: Math.min(value, 365) });
    if (override?.kind === 'hours') onChange({ kind: 'hours', hours: Math.min(value, 8760) });
  };
  return (
    <tr>
      <th scope="row">
        <label for={id}>{t(keyName('family_', windowKey))}</label>
      </th>
      <td>
        <select id={id} value={choice} onChange={(e) => choose(e.currentTarget.value as Choice)}>
          <option value="preset">{t('windowPreset', windowText(props.preset))}</option>
          <WindowKindOptions />
        </select>
        {amount !== null && (
          <input
            type="number"
            min={1}
            max={override?.kind === 'days' ? 365 : 8760}
            value={amount}
            aria-label={`${t(keyName('family_', windowKey))}: ${t('windowAmount')}`}
            onInput={(e) => setAmount(Number(e.currentTarget.value))}
          />
        )}
      </td>
      <td class="status" aria-live="polite">
        {statusText(props)}
      </td>
    </tr>
  );
}
