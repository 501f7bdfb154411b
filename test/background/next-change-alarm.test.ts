import { PRODUCTS_VERSION } from '../../src/routine/product';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BOUNDARY_ALARM, refreshAll } from '../../src/background/badges';
import { remindersCheckedItem } from '../../src/reminders/send';
import { saveProducts } from '../../src/storage/products-store';
import { saveSettings } from '../../src/storage/settings-store';
import { toOffsetIso } from '../../src/window/zone';
import { settingsWith } from '../window/helpers';
import { microneedling, product } from '../routine/helpers';

const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the one alarm follows the way back too', () => {
  test('windows over, AHAs back at a gentle pace: the alarm is set for the end of that pace', async () => {
    // Stored times are to the second.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const confirmedAt = new Date(now.getTime() - DAY_MS);
    await saveSettings(
      settingsWith([
        microneedling({
          performedAt: toOffsetIso(new Date(now.getTime() - 6 * DAY_MS), 'UTC'),
          timeZone: 'UTC',
          healingChecks: { aha: { confirmedAt: toOffsetIso(confirmedAt, 'UTC'), notYet: [] } },
        }),
      ]),
    );
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('toner', 'glycolicToner', 'Glow toner')],
    });
    await refreshAll(now);
    const alarm = await fakeBrowser.alarms.get(BOUNDARY_ALARM);
    // Seven days after the check, and a second, so the page reads the new state when it rings.
    expect(alarm?.scheduledTime).toBe(confirmedAt.getTime() + 7 * DAY_MS + 1000);
  });

  test('when the alarm rings, the reminders of what changed go out (reminders on)', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
    const treated = new Date('2026-11-24T18:00:00+01:00');
    await saveSettings(settingsWith([microneedling({ performedAt: toOffsetIso(treated, 'Europe/Berlin') })]));
    await saveProducts({
      version: PRODUCTS_VERSION,
      products: [product('toner', 'glycolicToner', 'Glow toner')],
    });
    await remindersCheckedItem.setValue('2026-11-29T17:59:00+01:00');
    await refreshAll(new Date('2026-11-29T18:00:01+01:00'));
    expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual([
      'aftercare-lens-check',
      'aftercare-lens-windows',
    ]);
  });
});
