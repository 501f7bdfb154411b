import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  CHROME_BUILD,
  EDGE_BUILD,
  launchChromiumWithExtension,
  openOptions,
  openPopup,
  openShopPage,
  storeSettings,
  waitForBadge,
} from '../support/chromium-extension';
import { HOUR_MS, microneedlingSettings, SHOP_PAGES } from '../support/shop-pages';

/**
 * The Edge build (`npm run build:edge`, WXT's `-b edge`; `npm run zip` packs it for Partner
 * Center). Debian has no Edge, and Edge is Chromium: Debian's Chromium loads the Edge build and
 * runs it end to end once, the badge, the popup and the options page.
 */

const manifest = (dir: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

test('the Edge build asks for what the Chrome build asks for, nothing more', () => {
  const edge = manifest(EDGE_BUILD);
  const chrome = manifest(CHROME_BUILD);
  for (const key of [
    'manifest_version',
    'permissions',
    'optional_permissions',
    'host_permissions',
    'optional_host_permissions',
    'content_scripts',
    'background',
    'action',
    'default_locale',
  ])
    expect(edge[key], key).toEqual(chrome[key]);
  expect(edge).not.toHaveProperty('browser_specific_settings');
});

test('Chromium loads the Edge build: badge, popup and options work', async () => {
  const ext = await launchChromiumWithExtension({ build: EDGE_BUILD });
  try {
    await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
    const shop = await openShopPage(ext, SHOP_PAGES.amazonGlycolicToner);
    expect((await waitForBadge(ext, shop.tabId, '1')).text).toBe('1');
    const popup = await openPopup(ext, shop.tabId);
    expect(await popup.locator('p.verdict').innerText()).toMatch(/^Not yet — avoid until \S/);
    expect(await popup.locator('section.flags').innerText()).toContain('Glycolic Acid');
    const options = await openOptions(ext);
    await options.getByLabel('Date and time').waitFor();
    await Promise.all([options.close(), popup.close(), shop.page.close()]);
    expect(ext.network.unexpected()).toEqual([]);
    expect(ext.pageErrors).toEqual([]);
  } finally {
    await ext.close();
  }
});
