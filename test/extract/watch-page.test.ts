import { afterEach, describe, expect, test } from 'vitest';
import { type PageScan, scanPage } from '../../src/extract/page-scan';
import { type PageWatch, watchPage } from '../../src/extract/watch-page';

const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

function productShell(title: string): string {
  document.head.innerHTML = '<meta property="og:type" content="product">';
  return `<nav class="breadcrumb"><a>Skincare</a></nav><h1>${title}</h1><div id="details"></div>`;
}

let watch: PageWatch | undefined;
afterEach(() => watch?.stop());

function watched(href: () => string, options: { maxWatchMs?: number } = {}) {
  const reports: PageScan[] = [];
  let scans = 0;
  watch = watchPage({
    root: document,
    scan: () => {
      scans++;
      return scanPage(document, href());
    },
    report: (scan) => reports.push(scan),
    debounceMs: 10,
    maxWatchMs: options.maxWatchMs ?? 2000,
  });
  return { reports, scans: () => scans };
}

describe('watching a page', () => {
  test('a list that arrives after load is picked up', async () => {
    document.body.innerHTML = productShell('Night Serum');
    const { reports } = watched(() => 'https://shop.example/products/night-serum');
    expect(reports.at(-1)?.list).toBeNull();
    const details = document.getElementById('details');
    details?.insertAdjacentHTML(
      'beforeend',
      '<h2>Ingredients</h2><p>Water, Glycerin, Retinol, Phenoxyethanol</p>',
    );
    await settle();
    expect(reports.at(-1)?.analysis?.findings.map((f) => f.name)).toEqual(['Retinol']);
  });

  test('navigating to another product in a single-page app is picked up', async () => {
    let href = 'https://shop.example/products/one';
    document.body.innerHTML = `${productShell('One')}<h2>Ingredients</h2><p>Water, Glycerin, Squalane</p>`;
    const { reports } = watched(() => href);
    expect(reports.at(-1)?.analysis?.findings).toEqual([]);
    href = 'https://shop.example/products/two';
    document.body.innerHTML = `${productShell('Two')}<h2>Ingredients</h2><p>Water, Glycolic Acid, Glycerin</p>`;
    watch?.restart();
    expect(reports.at(-1)?.product?.title).toBe('Two');
    expect(reports.at(-1)?.analysis?.findings.map((f) => f.name)).toEqual(['Glycolic Acid']);
  });

  test('after a navigation, the previous product’s list still on the page is not taken for the new one’s', async () => {
    let href = 'https://shop.example/products/one';
    document.body.innerHTML = `${productShell('One')}<div id="list"><h2>Ingredients</h2><p>Water, Glycerin, Squalane</p></div>`;
    const { reports } = watched(() => href);
    // The address changes first; the shop renders the new product a moment later.
    href = 'https://shop.example/products/two';
    watch?.restart();
    const list = document.getElementById('list');
    if (list) list.innerHTML = '<h2>Ingredients</h2><p>Water, Retinol, Glycerin</p>';
    await settle();
    expect(reports.at(-1)?.url).toBe(href);
    expect(reports.at(-1)?.analysis?.findings.map((f) => f.name)).toEqual(['Retinol']);
  });

  test('a navigation from a listing to a product is watched until the product arrives', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>Search results</p>';
    let href = 'https://shop.example/search?q=serum';
    const { reports } = watched(() => href);
    expect(reports.at(-1)?.product).toBeNull();
    href = 'https://shop.example/products/night-serum';
    watch?.restart();
    document.body.innerHTML = `${productShell('Night Serum')}<h2>Ingredients</h2><p>Water, Lactic Acid</p>`;
    await settle();
    expect(reports.at(-1)?.product?.title).toBe('Night Serum');
    expect(reports.at(-1)?.analysis?.findings.map((f) => f.name)).toEqual(['Lactic Acid']);
  });

  test('a page with no product signal is scanned once and not watched', async () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>News</p>';
    const { scans } = watched(() => 'https://news.example/');
    document.body.insertAdjacentHTML('beforeend', '<p>More news</p>');
    await settle();
    expect(scans()).toBe(1);
  });

  test('watching stops after its time limit when no list arrives', async () => {
    document.body.innerHTML = productShell('Slow');
    const { scans } = watched(() => 'https://shop.example/products/slow', { maxWatchMs: 30 });
    await settle(60);
    const before = scans();
    document.body.insertAdjacentHTML('beforeend', '<h2>Ingredients</h2><p>Water, Retinol</p>');
    await settle();
    expect(scans()).toBe(before);
  });

  test('changes are debounced into one scan', async () => {
    document.body.innerHTML = productShell('Busy');
    const { scans } = watched(() => 'https://shop.example/products/busy');
    for (let i = 0; i < 20; i++) document.body.insertAdjacentHTML('beforeend', `<span>${i}</span>`);
    await settle();
    expect(scans()).toBe(2);
  });
});
