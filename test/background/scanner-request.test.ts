import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIGHLIGHT_CSS } from '../../src/highlight/highlight-style';
import { SCANNER_REQUEST } from '../../src/messaging/scanner-request';
import { installFakeSiteAccess } from '../permissions/fake-site-access';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
// The loader in a tab's top frame; the rest of the tab does not matter here.
const FROM_TAB = { tab: { id: 7 }, frameId: 0 } as Sender;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeSiteAccess();
});

/** A fresh service worker: its modules loaded anew, its main function run. */
const startWorker = async (): Promise<void> => {
  vi.resetModules();
  const { default: background } = await import('../../entrypoints/background');
  background.main();
};

describe("the background answers the loader's request", () => {
  test('the page scanner goes into the frame that asked, and nothing for other messages', async () => {
    const order: string[] = [];
    const style = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockImplementation(async () => {
      order.push('style');
    });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
      order.push('scanner');
      return [];
    });
    await startWorker();
    await fakeBrowser.runtime.onMessage.trigger(SCANNER_REQUEST, FROM_TAB);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/scanner.js'] });
    // The marks' style goes into the same frame first, from the background: the scanner cannot add
    // it in Firefox 140–152 (see HIGHLIGHT_CSS).
    expect(style).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, css: HIGHLIGHT_CSS });
    expect(order).toEqual(['style', 'scanner']);
    // A message from outside a tab, or one that only looks similar, loads nothing.
    await fakeBrowser.runtime.onMessage.trigger(SCANNER_REQUEST, {} as Sender);
    await fakeBrowser.runtime.onMessage.trigger({ aftercareLens: 'other' }, FROM_TAB);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('a page the scanner cannot go into (closed, or a browser page) leaves the worker running', async () => {
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('No tab with id: 7'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('No tab with id: 7'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    await startWorker();
    await fakeBrowser.runtime.onMessage.trigger(SCANNER_REQUEST, FROM_TAB);
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
