import { useEffect, useState } from 'preact/hooks';
import { askForReminders, remindersOn, stopReminders, watchReminders } from '../../reminders/permission';
import { t } from '../i18n';

export interface RemindersSwitchProps {
  onMessage(text: string): void;
}

/**
 * Reminders on or off. The switch shows what the browser has granted (the `notifications`
 * permission) and follows it, so revoking the permission in the browser turns it off.
 */
export function RemindersSwitch({ onMessage }: RemindersSwitchProps) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => {
    void remindersOn().then(setOn);
    return watchReminders(setOn);
  }, []);
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={on === true}
        disabled={on === null}
        onClick={(e) => {
          const wanted = e.currentTarget.checked;
          // The request first, with nothing awaited before it: Firefox grants an optional
          // permission only while it handles the click.
          const answer = wanted ? askForReminders() : stopReminders().then(() => false);
          // The switch shows what the browser grants: it stays as it was while the browser asks.
          e.currentTarget.checked = on === true;
          void answer
            .catch(() => false)
            .then(async (granted) => {
              if (wanted && !granted) onMessage(t('remindersDenied'));
              setOn(await remindersOn());
            });
        }}
      />
      {t('remindersSwitch')}
    </label>
  );
}
