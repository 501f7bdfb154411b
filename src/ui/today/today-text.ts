import type { Changes, FamilyReason, Group } from '../../routine/today';
import type { WayBackStep } from '../../routine/way-back';
import type { WindowKey } from '../../window/keys';
import { formatUntil } from '../../window/format-until';
import { keyName, type MessageKey, t, tn } from '../i18n';

/**
 * Today's words: the routine model returns codes and dates, and these helpers word them through
 * `_locales`, with every date through `Intl` (`formatUntil`).
 */

export interface Clock {
  now: Date;
  locale: string;
  timeZone: string;
}

export const GROUP_TITLE: Record<Group, MessageKey> = {
  pause: 'groupPause',
  'coming-back': 'groupComingBack',
  care: 'groupCare',
  fine: 'groupFine',
};

export function familyName(key: WindowKey): string {
  return t(keyName('family_', key));
}

const when = (date: Date, clock: Clock): string => formatUntil(date, clock.now, clock.locale, clock.timeZone);

/** Where a step stands, in one line: "Retinoids: from Wed 2 Dec, 18:00 (in 3 days)". */
export function stepText(step: WayBackStep, clock: Clock): string {
  const family = familyName(step.family);
  switch (step.state) {
    case 'waiting':
      return t(step.afterCheck ? 'stepWaitingAfterCheck' : 'stepWaiting', family, when(step.startsAt, clock));
    case 'due':
      return t('stepDue', family);
    case 'ramping':
      return t(
        'stepRamping',
        family,
        tn('rampEvenings', step.eveningsPerWeek),
        step.rampEndsAt ? when(step.rampEndsAt, clock) : '',
      );
    case 'done':
      return t('stepDone', family);
  }
}

/** Why a family puts a product in its group, in one line. */
export function reasonText(reason: FamilyReason, clock: Clock): string {
  switch (reason.kind) {
    case 'window':
      if (reason.untilCleared) return t('reasonWindowCleared', familyName(reason.key));
      return reason.until
        ? t('reasonWindow', familyName(reason.key), when(reason.until, clock))
        : familyName(reason.key);
    case 'turn':
    case 'ramp':
      return stepText(reason.step, clock);
  }
}

/** What the next change brings, as one sentence after its date. */
export function changeText(changes: Changes): string {
  const parts = [
    ...changes.moves.map((move) => {
      switch (move.to) {
        case 'pause':
          return t('nextPause', move.product.name);
        case 'coming-back':
          return t('nextComingBack', move.product.name);
        case 'care':
          return t('nextCare', move.product.name);
        case 'fine':
          return t('nextFine', move.product.name);
      }
    }),
    ...changes.checks.map((family) => t('nextCheck', familyName(family))),
  ];
  // Windows are news only when no product says more.
  if (parts.length === 0 && changes.windowsEnded.length > 0) {
    parts.push(t('nextWindows', changes.windowsEnded.map(familyName).join(', ')));
  }
  if (parts.length === 0 && changes.windowsStarted.length > 0) {
    parts.push(t('nextWindowsStart', changes.windowsStarted.map(familyName).join(', ')));
  }
  return parts.join('; ');
}
