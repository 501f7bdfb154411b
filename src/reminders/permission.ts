import { browser } from 'wxt/browser';

/**
 * Reminders are on exactly when the browser grants the optional `notifications` permission: the
 * browser is the one place that fact lives, so revoking it in the browser's settings turns the
 * switch off, and nothing is notified without it.
 */
const NOTIFICATIONS = { permissions: ['notifications'] } satisfies { permissions: ['notifications'] };

export async function remindersOn(): Promise<boolean> {
  try {
    return await browser.permissions.contains(NOTIFICATIONS);
  } catch {
    return false;
  }
}

/**
 * Asks for the permission. Call it first thing in the click handler, with nothing awaited
 * before it: Firefox grants optional permissions only while it is handling the user's input.
 */
export function askForReminders(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS);
}

/** Switching reminders off gives the permission back. */
export function stopReminders(): Promise<boolean> {
  return browser.permissions.remove(NOTIFICATIONS);
}

/** Calls back whenever the permission is granted or taken away, here or in the browser's settings. */
export function watchReminders(callback: (on: boolean) => void): () => void {
  const changed = (): void => void remindersOn().then(callback);
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}
