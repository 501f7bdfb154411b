import type { PageScan } from './page-scan';

export interface WatchOptions {
  /** Reads the page now. */
  scan(): PageScan;
  /** Called with each scan that differs from the last one reported. */
  report(scan: PageScan): void;
  /** The node whose subtree changes when a list arrives late. */
  root: Node;
  debounceMs?: number;
  /** Observation stops this long after it starts, list or not. */
  maxWatchMs?: number;
  setTimeout?: (handler: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export interface PageWatch {
  /**
   * Scan again after a single-page navigation. The page may still show the previous product's
   * list, or nothing yet: watching goes on until a different list appears (or the time runs out),
   * whatever the first scan finds.
   */
  restart(): void;
  stop(): void;
}

const DEFAULT_DEBOUNCE_MS = 400;
// A page that changes more often than the debounce (a ticking countdown) is still read this often.
const MAX_WAIT_MS = 1_000;
const DEFAULT_MAX_WATCH_MS = 15_000;

function fingerprint(scan: PageScan): string {
  return JSON.stringify([
    scan.url,
    scan.product?.title,
    scan.product?.variant,
    scan.list?.text,
    scan.isCosmeticProduct,
  ]);
}

/**
 * Scans a page now and again when it changes, for lists that arrive after load (lazy sections,
 * client-side rendering): changes are debounced, and watching stops once a list is found or after
 * a bounded time. A page with no product signal is scanned once and never watched (until a
 * single-page navigation).
 */
export function watchPage(options: WatchOptions): PageWatch {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const maxWatchMs = options.maxWatchMs ?? DEFAULT_MAX_WATCH_MS;
  const later = options.setTimeout ?? ((handler, ms) => setTimeout(handler, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let observer: MutationObserver | null = null;
  let pending: unknown = null;
  let deadline: unknown = null;
  let waitingSince: number | null = null;
  let last = '';
  let lastList: string | null = null;

  const stopWatching = (): void => {
    observer?.disconnect();
    observer = null;
    if (pending !== null) cancel(pending);
    if (deadline !== null) cancel(deadline);
    pending = deadline = null;
    waitingSince = null;
  };
  const scanNow = (): PageScan => {
    const scan = options.scan();
    lastList = scan.list?.text ?? null;
    const print = fingerprint(scan);
    if (print !== last) {
      last = print;
      options.report(scan);
    }
    return scan;
  };
  const start = (navigated: boolean): void => {
    const previous = navigated ? lastList : null;
    const found = (scan: PageScan): boolean => scan.list !== null && scan.list.text !== previous;
    stopWatching();
    const scan = scanNow();
    if (found(scan) || (!navigated && !scan.product)) return;
    observer = new MutationObserver(() => {
      const now = Date.now();
      waitingSince ??= now;
      if (pending !== null) {
        if (now - waitingSince >= MAX_WAIT_MS) return;
        cancel(pending);
      }
      pending = later(() => {
        pending = null;
        waitingSince = null;
        if (found(scanNow())) stopWatching();
      }, debounceMs);
    });
    observer.observe(options.root, { childList: true, subtree: true, characterData: true });
    deadline = later(() => {
      // Changes still waiting for their debounce get one last read before watching stops.
      if (pending !== null) scanNow();
      stopWatching();
    }, maxWatchMs);
  };
  start(false);
  return { restart: () => start(true), stop: stopWatching };
}
