import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { remindersCheckedItem, sendReminders } from '../../src/reminders/send';
import type { OwnedProduct } from '../../src/routine/product';
import { settingsWith } from '../window/helpers';
import { microneedling, product } from '../routine/helpers';

const shelf: OwnedProduct[] = [
  product('toner', 'glycolicToner', 'Glow toner'),
  product('cream', 'fragrancedCream', 'Rose cream'),
];
const settings = settingsWith([microneedling()]);
// The guide's windows end on Sun 29 Nov 2026 at 18:00 in Berlin.
const BEFORE = new Date('2026-11-29T17:30:00+01:00');
const AFTER = new Date('2026-11-29T18:00:01+01:00');

/** The browser's answer about the notifications permission. */
function permission(granted: boolean): void {
  fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
}

beforeEach(() => {
  fakeBrowser.reset();
});

async function notifications(): Promise<Record<string, { title: string; message: string; iconUrl: string }>> {
  return (await fakeBrowser.notifications.getAll()) as never;
}

describe('reminders', () => {
  test('with the permission: what changed since the last look, one notification of each kind', async () => {
    permission(true);
    await remindersCheckedItem.setValue(BEFORE.toISOString());
    await sendReminders(shelf, settings, AFTER);
    const sent = await notifications();
    expect(Object.keys(sent).sort()).toEqual([
      'aftercare-lens-check',
      'aftercare-lens-products',
      'aftercare-lens-windows',
    ]);
    expect(sent['aftercare-lens-products']).toMatchObject({
      title: 'Back on your shelf',
      message: 'Rose cream is fine to use.',
    });
    expect(sent['aftercare-lens-check']).toMatchObject({
      title: 'Time for a healing check',
      message: 'The healing check for Alpha-hydroxy acids (AHAs) is ready: open Today.',
    });
    expect(sent['aftercare-lens-windows']).toMatchObject({
      title: 'A window has ended',
      message:
        'The window after your treatment has ended for: Alpha-hydroxy acids (AHAs), Fragrance and essential oils.',
    });
    expect(sent['aftercare-lens-products']?.iconUrl).toMatch(/notification-icon\.png$/);
    expect(await remindersCheckedItem.getValue()).toBe(AFTER.toISOString());
  });

  test('a product coming back after its healing check, and the end of its gentle pace', async () => {
    permission(true);
    const confirmed = settingsWith([
      microneedling({ healingChecks: { aha: { confirmedAt: '2026-11-29T20:00:00+01:00', notYet: [] } } }),
    ]);
    await remindersCheckedItem.setValue(new Date('2026-12-06T19:00:00+01:00').toISOString());
    await sendReminders(shelf, confirmed, new Date('2026-12-06T20:00:01+01:00'));
    expect((await notifications())['aftercare-lens-products']?.message).toBe('Glow toner is fine to use.');
  });

  test('without the permission nothing is notified, and the time of the look still moves on', async () => {
    permission(false);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await remindersCheckedItem.setValue(BEFORE.toISOString());
    await sendReminders(shelf, settings, AFTER);
    expect(create).not.toHaveBeenCalled();
    expect(await remindersCheckedItem.getValue()).toBe(AFTER.toISOString());
  });

  test('a browser without the permissions API (or one that throws) counts as no permission', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => {
      throw new Error('not implemented');
    }) as never;
    await remindersCheckedItem.setValue(BEFORE.toISOString());
    await sendReminders(shelf, settings, AFTER);
    expect(await notifications()).toEqual({});
  });

  test('the first look only notes the time: what happened before is not news', async () => {
    permission(true);
    await sendReminders(shelf, settings, AFTER);
    expect(await notifications()).toEqual({});
    expect(await remindersCheckedItem.getValue()).toBe(AFTER.toISOString());
  });

  test('nothing changed: nothing is notified', async () => {
    permission(true);
    await remindersCheckedItem.setValue(new Date('2026-11-26T10:00:00+01:00').toISOString());
    await sendReminders(shelf, settings, new Date('2026-11-26T11:00:00+01:00'));
    expect(await notifications()).toEqual({});
  });

  test('a click on a reminder opens Today', async () => {
    permission(true);
    await remindersCheckedItem.setValue(BEFORE.toISOString());
    await sendReminders(shelf, settings, AFTER);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('aftercare-lens-check');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/today\.html$/) });
  });
});
