import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { emptyShelf, type OwnedProduct, type ProductShelf, ProductShelfSchema } from '../routine/product';
import { issueProblem, type Problem, ProblemError } from './problem';
import { readShelf } from './shelf-versions';
import { parsedIfText } from './versions';

/**
 * The patient's products ("My products"), in `storage.local` only, like the treatments: what
 * someone puts on their skin after a procedure is health data. Like the settings, the value
 * carries its own `version` and is read through `readShelf` (`versions.ts`), the path an
 * imported file takes too.
 */
export const productsItem = storage.defineItem<unknown>('local:products', { fallback: null });

/** A copy of anything stored that could not be read, kept so no saved product is lost. */
export const unreadableProductsItem = storage.defineItem<{ savedAt: string; value: unknown } | null>(
  'local:products-unreadable',
  { fallback: null },
);

export interface LoadedProducts {
  shelf: ProductShelf;
  /** Why the stored value could not be used; null when all was well. The UI words it. */
  problem: Problem | null;
  /** The value was written by an older version and was brought up to date in reading. */
  migrated: boolean;
}

/** Reads a stored value: a valid one (of any version) as is, nothing as an empty shelf, anything else as a problem. */
export function readStoredProducts(raw: unknown): LoadedProducts {
  if (raw === null || raw === undefined) return { shelf: emptyShelf(), problem: null, migrated: false };
  const read = readShelf(parsedIfText(raw));
  return read.ok
    ? { shelf: read.value, problem: null, migrated: read.from < read.value.version }
    : { shelf: emptyShelf(), problem: read.problem, migrated: false };
}

/**
 * The products as stored. A value that fails validation is copied aside (once) and reported, and
 * an empty shelf is returned in its place; the stored value itself is left untouched until the
 * patient saves again. A value from an older version is stored again in today's shape.
 */
export async function loadProducts(): Promise<LoadedProducts> {
  const raw = await productsItem.getValue();
  const loaded = readStoredProducts(raw);
  if (loaded.problem) {
    const kept = await unreadableProductsItem.getValue();
    if (!kept || JSON.stringify(kept.value) !== JSON.stringify(raw)) {
      await unreadableProductsItem.setValue({ savedAt: new Date().toISOString(), value: raw });
    }
  } else if (loaded.migrated) {
    await productsItem.setValue(loaded.shelf);
  }
  return loaded;
}

/** Validates and stores the shelf; a value that would not read back is refused, not written. */
export async function saveProducts(shelf: ProductShelf): Promise<void> {
  const parsed = v.safeParse(ProductShelfSchema, shelf);
  if (!parsed.success) throw new ProblemError(issueProblem(parsed.issues));
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
