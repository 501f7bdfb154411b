import { afterEach, describe, expect, test, vi } from 'vitest';
import { type AddressWindow, watchAddress } from '../../src/extract/address-watch';

/** A page whose address a single-page shop changes (`history.pushState`), with or without the Navigation API. */
function shopWindow(withNavigation: boolean) {
  const navigation = new EventTarget();
  const win: AddressWindow = {
    location: { href: 'https://www.ulta.com/shop/skin-care?search=retinol' },
    setInterval: (callback, ms) => setInterval(callback, ms) as unknown as number,
    clearInterval: (id) => clearInterval(id),
    ...(withNavigation ? { navigation } : {}),
  };
  const pushState = (href: string): void => {
    win.location.href = href;
    if (withNavigation) navigation.dispatchEvent(new Event('currententrychange'));
  };
  return { win, pushState };
}

const PRODUCT = 'https://www.ulta.com/p/overnight-retinol-renewal-serum-pimprod2040117';

describe('the loader notices a single-page shop changing its address', () => {
  afterEach(() => vi.useRealTimers());

  test('with the Navigation API: at once, once per new address, and no more after stopping', () => {
    const { win, pushState } = shopWindow(true);
    const seen: string[] = [];
    const stop = watchAddress((address) => seen.push(address.href), win);
    pushState(PRODUCT);
    // A replaceState to the same address, or a state change without one, is no new page.
    pushState(PRODUCT);
    expect(seen).toEqual([PRODUCT]);
    stop();
    pushState('https://www.ulta.com/p/another-pimprod2000001');
    expect(seen).toEqual([PRODUCT]);
  });

  test('without it: within a second, by comparing the address, and no more after stopping', () => {
    vi.useFakeTimers();
    const { win, pushState } = shopWindow(false);
    const seen: string[] = [];
    const stop = watchAddress((address) => seen.push(address.href), win);
    pushState(PRODUCT);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([PRODUCT]);
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([PRODUCT]);
    stop();
    pushState('https://www.ulta.com/p/another-pimprod2000001');
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([PRODUCT]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
