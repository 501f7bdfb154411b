import type { WindowSetting } from '../window/keys';
import { t, tn } from './i18n';

/** A window in words ("7 days", "until your clinician clears you"), plural-aware. */
export function windowText(setting: WindowSetting): string {
  switch (setting.kind) {
    case 'off':
      return t('windowOff');
    case 'days':
      return tn('windowLengthDays', setting.days);
    case 'hours':
      return tn('windowLengthHours', setting.hours);
    case 'until-cleared':
      return t('windowUntilCleared');
  }
}
