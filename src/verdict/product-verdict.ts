import type { Finding, LabelAnalysis } from '../ingredients/analyze-label';
import type { ProductType } from '../ingredients/family-schema';
import type { WindowKey } from '../window/keys';
import type { Settings } from '../window/treatment';
import { type SettingsStatus, settingsStatus } from '../window/window-status';

/** One family (or makeup) the product has, with what the patient's windows say about it. */
export interface FlaggedFamily {
  key: WindowKey;
  level: 'avoid' | 'caution';
  /** The ingredients behind it (empty for makeup, which is the product's type). */
  findings: Finding[];
  /** Avoid until this instant; null with `untilCleared`, or when not avoided now. */
  until: Date | null;
  untilCleared: boolean;
}

export type VerdictState =
  /** No treatment set: the extension has nothing to measure against. */
  | 'no-treatment'
  /** At least one family to avoid now. */
  | 'avoid'
  /** Only cautions now. */
  | 'caution'
  /** Flagged ingredients, but every window for them has ended. */
  | 'window-over'
  /** Flagged ingredients whose windows are not running (a treatment still to come, or switched off). */
  | 'not-now'
  /** Nothing flagged in the list. */
  | 'clear';

export interface ProductVerdict {
  state: VerdictState;
  /** Families to avoid or watch now, avoid first. */
  now: FlaggedFamily[];
  /** Present at a low level only: shown quietly. */
  traces: Finding[];
  /** For `window-over`: when the last window for these families ended. */
  clearSince: Date | null;
}

/**
 * What a product means for this patient now: which of its flagged families fall inside a
 * post-treatment window, until when, and whether any have already ended. Pure.
 */
export function productVerdict(
  input: { analysis: LabelAnalysis | null; productType: ProductType | null },
  settings: Settings,
  now: Date,
  status: SettingsStatus = settingsStatus(settings, now),
): ProductVerdict {
  const findings = input.analysis?.findings ?? [];
  const traces = findings.filter((f) => f.trace);
  const real = findings.filter((f) => !f.trace);
  const byKey = new Map<WindowKey, Finding[]>();
  for (const finding of real) byKey.set(finding.family, [...(byKey.get(finding.family) ?? []), finding]);
  // Makeup is the product's type, not an ingredient: its window applies to the whole product.
  if (input.productType === 'makeup') byKey.set('makeup', []);
  if (settings.treatments.length === 0) {
    return { state: byKey.size ? 'no-treatment' : 'clear', now: [], traces, clearSince: null };
  }
  const active: FlaggedFamily[] = [];
  let clearSince: Date | null = null;
  for (const [key, keyFindings] of byKey) {
    const window = status[key];
    if (window.avoidNow) {
      const level = key === 'makeup' || keyFindings.some((f) => f.level === 'avoid') ? 'avoid' : 'caution';
      active.push({
        key,
        level,
        findings: keyFindings,
        until: window.until,
        untilCleared: window.untilCleared,
      });
    } else if (window.endedAt && (!clearSince || window.endedAt > clearSince)) {
      clearSince = window.endedAt;
    }
  }
  active.sort((a, b) => (a.level === b.level ? 0 : a.level === 'avoid' ? -1 : 1));
  const state: VerdictState = active.some((f) => f.level === 'avoid')
    ? 'avoid'
    : active.length
      ? 'caution'
      : byKey.size
        ? clearSince
          ? 'window-over'
          : 'not-now'
        : 'clear';
  return { state, now: active, traces, clearSince: state === 'window-over' ? clearSince : null };
}
