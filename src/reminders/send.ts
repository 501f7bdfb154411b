import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { OwnedProduct } from '../routine/product';
import { changesBetween } from '../routine/today';
import type { Settings } from '../window/treatment';
import { NOTE_PREFIX, reminderNotes } from './notes';
import { remindersOn } from './permission';

/** When the background last looked for changes to remind of (ISO 8601). */
export const remindersCheckedItem = storage.defineItem<string | null>('local:reminders-checked', {
  fallback: null,
});

export const TODAY_PAGE = '/today.html';

/**
 * Notifies what changed since the last look (a window ended, a healing check is due, a product
 * came back), if the patient switched reminders on. The first look only notes the time: what
 * happened before reminders existed is not news.
 */
export async function sendReminders(
  products: readonly OwnedProduct[],
  settings: Settings,
  now: Date,
): Promise<void> {
  const last = await remindersCheckedItem.getValue();
  await remindersCheckedItem.setValue(now.toISOString());
  const from = last === null ? null : new Date(last);
  if (!from || !(from.getTime() < now.getTime())) return;
  if (!(await remindersOn())) return;
  openTodayOnClick();
  const iconUrl = browser.runtime.getURL('/notification-icon.png');
  for (const note of reminderNotes(changesBetween(products, settings, from, now))) {
    await browser.notifications.create(note.id, {
      type: 'basic',
      iconUrl,
      title: note.title,
      message: note.message,
    });
  }
}

/** A click on a reminder opens Today. Registered where the API exists (the permission is granted). */
export function openTodayOnClick(): void {
  const notifications = (browser as { notifications?: typeof browser.notifications }).notifications;
  if (!notifications || notifications.onClicked.hasListener(openToday)) return;
  notifications.onClicked.addListener(openToday);
}

function openToday(id: string): void {
  if (!id.startsWith(NOTE_PREFIX)) return;
  void browser.tabs.create({ url: browser.runtime.getURL(TODAY_PAGE) });
  void browser.notifications.clear(id);
}
