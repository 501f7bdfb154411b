import type { Finding, LabelAnalysis } from '../ingredients/analyze-label';
import { avoidNameFindings } from '../ingredients/avoid-names';
import type { ProductType } from '../ingredients/family-schema';
import { nameKey } from '../ingredients/name-key';
import type { WindowKey } from '../window/keys';
import type { Settings } from '../window/treatment';
import {
  avoidNameKeys,
  avoidNameStatus,
  type SettingsStatus,
  settingsStatus,
  type WindowStatus,
} from '../window/window-status';

/** The key of a name on an avoid list: shown like a family, with the listed name beside it. */
export const AVOID_LIST = 'avoid-list';
export type FlagKey = WindowKey | typeof AVOID_LIST;

/** Who put a name on the avoid list, for the popup's line under it. */
export interface AvoidNameFlag {
  /** As listed ("Niacinamide"). */
  name: string;
  from: 'clinic' | 'patient';
  /** The clinic's name when `from` is the clinic. */
  clinic: string | null;
}

/** One family (or makeup, or a listed name) the product has, with what the patient's windows say about it. */
export interface FlaggedFamily {
  key: FlagKey;
  /** For `avoid-list`: the listed name this is about. */
  avoidName?: AvoidNameFlag;
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
  const listed = listedNames(input.analysis, settings, now);
  for (const name of listed) {
    if (name.status.avoidNow) {
      active.push({
        key: AVOID_LIST,
        avoidName: name.flag,
        level: 'avoid',
        findings: name.findings,
        until: name.status.until,
        untilCleared: name.status.untilCleared,
      });
    } else if (name.status.endedAt && (!clearSince || name.status.endedAt > clearSince)) {
      clearSince = name.status.endedAt;
    }
  }
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
  // A name the clinic or patient listed is no quiet trace, whatever its place in the list.
  const listedNow = new Set(
    listed.filter((n) => n.status.avoidNow).flatMap((n) => n.findings.map((f) => nameKey(f.name))),
  );
  const shownTraces = listedNow.size ? traces.filter((f) => !listedNow.has(nameKey(f.name))) : traces;
  active.sort((a, b) => (a.level === b.level ? 0 : a.level === 'avoid' ? -1 : 1));
  const state: VerdictState = active.some((f) => f.level === 'avoid')
    ? 'avoid'
    : active.length
      ? 'caution'
      : byKey.size || listed.length
        ? clearSince
          ? 'window-over'
          : 'not-now'
        : 'clear';
  return {
    state,
    now: active,
    traces: shownTraces,
    clearSince: state === 'window-over' ? clearSince : null,
  };
}

interface ListedName {
  flag: AvoidNameFlag;
  findings: Finding[];
  status: WindowStatus;
}

/** The avoid-list names this product has, each with its own window; none without a list. */
function listedNames(analysis: LabelAnalysis | null, settings: Settings, now: Date): ListedName[] {
  const keys = avoidNameKeys(settings);
  if (!analysis || keys.length === 0) return [];
  const entries = settings.treatments.flatMap((treatment) =>
    (treatment.avoidNames ?? []).map((entry) => ({ treatment, entry })),
  );
  const found = avoidNameFindings(
    analysis,
    entries.map(({ entry }) => entry.name),
  );
  const names: ListedName[] = [];
  for (const [key, findings] of found) {
    const status = avoidNameStatus(settings, key, now);
    // The entry of the treatment that decides the window names who listed it.
    const owner =
      entries.find((e) => nameKey(e.entry.name) === key && e.treatment.id === status.treatmentId) ??
      entries.find((e) => nameKey(e.entry.name) === key);
    if (!owner) continue;
    names.push({
      flag: {
        name: owner.entry.name,
        from: owner.entry.from,
        clinic: owner.entry.from === 'clinic' ? (owner.treatment.clinic?.name ?? null) : null,
      },
      findings,
      status,
    });
  }
  return names;
}
