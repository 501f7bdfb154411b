import type { PageScan } from '../extract/page-scan';
import type { Preferences } from '../storage/preferences-store';
import type { Settings } from '../window/treatment';
import { type ProductVerdict, productVerdict } from './product-verdict';

/** The names the scanner marks in the page's own list. */
export interface PageMarks {
  avoid: string[];
  caution: string[];
}

export const NO_MARKS: PageMarks = { avoid: [], caution: [] };

/** The names to mark: ingredients to avoid now, and cautions now. Traces are never marked. */
export function flaggedNames(verdict: ProductVerdict): PageMarks {
  const names = (level: 'avoid' | 'caution'): string[] =>
    verdict.now.filter((f) => f.level === level).flatMap((f) => f.findings.map((finding) => finding.name));
  return { avoid: names('avoid'), caution: names('caution') };
}

/** What to mark on a scanned page, given the patient's windows and the highlight switch. */
export function pageMarks(
  scan: PageScan,
  settings: Settings,
  preferences: Preferences,
  now: Date,
): PageMarks {
  if (!preferences.highlight || !scan.isCosmeticProduct || !scan.analysis) return NO_MARKS;
  return flaggedNames(
    productVerdict({ analysis: scan.analysis, productType: scan.product?.type ?? null }, settings, now),
  );
}
