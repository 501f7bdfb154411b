import { browser } from 'wxt/browser';
import { t } from '../ui/i18n';

/**
 * "Check these ingredients" on selected text, on any page. The click hands the selection to the
 * extension (`info.selectionText`), so no host permission or `activeTab` is needed: the page is
 * never read. The text goes to the check page in its address, inside the extension.
 */

export const CHECK_MENU_ID = 'check-selection';
// Far more than any ingredient list (the longest real labels are ~3,000 characters).
export const MAX_SELECTION = 20_000;

/** The check page's address for a selection, as the menu's click opens it. */
export function checkPageUrl(selection: string): string {
  const params = new URLSearchParams({ text: selection.slice(0, MAX_SELECTION) });
  return browser.runtime.getURL(`/check.html?${params.toString()}`);
}

/** The menu's click: opens the check page beside the tab the text was selected in. */
export async function onCheckMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  tab?: { id?: number; index: number; windowId?: number },
): Promise<void> {
  if (info.menuItemId !== CHECK_MENU_ID || !info.selectionText) return;
  await browser.tabs.create({
    url: checkPageUrl(info.selectionText),
    ...(tab ? { index: tab.index + 1, ...(tab.id !== undefined ? { openerTabId: tab.id } : {}) } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
}

async function createMenu(): Promise<void> {
  // Menus outlive the worker in Chrome and may not in Firefox: create afresh, never twice.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CHECK_MENU_ID, title: t('menuCheckSelection'), contexts: ['selection'] });
}

/** Registers the menu item (on install and on browser start) and its click handler. */
export function registerCheckMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onCheckMenuClick(info, tab));
}
