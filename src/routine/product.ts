import * as v from 'valibot';
import type { LabelAnalysis } from '../ingredients/analyze-label';
import {
  FAMILY_IDS,
  LEVELS,
  PRODUCT_TYPES,
  type Level,
  type ProductType,
} from '../ingredients/family-schema';
import type { PageScan } from '../extract/page-scan';
import { LINE_REASON_CODES, PLAIN_REASON_CODES } from '../ingredients/reasons';
import type { WindowKey } from '../window/keys';
import type { CheckCode } from '../window/checks';
import { parseInstant } from '../window/instant';

/** A product the patient has on their shelf, saved from a shop page or typed in. */
export interface OwnedProduct {
  /** Unique within the list; chosen by whoever adds the product. */
  id: string;
  /** What the patient calls it: the page's title at first, renamed at will. */
  name: string;
  brand: string | null;
  type: ProductType | null;
  /** The shop page it was saved from; null for a product added by hand. */
  url: string | null;
  /** The ingredient list as read, and where ("sephora: ingredients panel"; null when pasted). */
  list: { text: string; source: string | null };
  /** The engine's reading of the list when it was saved. */
  analysis: LabelAnalysis;
  /** ISO 8601 with an offset. */
  addedAt: string;
}

/** 2: findings carry reason and note codes (1 had English sentences; `src/storage/versions.ts`). */
export const PRODUCTS_VERSION = 2;

export interface ProductShelf {
  /** Bumped when the stored shape changes, so storage can migrate rather than drop. */
  version: typeof PRODUCTS_VERSION;
  products: OwnedProduct[];
}

export function emptyShelf(): ProductShelf {
  return { version: PRODUCTS_VERSION, products: [] };
}

// Bounds that keep storage small and only catch nonsense: a label is a few thousand characters.
const MAX_LIST_CHARS = 20_000;
const MAX_PRODUCTS = 300;

const Name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(300));
const Short = v.pipe(v.string(), v.maxLength(2_000));
const Names = v.pipe(v.array(Short), v.maxLength(500));

// Stored values are read with `v.object`: a field written by a newer version is dropped, not fatal.
const ReasonSchema = v.variant('code', [
  v.object({ code: v.literal('family'), family: v.picklist(FAMILY_IDS) }),
  v.object({ code: v.picklist(LINE_REASON_CODES), marker: Short }),
  v.object({ code: v.literal('acid-group'), others: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  v.object({ code: v.literal('near-end'), ingredient: Short }),
  v.object({ code: v.picklist(PLAIN_REASON_CODES) }),
]);

const NoteSchema = v.variant('code', [
  v.object({ code: v.literal('member'), note: Short }),
  v.object({ code: v.literal('brand'), brand: Short, member: Short }),
]);

const FindingSchema = v.object({
  name: Short,
  family: v.picklist(FAMILY_IDS),
  // 0: stated in words outside the list (a drug label's sentence, a brand).
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  trace: v.boolean(),
  level: v.picklist(LEVELS),
  reason: ReasonSchema,
  canonical: Short,
  part: v.nullable(Short),
  role: v.picklist(['active', 'inactive', 'ingredient']),
  note: v.nullable(NoteSchema),
});

const AnalysisSchema = v.object({
  parts: v.pipe(v.array(v.object({ title: v.nullable(Short), ingredients: Names })), v.maxLength(50)),
  ingredients: Names,
  findings: v.pipe(v.array(FindingSchema), v.maxLength(500)),
});

export const OwnedProductSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: Name,
  brand: v.nullable(Short),
  type: v.nullable(v.picklist(PRODUCT_TYPES)),
  url: v.nullable(v.pipe(v.string(), v.url(), v.maxLength(MAX_LIST_CHARS))),
  list: v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_LIST_CHARS)),
    source: v.nullable(Short),
  }),
  analysis: AnalysisSchema,
  addedAt: v.pipe(
    v.string(),
    v.check((s) => parseInstant(s) !== null, 'not-an-instant' satisfies CheckCode),
  ),
});

export const ProductShelfSchema = v.object({
  version: v.literal(PRODUCTS_VERSION),
  products: v.pipe(
    v.array(OwnedProductSchema),
    v.maxLength(MAX_PRODUCTS),
    v.check(
      (products) => new Set(products.map((p) => p.id)).size === products.length,
      'duplicate-id' satisfies CheckCode,
    ),
  ),
});

/** What a product is flagged for: each family (and makeup, for a makeup product) at its level. */
export function productKeys(product: Pick<OwnedProduct, 'analysis' | 'type'>): Map<WindowKey, Level> {
  const keys = new Map<WindowKey, Level>();
  for (const finding of product.analysis.findings) {
    if (finding.trace) continue;
    if (keys.get(finding.family) !== 'avoid') keys.set(finding.family, finding.level);
  }
  // Makeup is the product's type, not an ingredient: its window applies to the whole product.
  if (product.type === 'makeup') keys.set('makeup', 'avoid');
  return keys;
}

/** A new id no other product has. */
export function freshProductId(products: readonly OwnedProduct[], now: Date): string {
  let id = `p${now.getTime().toString(36)}`;
  while (products.some((p) => p.id === id)) id += 'x';
  return id;
}

/**
 * The address that names a product page, for "do I own this?": host and path, without the query,
 * the fragment or a trailing slash (shops add tracking and variant parameters to the same page).
 */
function pageKey(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, '').toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** The list's ingredient names as one comparable string, or null for a list too short to tell apart. */
function listKey(analysis: LabelAnalysis | null): string | null {
  const names = analysis?.ingredients ?? [];
  // Two products sharing a three-ingredient list are rare; sharing a shorter one is not.
  return names.length >= 3 ? names.map((n) => n.toLowerCase().replace(/\s+/g, ' ')).join('|') : null;
}

/**
 * The saved product a shop page shows, or null: the same page address, or the very same
 * ingredient list (a product saved from another shop, or typed in from its pack).
 */
export function ownedProductFor(
  products: readonly OwnedProduct[],
  page: { url: string; analysis: LabelAnalysis | null },
): OwnedProduct | null {
  const key = pageKey(page.url);
  const byPage = key === null ? undefined : products.find((p) => p.url !== null && pageKey(p.url) === key);
  if (byPage) return byPage;
  const list = listKey(page.analysis);
  return list === null ? null : (products.find((p) => listKey(p.analysis) === list) ?? null);
}

/** The product on a scanned shop page, as "I have this" saves it; null when there is nothing to save. */
export function scannedProduct(scan: PageScan, id: string, addedAt: string): OwnedProduct | null {
  if (!scan.product || !scan.isCosmeticProduct || !scan.list || !scan.analysis) return null;
  return {
    id,
    name: scan.product.title?.trim() || scan.list.source,
    brand: scan.product.brand,
    type: scan.product.type,
    url: scan.url,
    list: { text: scan.list.text, source: scan.list.source },
    analysis: scan.analysis,
    addedAt,
  };
}
