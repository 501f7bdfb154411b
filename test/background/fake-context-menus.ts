import { fakeBrowser } from 'wxt/testing/fake-browser';

type ClickListener = (
  info: { menuItemId: string | number; selectionText?: string },
  tab?: unknown,
) => unknown;

export interface FakeContextMenus {
  /** The items created, by id, as the browser would list them. */
  items: Map<string | number, { title?: string; contexts?: string[] }>;
  /** Clicks an item as the browser does: every click listener gets the info and the tab. */
  click(info: { menuItemId: string; selectionText?: string }, tab?: unknown): Promise<void>;
}

/**
 * What WXT's fake browser lacks for the background's context menu: `create` (a duplicate id is an
 * error, as in Chromium), `removeAll`, and `onClicked`.
 */
export function installFakeContextMenus(): FakeContextMenus {
  const items: FakeContextMenus['items'] = new Map();
  const listeners = new Set<ClickListener>();
  const menus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  menus.create = (item: { id: string; title?: string; contexts?: string[] }) => {
    if (items.has(item.id)) throw new Error(`Cannot create item with duplicate id ${item.id}`);
    items.set(item.id, { title: item.title, contexts: item.contexts });
    return item.id;
  };
  menus.removeAll = () => {
    items.clear();
    return Promise.resolve();
  };
  menus.onClicked = {
    addListener: (listener: ClickListener) => void listeners.add(listener),
    removeListener: (listener: ClickListener) => void listeners.delete(listener),
    hasListener: (listener: ClickListener) => listeners.has(listener),
  };
  return {
    items,
    async click(info, tab) {
      await Promise.all([...listeners].map((listener) => listener(info, tab)));
    },
  };
}
