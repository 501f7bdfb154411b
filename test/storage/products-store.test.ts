import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyShelf, type ProductShelf, PRODUCTS_VERSION } from '../../src/routine/product';
import {
  loadProducts,
  productsItem,
  readStoredProducts,
  saveProducts,
  unreadableProductsItem,
  updateProducts,
  watchProducts,
} from '../../src/storage/products-store';
import { product } from '../routine/helpers';

const toner = product('p1', 'glycolicToner', 'Glow toner', 'toner');
const serum = product('p2', 'retinolSerum', 'Night serum', 'serum');
const shelf: ProductShelf = { version: PRODUCTS_VERSION, products: [toner] };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the products in storage.local', () => {
  test('an empty store (a first run, or an update from a version without products): an empty shelf, no problem', async () => {
    expect(await loadProducts()).toEqual({ shelf: emptyShelf(), problem: null, migrated: false });
    // Nothing is written just by reading.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('the value carries its own version, the one marker; the storage item has none besides', async () => {
    await saveProducts(shelf);
    expect((await fakeBrowser.storage.local.get('products')).products).toMatchObject({ version: 2 });
    expect(await productsItem.getMeta()).toEqual({});
  });

  test('a shelf of version 1 (English sentences as reasons) comes in with codes, and is stored so', async () => {
    const v1 = {
      version: 1,
      products: [
        {
          ...toner,
          analysis: {
            ...toner.analysis,
            findings: toner.analysis.findings.map((f) => ({
              ...f,
              reason:
                'AHAs dissolve the bonds between surface skin cells, so on freshly treated skin they sting.',
              note: null,
            })),
          },
        },
      ],
    };
    await fakeBrowser.storage.local.set({ products: v1 });
    const loaded = await loadProducts();
    expect(loaded).toEqual({ shelf, problem: null, migrated: true });
    expect((await fakeBrowser.storage.local.get('products')).products).toEqual(shelf);
    // Read once more: nothing left to migrate.
    expect((await loadProducts()).migrated).toBe(false);
  });

  // The sentences version 1 wrote (src/ingredients/list-position.ts before codes), and their codes.
  test.each([
    ['Retinoids speed up skin turnover.', null, { code: 'family', family: 'aha' }, null],
    [
      'Listed after Phenoxyethanol, so at most about 1 %: at this level it adjusts the pH and does not exfoliate.',
      null,
      { code: 'after-line-ph', marker: 'Phenoxyethanol' },
      null,
    ],
    [
      'Listed after Sodium Benzoate, so at most about 1 %: too little to matter here.',
      null,
      { code: 'after-line-trace', marker: 'Sodium Benzoate' },
      null,
    ],
    [
      'Listed among the colourants that a product may contain: part of the preservative system, not an exfoliant.',
      null,
      { code: 'may-contain-preservative' },
      null,
    ],
    [
      'Listed with 2 other exfoliating acids, so it is there to exfoliate.',
      null,
      { code: 'acid-group', others: 2 },
      null,
    ],
    [
      'Listed with another exfoliating acid, so it is there to exfoliate.',
      null,
      { code: 'acid-group', others: 1 },
      null,
    ],
    [
      'Listed near the end, where citric acid is a pH adjuster, not an exfoliant.',
      null,
      { code: 'near-end', ingredient: 'Glycolic Acid' },
      null,
    ],
    [
      'In the middle of the list it is usually a pH adjuster, but it may exfoliate a little.',
      'usually a trace pH adjuster',
      { code: 'middle-of-list' },
      null,
    ],
    [
      'AHAs dissolve the bonds.',
      'Glyco Peel contains glycolic acid',
      { code: 'family', family: 'aha' },
      { code: 'brand', brand: 'Glyco Peel', member: 'Glycolic Acid' },
    ],
  ])('version 1 "%s" (note %s) reads as %o, note %o', (reason, note, code, noteCode) => {
    const finding = toner.analysis.findings[0];
    const v1 = {
      version: 1,
      products: [{ ...toner, analysis: { ...toner.analysis, findings: [{ ...finding, reason, note }] } }],
    };
    const read = readStoredProducts(v1);
    expect(read.problem).toBeNull();
    expect(read.shelf.products[0]?.analysis.findings[0]).toEqual({
      ...finding,
      reason: code,
      note: noteCode,
    });
  });

  test('what is saved is read back, in local storage (never sync)', async () => {
    await saveProducts(shelf);
    expect(await loadProducts()).toEqual({ shelf, problem: null, migrated: false });
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
    ['corrupt JSON', '{"version":2,"products":[{"id":"p1",', { code: 'wrong-type', path: null }],
    ['wrong types', { version: 2, products: 'my toner' }, { code: 'wrong-type', path: 'products' }],
    [
      'a product without a name',
      { version: 2, products: [{ ...toner, name: '  ' }] },
      { code: 'out-of-range', path: 'products.0.name' },
    ],
    [
      'a bad date',
      { version: 2, products: [{ ...toner, addedAt: 'yesterday' }] },
      { code: 'not-an-instant', path: 'products.0.addedAt' },
    ],
    [
      'an unknown family in a finding',
      {
        version: 2,
        products: [
          {
            ...toner,
            analysis: { ...toner.analysis, findings: [{ ...toner.analysis.findings[0], family: 'snail' }] },
          },
        ],
      },
      { code: 'unknown-value', path: 'products.0.analysis.findings.0.family' },
    ],
    [
      'two products sharing an id',
      { version: 2, products: [toner, { ...serum, id: 'p1' }] },
      { code: 'duplicate-id', path: 'products' },
    ],
    ['a newer version', { version: 4, products: [] }, { code: 'newer-version', path: 'version' }],
    ['no version', { products: [] }, { code: 'missing', path: 'version' }],
  ])('%s: reported, kept aside, never silently dropped', async (_, raw, problem) => {
    await fakeBrowser.storage.local.set({ products: raw });
    const loaded = await loadProducts();
    expect(loaded.shelf).toEqual(emptyShelf());
    expect(loaded.problem).toEqual(problem);
    expect((await unreadableProductsItem.getValue())?.value).toEqual(raw);
    // The stored value itself is untouched until the patient saves again.
    expect((await fakeBrowser.storage.local.get('products')).products).toEqual(raw);
  });

  test('the copy is kept once, not rewritten on every read', async () => {
    await fakeBrowser.storage.local.set({ products: { version: 2, products: 'x' } });
    await loadProducts();
    const first = await unreadableProductsItem.getValue();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await loadProducts();
    expect(await unreadableProductsItem.getValue()).toEqual(first);
  });

  test('saving after an unreadable value starts from an empty shelf, with the copy already kept', async () => {
    const raw = { version: 2, products: 'x' };
    await fakeBrowser.storage.local.set({ products: raw });
    await updateProducts((list) => [...list, serum]);
    expect((await loadProducts()).shelf.products).toEqual([serum]);
    expect((await unreadableProductsItem.getValue())?.value).toEqual(raw);
  });

  test('a shelf that would not read back is refused, not written', async () => {
    await saveProducts(shelf);
    await expect(
      saveProducts({ version: PRODUCTS_VERSION, products: [{ ...serum, url: 'not an address' }] }),
    ).rejects.toMatchObject({ problem: { code: 'not-an-address', path: 'products.0.url' } });
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
