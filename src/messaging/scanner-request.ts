/**
 * Loader → background: "this page may show a product: inject the page scanner into my frame".
 * The one message the loader sends, and it goes raw, without @webext-core/messaging and
 * webextension-polyfill (src/messaging/protocol.ts carries every other message): wrapping the
 * extension API would cost the loader, which runs on every shop page, more than all its other
 * work. The messaging library ignores it (no `type` and `timestamp`).
 */
export const SCANNER_REQUEST = { aftercareLens: 'loadScanner' } as const;

export function isScannerRequest(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { aftercareLens?: unknown }).aftercareLens === SCANNER_REQUEST.aftercareLens
  );
}

interface ExtensionGlobal {
  runtime?: { sendMessage(message: unknown): Promise<unknown> | undefined };
}

/** Sends the request with the browser's own API (`browser` in Firefox, `chrome` in Chromium). */
export function requestScanner(): void {
  const { browser, chrome } = globalThis as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
  try {
    // Nothing to do if it fails: the popup still offers "Check this page".
    void (browser ?? chrome)?.runtime?.sendMessage(SCANNER_REQUEST)?.catch(() => undefined);
  } catch {
    // The extension was updated or removed under this page: its context is gone.
  }
}
