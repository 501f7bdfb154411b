import type { PageScan, ScannedProduct } from '../../extract/page-scan';
import type { Finding, LabelAnalysis } from '../../ingredients/analyze-label';
import type { FamilyId, ProductType } from '../../ingredients/family-schema';
import { type FlaggedFamily, productVerdict } from '../../verdict/product-verdict';
import type { Settings } from '../../window/treatment';

/**
 * What the popup shows, decided in one pure function: the page's state, and for a product its
 * answer first (the verdict line), then the ingredients grouped by the date they are fine again.
 * The popup, its paste box, and any other page that shows a list's verdict render from this.
 */

/** What the tab lets the popup offer: read a web page once (activeTab), or add its site. */
export interface PopupOffers {
  readOnce: boolean;
  addSite: boolean;
}

/** The answer the patient came for, in one line. */
export type Verdict =
  /** No treatment set: nothing to measure against. */
  | { kind: 'set-date'; found: FamilyId[] }
  /** Something to avoid now: not yet, until the last of them ends. */
  | { kind: 'not-yet'; until: Date | null; untilCleared: boolean }
  /** Only cautions now: use with care until the last of them ends. */
  | { kind: 'care'; until: Date | null; untilCleared: boolean }
  /**
   * Fine for the patient's skin now: nothing flagged (`clear`), flagged families whose windows
   * are not running (`not-now`), or whose windows have ended (`window-over`, since `clearSince`).
   */
  | { kind: 'fine'; why: 'clear' | 'not-now' | 'window-over'; clearSince: Date | null };

/** Families that are fine again at the same moment, avoid before caution. */
export interface FlagGroup {
  /** Null with `untilCleared`. */
  until: Date | null;
  untilCleared: boolean;
  families: FlaggedFamily[];
}

/** A list's verdict, ready to render: the line, the groups, the traces, what to suggest instead. */
export interface VerdictModel {
  verdict: Verdict;
  /** Soonest first; "until your clinician clears you" last. */
  groups: FlagGroup[];
  traces: Finding[];
  /** The families in force now, for alternatives. */
  flagged: FlaggedFamily[];
}

export type PopupState =
  /** The extension does not read this page on its own: offer to read it (once, or the site always). */
  | { kind: 'not-read'; readOnce: boolean; addSite: boolean }
  /** Read, and no product on it; reading it fully once is still offered on a web page. */
  | { kind: 'not-product'; readOnce: boolean }
  | { kind: 'not-cosmetic'; product: ScannedProduct }
  | { kind: 'no-list'; product: ScannedProduct }
  | {
      kind: 'product';
      product: ScannedProduct;
      scan: PageScan;
      analysis: LabelAnalysis;
      model: VerdictModel;
    };

/** The latest end among families, or "until cleared" if any has none. */
function lastEnd(families: readonly FlaggedFamily[]): { until: Date | null; untilCleared: boolean } {
  if (families.some((f) => f.untilCleared)) return { until: null, untilCleared: true };
  const ends = families.flatMap((f) => (f.until ? [f.until.getTime()] : []));
  return { until: ends.length ? new Date(Math.max(...ends)) : null, untilCleared: false };
}

/** Families in force now, by the moment they are fine again: soonest first, "until cleared" last. */
export function flagGroups(families: readonly FlaggedFamily[]): FlagGroup[] {
  const byEnd = new Map<number, FlaggedFamily[]>();
  for (const family of families) {
    const end = family.untilCleared ? Number.POSITIVE_INFINITY : (family.until?.getTime() ?? 0);
    byEnd.set(end, [...(byEnd.get(end) ?? []), family]);
  }
  return [...byEnd]
    .sort(([a], [b]) => a - b)
    .map(([end, members]) => ({
      until: Number.isFinite(end) && end > 0 ? new Date(end) : null,
      untilCleared: end === Number.POSITIVE_INFINITY,
      // Stable: avoid first, then the order the verdict gave.
      families: [...members].sort((a, b) => (a.level === b.level ? 0 : a.level === 'avoid' ? -1 : 1)),
    }));
}

/** What a list means for the patient now, as the popup shows it. Pure. */
export function verdictModel(
  analysis: LabelAnalysis,
  productType: ProductType | null,
  settings: Settings,
  now: Date,
): VerdictModel {
  const result = productVerdict({ analysis, productType }, settings, now);
  const groups = flagGroups(result.now);
  const base = { groups, traces: result.traces, flagged: result.now };
  switch (result.state) {
    case 'no-treatment':
      return {
        ...base,
        verdict: {
          kind: 'set-date',
          found: [...new Set(analysis.findings.filter((f) => !f.trace).map((f) => f.family))],
        },
      };
    case 'avoid':
      return {
        ...base,
        verdict: { kind: 'not-yet', ...lastEnd(result.now.filter((f) => f.level === 'avoid')) },
      };
    case 'caution':
      return { ...base, verdict: { kind: 'care', ...lastEnd(result.now) } };
    default:
      return { ...base, verdict: { kind: 'fine', why: result.state, clearSince: result.clearSince } };
  }
}

/** The popup's state for the page in the tab (`scan` null: nobody answered there). Pure. */
export function popupState(
  scan: PageScan | null,
  settings: Settings,
  now: Date,
  offers: PopupOffers,
): PopupState {
  if (!scan) {
    if (offers.readOnce || offers.addSite)
      return { kind: 'not-read', readOnce: offers.readOnce, addSite: offers.addSite };
    return { kind: 'not-product', readOnce: false };
  }
  const { product } = scan;
  if (!product) return { kind: 'not-product', readOnce: offers.readOnce };
  if (!scan.isCosmeticProduct) return { kind: 'not-cosmetic', product };
  if (!scan.analysis || !scan.list || scan.analysis.ingredients.length === 0)
    return { kind: 'no-list', product };
  return {
    kind: 'product',
    product,
    scan,
    analysis: scan.analysis,
    model: verdictModel(scan.analysis, product.type, settings, now),
  };
}
