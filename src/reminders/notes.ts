import type { WindowKey } from '../window/keys';
import { GROUPS, type Changes, type Group } from '../routine/today';
import { keyName, t } from '../ui/i18n';

/** One notification: which kind of change, and its words. */
export interface ReminderNote {
  /** One id per kind, so a newer reminder of a kind replaces the older one. */
  id: string;
  title: string;
  message: string;
}

export const NOTE_PREFIX = 'aftercare-lens-';

function families(keys: readonly WindowKey[]): string {
  return keys.map((key) => t(keyName('family_', key))).join(', ');
}

function moveText(name: string, to: Group): string {
  switch (to) {
    case 'pause':
      return t('reminderMovePause', name);
    case 'coming-back':
      return t('reminderMoveComingBack', name);
    case 'care':
      return t('reminderMoveCare', name);
    case 'fine':
      return t('reminderMoveFine', name);
  }
}

/**
 * The reminders for what changed: products that moved (each in a line), healing checks asked,
 * windows ended. At most one notification of each kind.
 */
export function reminderNotes(changes: Changes): ReminderNote[] {
  const notes: ReminderNote[] = [];
  if (changes.moves.length > 0) {
    // GROUPS runs from the most restrictive: a move down the list is a product coming back.
    const back = changes.moves.some((m) => GROUPS.indexOf(m.to) > GROUPS.indexOf(m.from));
    notes.push({
      id: `${NOTE_PREFIX}products`,
      title: back ? t('reminderProductsTitle') : t('reminderProductsPausedTitle'),
      message: changes.moves.map((m) => moveText(m.product.name, m.to)).join('\n'),
    });
  }
  if (changes.checks.length > 0) {
    notes.push({
      id: `${NOTE_PREFIX}check`,
      title: t('reminderCheckTitle'),
      message: t('reminderCheck', families(changes.checks)),
    });
  }
  if (changes.windowsEnded.length > 0) {
    notes.push({
      id: `${NOTE_PREFIX}windows`,
      title: t('reminderWindowsTitle'),
      message: t('reminderWindows', families(changes.windowsEnded)),
    });
  }
  return notes;
}
