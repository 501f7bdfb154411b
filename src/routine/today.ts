import type { FamilyId, Level } from '../ingredients/family-schema';
import type { WindowKey } from '../window/keys';
import type { Settings } from '../window/treatment';
import { type SettingsStatus, nextBoundary, settingsStatus } from '../window/window-status';
import { isStepFamily, type StepFamily } from './plan-schema';
import { type OwnedProduct, productKeys } from './product';
import { type TreatmentWayBack, type WayBackStep, stepFor, wayBack } from './way-back';

/**
 * Today: the patient's products × their treatments × the time → which products to pause, which
 * are coming back, which to use with care and which are fine; which healing checks are due; and
 * the next change. Pure: `now` is always passed in, and the UI words the codes it returns.
 */

export const GROUPS = ['pause', 'coming-back', 'care', 'fine'] as const;
/** In order of precedence: a product is in the first group any of its families puts it in. */
export type Group = (typeof GROUPS)[number];

/** Why a family puts a product where it is. */
export type FamilyReason =
  /** Inside a post-treatment window (or a warning before a booked one). */
  | { kind: 'window'; key: WindowKey; level: Level; until: Date | null; untilCleared: boolean }
  /** The window is over; the family waits for its turn on the way back. */
  | { kind: 'turn'; family: StepFamily; level: Level; step: WayBackStep }
  /** Back at the gentle pace. */
  | { kind: 'ramp'; family: StepFamily; step: WayBackStep };

export interface ProductStatus {
  product: OwnedProduct;
  group: Group;
  /** The families behind the group, most restrictive first; empty when fine. */
  reasons: FamilyReason[];
}

export interface TodayModel {
  /** Each group's products, in the order they were saved. */
  groups: Record<Group, ProductStatus[]>;
  /** The ways back of the treatments that have one for the patient's products. */
  wayBack: TreatmentWayBack[];
  /** Steps whose healing check is asked now. */
  checks: WayBackStep[];
  hasTreatment: boolean;
}

function groupOf(reason: FamilyReason): Group {
  switch (reason.kind) {
    case 'window':
    case 'turn':
      return reason.level === 'avoid' ? 'pause' : 'care';
    case 'ramp':
      return 'coming-back';
  }
}

const rank = (group: Group): number => GROUPS.indexOf(group);

function reasonFor(
  key: WindowKey,
  level: Level,
  status: SettingsStatus,
  plans: readonly TreatmentWayBack[],
): FamilyReason | null {
  const window = status[key];
  if (window.avoidNow) {
    return { kind: 'window', key, level, until: window.until, untilCleared: window.untilCleared };
  }
  if (!isStepFamily(key)) return null;
  const step = stepFor(plans, key);
  if (!step) return null;
  switch (step.state) {
    case 'waiting':
    case 'due':
      return { kind: 'turn', family: key, level, step };
    case 'ramping':
      return { kind: 'ramp', family: key, step };
    case 'done':
      return null;
  }
}

/** The families (not makeup) in any of the products: only these take a turn on the way back. */
export function productFamilies(products: readonly OwnedProduct[]): Set<FamilyId> {
  const families = new Set<FamilyId>();
  for (const product of products) {
    for (const key of productKeys(product).keys()) if (key !== 'makeup') families.add(key);
  }
  return families;
}

/** One product's group and reasons, given the statuses and plans at an instant. */
export function productStatus(
  product: OwnedProduct,
  status: SettingsStatus,
  plans: readonly TreatmentWayBack[],
): ProductStatus {
  const reasons: FamilyReason[] = [];
  for (const [key, level] of productKeys(product)) {
    const reason = reasonFor(key, level, status, plans);
    if (reason) reasons.push(reason);
  }
  reasons.sort((a, b) => rank(groupOf(a)) - rank(groupOf(b)));
  const first = reasons[0];
  return { product, group: first ? groupOf(first) : 'fine', reasons };
}

/** Today for these products and treatments at `now`. */
export function todayModel(products: readonly OwnedProduct[], settings: Settings, now: Date): TodayModel {
  const status = settingsStatus(settings, now);
  const plans = wayBack(settings, now, productFamilies(products));
  const groups: Record<Group, ProductStatus[]> = { pause: [], 'coming-back': [], care: [], fine: [] };
  for (const product of products) {
    const entry = productStatus(product, status, plans);
    groups[entry.group].push(entry);
  }
  return {
    groups,
    wayBack: plans,
    checks: plans.flatMap((p) => p.steps.filter((s) => s.state === 'due')),
    hasTreatment: settings.treatments.length > 0,
  };
}

/** What can change on its own at an instant: groups, due checks, and windows running. */
interface Snapshot {
  groups: Map<string, Group>;
  checks: Set<StepFamily>;
  windows: Set<WindowKey>;
}

/**
 * The window keys worth a word: those of the patient's products, or every key for a patient who
 * has saved none (their windows are all there is to tell).
 */
function relevantKeys(products: readonly OwnedProduct[]): (key: WindowKey) => boolean {
  if (products.length === 0) return () => true;
  const keys = new Set<WindowKey>(products.flatMap((p) => [...productKeys(p).keys()]));
  return (key) => keys.has(key);
}

function snapshot(products: readonly OwnedProduct[], settings: Settings, at: Date): Snapshot {
  const model = todayModel(products, settings, at);
  const status = settingsStatus(settings, at);
  const relevant = relevantKeys(products);
  return {
    groups: new Map(GROUPS.flatMap((g) => model.groups[g].map((s) => [s.product.id, g] as const))),
    checks: new Set(model.checks.map((s) => s.family)),
    windows: new Set(
      (Object.keys(status) as WindowKey[]).filter((key) => status[key].avoidNow && relevant(key)),
    ),
  };
}

export interface ProductMove {
  product: OwnedProduct;
  from: Group;
  to: Group;
}

/** What changed from one instant to a later one, with the current products and settings. */
export interface Changes {
  /** Products that moved group (better or worse), in the order they were saved. */
  moves: ProductMove[];
  /** Families whose healing check is asked now and was not before. */
  checks: StepFamily[];
  /** Window keys whose window was running and no longer is. */
  windowsEnded: WindowKey[];
  /** Window keys whose window (or warning) started. */
  windowsStarted: WindowKey[];
}

function diff(products: readonly OwnedProduct[], before: Snapshot, after: Snapshot): Changes {
  const moves: ProductMove[] = [];
  for (const product of products) {
    const from = before.groups.get(product.id);
    const to = after.groups.get(product.id);
    if (from && to && from !== to) moves.push({ product, from, to });
  }
  return {
    moves,
    checks: [...after.checks].filter((f) => !before.checks.has(f)),
    windowsEnded: [...before.windows].filter((k) => !after.windows.has(k)),
    windowsStarted: [...after.windows].filter((k) => !before.windows.has(k)),
  };
}

export function isEmpty(changes: Changes): boolean {
  return (
    changes.moves.length === 0 &&
    changes.checks.length === 0 &&
    changes.windowsEnded.length === 0 &&
    changes.windowsStarted.length === 0
  );
}

/**
 * What changed between two instants, for reminders: both read with the products and settings as
 * they are now, so the patient's own edits in between (a product added, a check confirmed) are
 * not news.
 */
export function changesBetween(
  products: readonly OwnedProduct[],
  settings: Settings,
  from: Date,
  to: Date,
): Changes {
  return diff(products, snapshot(products, settings, from), snapshot(products, settings, to));
}

/**
 * The next instant after `from` at which something could change on its own: a window edge, a
 * step's turn, the end of a gentle pace. A step after one still waiting for its check cannot
 * start before that check, so it is not a candidate.
 */
function nextCandidate(products: readonly OwnedProduct[], settings: Settings, from: Date): Date | null {
  const times: number[] = [];
  const boundary = nextBoundary(settings, from);
  if (boundary) times.push(boundary.getTime());
  for (const plan of wayBack(settings, from, productFamilies(products))) {
    for (const step of plan.steps) {
      if (step.state === 'waiting' && !step.afterCheck) times.push(step.startsAt.getTime());
      if (step.state === 'ramping' && step.rampEndsAt) times.push(step.rampEndsAt.getTime());
    }
  }
  const next = times.filter((t) => t > from.getTime()).sort((a, b) => a - b)[0];
  return next === undefined ? null : new Date(next);
}

// Each candidate is a window edge or a step, and a patient has a handful of each.
const MAX_CANDIDATES = 200;

/**
 * The next time something the patient sees changes on its own, with what changes then; null when
 * nothing will (everything is back, or waits for a healing check). Also when to set the alarm.
 */
export function nextChange(
  products: readonly OwnedProduct[],
  settings: Settings,
  now: Date,
): (Changes & { at: Date }) | null {
  const base = snapshot(products, settings, now);
  let from = now;
  for (let i = 0; i < MAX_CANDIDATES; i++) {
    const at = nextCandidate(products, settings, from);
    if (!at) return null;
    const changes = diff(products, base, snapshot(products, settings, at));
    if (!isEmpty(changes)) return { ...changes, at };
    from = at;
  }
  return null;
}

/** One saved product's place today, among the patient's products (they decide the way back). */
export function ownedStatus(
  product: OwnedProduct,
  products: readonly OwnedProduct[],
  settings: Settings,
  now: Date,
): ProductStatus {
  return productStatus(
    product,
    settingsStatus(settings, now),
    wayBack(settings, now, productFamilies(products)),
  );
}
