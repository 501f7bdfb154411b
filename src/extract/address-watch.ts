/** What the watcher reads of the page's window. */
export interface AddressWindow {
  location: { href: string };
  /** The Navigation API, where the browser has it. */
  navigation?: EventTarget;
  setInterval(callback: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/**
 * Calls back when a single-page shop changes the page's address without loading a new page (a
 * listing turning into a product). The Navigation API says so as it happens where the browser
 * has it; elsewhere the address is compared once a second. WXT's content-script context does the
 * same, but setting it up cost the loader more than all its other work (docs/performance.md).
 * Returns the function that stops watching.
 */
export function watchAddress(onChange: (address: URL) => void, win: AddressWindow): () => void {
  let last = win.location.href;
  const check = (): void => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange(new URL(href));
  };
  const { navigation } = win;
  if (navigation) {
    // After the current entry changed, so the address already is the new one.
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = win.setInterval(check, 1000);
  return () => win.clearInterval(timer);
}
