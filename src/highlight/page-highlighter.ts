import type { PageRead } from '../extract/page-scan';
import { loadPreferences, watchPreferences } from '../storage/preferences-store';
import { loadSettings, watchSettings } from '../storage/settings-store';
import { type ProductVerdict, productVerdict } from '../verdict/product-verdict';
import { showHighlight } from './page-highlight';

/** The names to mark: ingredients to avoid now, and cautions now. Traces are never marked. */
export function flaggedNames(verdict: ProductVerdict): { avoid: string[]; caution: string[] } {
  const names = (level: 'avoid' | 'caution'): string[] =>
    verdict.now.filter((f) => f.level === level).flatMap((f) => f.findings.map((finding) => finding.name));
  return { avoid: names('avoid'), caution: names('caution') };
}

export interface PageHighlighter {
  /** The page was read (again): mark what it holds now. */
  update(read: PageRead): void;
  stop(): void;
}

/**
 * Keeps the in-page marks in step with the page, the patient's windows and the highlight switch
 * (on by default, in the options).
 */
export function createPageHighlighter(clock: () => Date = () => new Date()): PageHighlighter {
  let read: PageRead | null = null;
  let clear: () => void = () => undefined;
  let generation = 0;
  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const [{ settings }, preferences] = await Promise.all([loadSettings(), loadPreferences()]);
    // A newer page read or setting arrived while this one waited for storage.
    if (mine !== generation) return;
    clear();
    clear = () => undefined;
    const element = read?.listElement;
    const scan = read?.scan;
    if (!preferences.highlight || !element || !scan?.analysis || !scan.isCosmeticProduct) return;
    const verdict = productVerdict(
      { analysis: scan.analysis, productType: scan.product?.type ?? null },
      settings,
      clock(),
    );
    const names = flaggedNames(verdict);
    if (names.avoid.length + names.caution.length > 0) clear = showHighlight({ element, ...names });
  };
  const unwatchSettings = watchSettings(() => void refresh());
  const unwatchPreferences = watchPreferences(() => void refresh());
  return {
    update(next) {
      read = next;
      void refresh();
    },
    stop() {
      unwatchSettings();
      unwatchPreferences();
      generation++;
      clear();
    },
  };
}
