import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import {
  emptyShelf,
  type OwnedProduct,
  type ProductShelf,
  ProductShelfSchema,
  PRODUCTS_VERSION,
} from '../routine/product';

/**
 * The patient's products ("My products"), in `storage.local` only, like the treatments: what
 * someone puts on their skin after a procedure is health data. Versioned from the first release
 * so a later shape is a migration, never a reset.
 */
export const productsItem = storage.defineItem<unknown>('local:products', {
  fallback: null,
  version: PRODUCTS_VERSION,
  migrations: {},
});

/** A copy of anything stored that could not be read, kept so no saved product is lost. */
export const unreadableProductsItem = storage.defineItem<{ savedAt: string; value: unknown } | null>(
  'local:products-unreadable',
  { fallback: null },
);

export interface LoadedProducts {
  shelf: ProductShelf;
  /** Why the stored value could not be used, in one sentence; null when all was well. */
  problem: string | null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Reads a stored value: a valid one as is, nothing as an empty shelf, anything else as a problem. */
export function readStoredProducts(raw: unknown): LoadedProducts {
  if (raw === null || raw === undefined) return { shelf: emptyShelf(), problem: null };
  const parsed = v.safeParse(ProductShelfSchema, typeof raw === 'string' ? safeJson(raw) : raw);
  if (parsed.success) return { shelf: parsed.output as ProductShelf, problem: null };
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return {
    shelf: emptyShelf(),
    problem: `Your saved products could not be read (${where ? `${where}: ` : ''}${issue?.message ?? 'unknown shape'}). A copy was kept; download it below, or add the products again.`,
  };
}

/**
 * The products as stored. A value that fails validation is copied aside (once) and reported, and
 * an empty shelf is returned in its place; the stored value itself is left untouched until the
 * patient saves again.
 */
export async function loadProducts(): Promise<LoadedProducts> {
  const raw = await productsItem.getValue();
  const loaded = readStoredProducts(raw);
  if (loaded.problem) {
    const kept = await unreadableProductsItem.getValue();
    if (!kept || JSON.stringify(kept.value) !== JSON.stringify(raw)) {
      await unreadableProductsItem.setValue({ savedAt: new Date().toISOString(), value: raw });
    }
  }
  return loaded;
}

/** Validates and stores the shelf; a value that would not read back is refused, not written. */
export async function saveProducts(shelf: ProductShelf): Promise<void> {
  const parsed = v.safeParse(ProductShelfSchema, shelf);
  if (!parsed.success) throw new Error(`products not saved: ${parsed.issues[0]?.message ?? 'invalid'}`);
  await productsItem.setValue(parsed.output);
}

/**
 * Changes the stored shelf with `change`, read fresh from storage: the popup and the Today page
 * may both be open. A stored value that could not be read starts over from an empty shelf, as
 * the settings do: `loadProducts` has kept its copy aside first.
 */
export async function updateProducts(
  change: (products: OwnedProduct[]) => OwnedProduct[],
): Promise<ProductShelf> {
  const loaded = await loadProducts();
  const next: ProductShelf = { ...loaded.shelf, products: change(loaded.shelf.products) };
  await saveProducts(next);
  return next;
}

/** Calls back with the products whenever another page changes them. */
export function watchProducts(callback: (loaded: LoadedProducts) => void): () => void {
  return productsItem.watch((raw) => callback(readStoredProducts(raw)));
}
