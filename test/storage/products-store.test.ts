import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyShelf, type ProductShelf } from '../../src/routine/product';
import {
  loadProducts,
  productsItem,
  saveProducts,
  unreadableProductsItem,
  updateProducts,
  watchProducts,
} from '../../src/storage/products-store';
import { product } from '../routine/helpers';

const toner = product('p1', 'glycolicToner', 'Glow toner', 'toner');
const serum = product('p2', 'retinolSerum', 'Night serum', 'serum');
const shelf: ProductShelf = { version: 1, products: [toner] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the products in storage.local', () => {
  test('an empty store (a first run, or an update from a version without products): an empty shelf, no problem', async () => {
    expect(await loadProducts()).toEqual({ shelf: emptyShelf(), problem: null });
    // Nothing is written just by reading.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('the item is versioned from the first release, so a later shape migrates instead of resetting', async () => {
    await saveProducts(shelf);
    expect(await productsItem.getMeta()).toEqual({ v: 1 });
  });

  test('what is saved is read back, in local storage (never sync)', async () => {
    await saveProducts(shelf);
    expect(await loadProducts()).toEqual({ shelf, problem: null });
    expect(await fakeBrowser.storage.local.get('products')).toEqual({ products: shelf });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  test('updates read the stored shelf fresh, so two open pages do not overwrite each other', async () => {
    await saveProducts(shelf);
    await updateProducts((list) => [...list, serum]);
    await updateProducts((list) => list.map((p) => (p.id === 'p1' ? { ...p, name: 'Toner (pink)' } : p)));
    expect((await loadProducts()).shelf.products.map((p) => p.name)).toEqual(['Toner (pink)', 'Night serum']);
  });

  test.each([
    ['corrupt JSON', '{"version":1,"products":[{"id":"p1",'],
    ['wrong types', { version: 1, products: 'my toner' }],
    ['a product without a name', { version: 1, products: [{ ...toner, name: '  ' }] }],
    ['a bad date', { version: 1, products: [{ ...toner, addedAt: 'yesterday' }] }],
    [
      'an unknown family in a finding',
      {
        version: 1,
        products: [
          {
            ...toner,
            analysis: { ...toner.analysis, findings: [{ ...toner.analysis.findings[0], family: 'snail' }] },
          },
        ],
      },
    ],
    ['two products sharing an id', { version: 1, products: [toner, { ...serum, id: 'p1' }] }],
    ['a newer version', { version: 4, products: [] }],
  ])('%s: reported, kept aside, never silently dropped', async (_, raw) => {
    await fakeBrowser.storage.local.set({ products: raw });
    const loaded = await loadProducts();
    expect(loaded.shelf).toEqual(emptyShelf());
    expect(loaded.problem).toMatch(/^Your saved products could not be read \(.+\)\. A copy was kept/);
    expect((await unreadableProductsItem.getValue())?.value).toEqual(raw);
    // The stored value itself is untouched until the patient saves again.
    expect((await fakeBrowser.storage.local.get('products')).products).toEqual(raw);
  });

  test('the copy is kept once, not rewritten on every read', async () => {
    await fakeBrowser.storage.local.set({ products: { version: 1, products: 'x' } });
    await loadProducts();
    const first = await unreadableProductsItem.getValue();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await loadProducts();
    expect(await unreadableProductsItem.getValue()).toEqual(first);
  });

  test('saving after an unreadable value starts from an empty shelf, with the copy already kept', async () => {
    const raw = { version: 1, products: 'x' };
    await fakeBrowser.storage.local.set({ products: raw });
    await updateProducts((list) => [...list, serum]);
    expect((await loadProducts()).shelf.products).toEqual([serum]);
    expect((await unreadableProductsItem.getValue())?.value).toEqual(raw);
  });

  test('a shelf that would not read back is refused, not written', async () => {
    await saveProducts(shelf);
    await expect(
      saveProducts({ version: 1, products: [{ ...serum, url: 'not an address' }] }),
    ).rejects.toThrow(/not saved/);
    expect((await loadProducts()).shelf).toEqual(shelf);
  });

  test('a write the browser refuses (storage full): the caller hears of it, the saved products stay', async () => {
    await saveProducts(shelf);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateProducts((list) => [...list, serum])).rejects.toThrow('quota exceeded');
    expect((await loadProducts()).shelf).toEqual(shelf);
  });

  test('other pages hear about changes', async () => {
    const seen: string[][] = [];
    const unwatch = watchProducts((loaded) => seen.push(loaded.shelf.products.map((p) => p.name)));
    await saveProducts(shelf);
    await updateProducts((list) => [...list, serum]);
    unwatch();
    expect(seen).toEqual([['Glow toner'], ['Glow toner', 'Night serum']]);
  });
});
