import { afterEach, describe, expect, test, vi } from 'vitest';
import { isScannerRequest, requestScanner, SCANNER_REQUEST } from '../../src/messaging/scanner-request';

describe("the loader's request for the page scanner", () => {
  afterEach(() => vi.unstubAllGlobals());

  test('the background knows it, and tells it from every other message', () => {
    expect(isScannerRequest(SCANNER_REQUEST)).toBe(true);
    expect(isScannerRequest(structuredClone(SCANNER_REQUEST))).toBe(true);
    // The messaging library's own messages, and anything else a page could make up.
    expect(isScannerRequest({ id: 1, type: 'getPageScan', data: undefined, timestamp: 1 })).toBe(false);
    expect(isScannerRequest({ aftercareLens: 'something else' })).toBe(false);
    for (const other of [null, undefined, 'loadScanner', 42, []]) expect(isScannerRequest(other)).toBe(false);
  });

  test("goes out through the browser's own API: `browser` where there is one, else `chrome`", () => {
    const firefox = vi.fn(() => Promise.resolve());
    const chromium = vi.fn(() => Promise.resolve());
    vi.stubGlobal('browser', { runtime: { sendMessage: firefox } });
    vi.stubGlobal('chrome', { runtime: { sendMessage: chromium } });
    requestScanner();
    expect(firefox).toHaveBeenCalledWith(SCANNER_REQUEST);
    expect(chromium).not.toHaveBeenCalled();
    vi.stubGlobal('browser', undefined);
    requestScanner();
    expect(chromium).toHaveBeenCalledWith(SCANNER_REQUEST);
  });

  test('a refused or impossible request breaks nothing in the page', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage: () => Promise.reject(new Error('no receiver')) } });
    expect(() => requestScanner()).not.toThrow();
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    expect(() => requestScanner()).not.toThrow();
    vi.stubGlobal('chrome', undefined);
    expect(() => requestScanner()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
