import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_MENU_ID, checkPageUrl, registerCheckMenu } from '../../src/background/check-selection';
import { installFakeContextMenus } from './fake-context-menus';

beforeEach(() => fakeBrowser.reset());

test('the menu item is made on install, for selected text only, and again on a browser start', async () => {
  const menus = installFakeContextMenus();
  registerCheckMenu();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  expect([...menus.items]).toEqual([
    [CHECK_MENU_ID, { title: 'Check these ingredients', contexts: ['selection'] }],
  ]);
  // Chrome keeps menus across starts: a second create of the same id would fail.
  await fakeBrowser.runtime.onStartup.trigger();
  expect(menus.items.size).toBe(1);
});

test('a click opens the check page beside the tab, with the selection in its address', async () => {
  const menus = installFakeContextMenus();
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  registerCheckMenu();
  await menus.click(
    { menuItemId: CHECK_MENU_ID, selectionText: 'Aqua, Retinol & Glycolic Acid' },
    { id: 7, index: 2, windowId: 1 },
  );
  expect(create).toHaveBeenCalledWith({
    url: checkPageUrl('Aqua, Retinol & Glycolic Acid'),
    index: 3,
    openerTabId: 7,
    windowId: 1,
  });
  const url = new URL(checkPageUrl('Aqua, Retinol & Glycolic Acid'));
  expect(url.pathname).toBe('/check.html');
  expect(url.searchParams.get('text')).toBe('Aqua, Retinol & Glycolic Acid');
  await menus.click({ menuItemId: 'another', selectionText: 'x' });
  expect(create).toHaveBeenCalledTimes(1);
});

test('a very long selection is cut at 20,000 characters', () => {
  expect(new URL(checkPageUrl('a'.repeat(50_000))).searchParams.get('text')).toHaveLength(20_000);
});
