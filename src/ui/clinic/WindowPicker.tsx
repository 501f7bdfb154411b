import type { WindowSetting } from '../../window/keys';
import { t } from '../i18n';
import { WindowKindOptions } from '../choice-options';

export interface WindowPickerProps {
  id: string;
  /** What the window is for, for the fields' accessible names. */
  label: string;
  value: WindowSetting;
  onChange(value: WindowSetting): void;
}

/** A window's length: days, hours, until the clinician clears it, or off. */
export function WindowPicker({ id, label, value, onChange }: WindowPickerProps) {
  const amount = value.kind === 'days' ? value.days : value.kind === 'hours' ? value.hours : null;
  const choose = (kind: WindowSetting['kind']): void => {
    if (kind === 'days')
      onChange({ kind, days: value.kind === 'hours' ? Math.max(1, Math.round(value.hours / 24)) : 7 });
    else if (kind === 'hours') onChange({ kind, hours: value.kind === 'days' ? value.days * 24 : 48 });
    else onChange({ kind });
  };
  const setAmount = (n: number): void => {
    if (!Number.isInteger(n) || n < 1) return;
    if (value.kind === 'days') onChange({ kind: 'days', days: Math.min(n, 365) });
    if (value.kind === 'hours') onChange({ kind: 'hours', hours: Math.min(n, 8760) });
  };
  return (
    <span class="window-picker">
      <select
        id={id}
        aria-label={label}
        value={value.kind}
        onChange={(e) => choose(e.currentTarget.value as WindowSetting['kind'])}
      >
        <WindowKindOptions />
      </select>
      {amount !== null && (
        <input
          type="number"
          min={1}
          max={value.kind === 'days' ? 365 : 8760}
          value={amount}
          aria-label={`${label}: ${t('windowAmount')}`}
          onInput={(e) => setAmount(Number(e.currentTarget.value))}
        />
      )}
    </span>
  );
}
