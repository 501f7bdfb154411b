import { describe, expect, test } from 'vitest';
import { readPage } from '../../src/extract/page-scan';
import { mayShowProduct } from '../../src/extract/product-signal';
import { fixturePage } from './fixture';

const read = (path: string, url: string) => readPage(fixturePage(path), url, []);
const hits = (path: string, url: string): string[] =>
  read(path, url)
    .scan.analysis?.findings.filter((f) => !f.trace)
    .map((f) => `${f.family}:${f.name}`) ?? [];

describe('generic reading of any product page', () => {
  test.each([
    {
      page: 'generic/en-brand-store-heading.html',
      url: 'https://lumenskin.example/products/bright-peel-pads',
      source: 'generic: heading',
      first: 'Water',
      last: 'Ethylhexylglycerin',
      title: 'Bright Peel Pads',
      type: 'exfoliant',
      findings: ['aha:Glycolic Acid', 'bha:Salicylic Acid'],
    },
    {
      page: 'generic/fr-boutique-accordeon.html',
      url: 'https://maisonpeau.example/produit/serum-nuit',
      source: 'generic: heading',
      first: 'Aqua',
      last: 'Citric Acid',
      title: 'Sérum Nuit Rétinol',
      type: 'serum',
      findings: ['retinoid:Retinol'],
    },
    {
      page: 'generic/de-shop-tabelle.html',
      url: 'https://hautwerk.example/p/tonikum',
      source: 'generic: heading',
      first: 'Aqua',
      last: 'Limonene',
      title: 'Klärendes Tonikum',
      type: 'toner',
      findings: [
        'drying-alcohol:Alcohol Denat',
        'aha:Lactic Acid',
        'bha:Salix Alba Bark Extract',
        'fragrance:Parfum',
        'fragrance:Limonene',
      ],
    },
    {
      page: 'generic/drug-json-ld.html',
      url: 'https://clearpharmacy.example/acne-wash',
      source: 'generic: structured data',
      first: 'Benzoyl Peroxide',
      last: 'Carbomer',
      title: 'Acne Foaming Wash 10%',
      type: 'cleanser',
      findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
    },
  ])('$page', ({ page, url, source, first, last, title, type, findings }) => {
    const { scan, listElement } = read(page, url);
    expect(scan.list?.source).toBe(source);
    expect(scan.analysis?.ingredients[0]).toBe(first);
    expect(scan.analysis?.ingredients.at(-1)).toBe(last);
    expect(scan.product).toMatchObject({ title, type });
    expect(scan.isCosmeticProduct).toBe(true);
    expect(hits(page, url)).toEqual(findings);
    if (source === 'generic: heading') expect(listElement?.textContent).toContain(first);
  });

  test('reviews and key-ingredient highlights around the list are ignored', () => {
    const { scan } = read(
      'generic/en-brand-store-heading.html',
      'https://lumenskin.example/products/bright-peel-pads',
    );
    expect(scan.analysis?.ingredients).not.toContain('Niacinamide — brightens');
    expect(scan.analysis?.ingredients.filter((i) => /glycolic/i.test(i))).toEqual(['Glycolic Acid']);
  });
});

describe('real markup patterns on any shop', () => {
  test.each([
    {
      name: 'a UK pharmacy medicine (BPO 5% w/w gel) in a hidden accordion: checked like a cosmetic',
      page: 'generic/uk-pharmacy-bpo-gel-accordion.html',
      url: 'https://www.riversidepharmacy.example/clearis-5-w-w-gel-30g',
      first: 'Benzoyl Peroxide',
      last: 'Purified Water',
      product: {
        title: 'Clearis 5% w/w Gel 30g',
        breadcrumbs: ['Home', 'Pharmacy & Health', 'Skin Conditions', 'Acne'],
      },
      findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
      notInList: ['external use', 'thin layer', 'Salicylic'],
    },
    {
      name: 'WooCommerce and an SEO plugin each print a Product block for the one product',
      page: 'generic/woocommerce-two-product-blocks.html',
      url: 'https://hedgerowapothecary.example/shop/calming-cica-cleansing-balm/',
      first: 'Caprylic/Capric Triglyceride',
      last: 'Sodium Lauryl Sulfate',
      product: {
        title: 'Calming Cica Cleansing Balm',
        type: 'cleanser',
        breadcrumbs: ['Home', 'Skincare', 'Cleansers'],
      },
      findings: ['harsh-surfactant:Sodium Lauryl Sulfate'],
      notInList: ['glycolic', 'emulsify'],
    },
    {
      name: 'JSON-LD "@type": "product" in lower case, at an address without /product/',
      page: 'generic/lowercase-json-ld-type.html',
      url: 'https://mossandmarrow.example/shop/clarifying-night-gel',
      first: 'Aqua',
      last: 'Phenoxyethanol',
      product: { title: 'Clarifying Night Gel', brand: 'Moss & Marrow', category: 'Skincare > Treatments' },
      findings: ['aha:Mandelic Acid'],
      notInList: ['thin layer'],
    },
    {
      name: 'a German pharmacy whose product is only the mainEntity of a JSON-LD WebPage',
      page: 'generic/pharmacy-webpage-main-entity-de.html',
      url: 'https://www.shop-apotheke.com/beauty/upm0LUMEN1/lumen-klaerendes-peeling-tonikum.htm',
      first: 'Aqua',
      last: 'Parfum',
      product: {
        title: 'Lumen - Klärendes Peeling-Tonikum',
        brand: 'lumen',
        breadcrumbs: ['Home', 'Beauty & Pflege', 'Gesichtspflege', 'Lumen - Klärendes Peeling-Tonikum'],
      },
      findings: ['aha:Glycolic Acid', 'fragrance:Parfum'],
      notInList: ['Fruchtsäure'],
    },
  ])('$name', ({ page, url, first, last, product, findings, notInList }) => {
    const { scan } = read(page, url);
    expect(scan.list?.source).toBe('generic: heading');
    expect(scan.product).toMatchObject(product);
    expect(scan.isCosmeticProduct).toBe(true);
    expect(scan.analysis?.ingredients[0]).toBe(first);
    expect(scan.analysis?.ingredients.at(-1)).toBe(last);
    expect(hits(page, url)).toEqual(findings);
    for (const text of notInList) expect(scan.list?.text.toLowerCase()).not.toContain(text.toLowerCase());
  });

  test('the loader sees a product that is only the mainEntity of a JSON-LD WebPage', () => {
    const page = fixturePage('generic/pharmacy-webpage-main-entity-de.html');
    const url = new URL(
      'https://www.shop-apotheke.com/beauty/upm0LUMEN1/lumen-klaerendes-peeling-tonikum.htm',
    );
    expect(mayShowProduct(url, () => page)).toBe(true);
  });

  test('the loader sees the lower-case product type on a site the user added', () => {
    const page = fixturePage('generic/lowercase-json-ld-type.html');
    expect(
      mayShowProduct(new URL('https://mossandmarrow.example/shop/clarifying-night-gel'), () => page),
    ).toBe(true);
  });
});

describe('an ingredient list given as microdata', () => {
  /** The scan of a product page (Open Graph says so) on a site the user added, with this body. */
  const scanOf = (body: string) =>
    readPage(
      new DOMParser().parseFromString(
        `<!doctype html><html><head><title>Cream</title><meta property="og:type" content="product"></head><body>${body}</body></html>`,
        'text/html',
      ),
      'https://hautladen.example/products/nachtcreme',
      [],
    ).scan;
  const item = (inside: string): string =>
    `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Night Cream</h1>${inside}</div>`;

  test('an `ingredients` property, or an `activeIngredient` of a drug, is the list', () => {
    const cream = scanOf(item('<div itemprop="ingredients">Aqua, Glycerin, Retinol</div>'));
    expect(cream.list).toEqual({ text: 'Aqua, Glycerin, Retinol', source: 'generic: structured data' });
    expect(cream.analysis?.findings.map((f) => f.name)).toContain('Retinol');
    const gel = scanOf(item('<meta itemprop="activeIngredient" content="Benzoyl Peroxide 5%">'));
    expect(gel.list?.text).toBe('Benzoyl Peroxide 5%');
  });

  test("a property with no item around it, or inside the reviews, is not the product's list", () => {
    const list = '<h2>Ingredients</h2><p>Aqua, Squalane</p>';
    const stray = scanOf(`<h1>Night Cream</h1><p itemprop="ingredients">Aqua, Glycerin, Retinol</p>${list}`);
    expect(stray.list?.text).toBe('Aqua, Squalane');
    const review = scanOf(
      item(`<div class="reviews"><p itemprop="ingredients">Aqua, Retinol</p></div>${list}`),
    );
    expect(review.list?.text).toBe('Aqua, Squalane');
  });
});

describe('pages that must produce no findings', () => {
  test('a blog article about retinol is not a product page', () => {
    const { scan } = read('generic/blog-retinol-article.html', 'https://skinjournal.example/retinol-101');
    expect(scan.product).toBeNull();
    expect(scan.analysis).toBeNull();
  });
  test('a grocery product is a product, but not a cosmetic one', () => {
    const { scan } = read('generic/grocery-candy.html', 'https://freshmart.example/p/sour-chews');
    expect(scan.product?.title).toBe('Sour Fruit Chews 200g');
    expect(scan.isCosmeticProduct).toBe(false);
    expect(scan.analysis).toBeNull();
  });
  test('a search-results page has no single list', () => {
    const { scan } = read('generic/search-results.html', 'https://skinshop.example/search?q=retinol');
    expect(scan.product).toBeNull();
    expect(scan.list).toBeNull();
  });
  test('a page with only key ingredients has no list', () => {
    const { scan } = read(
      'generic/key-ingredients-only.html',
      'https://dewy.example/products/renewal-night-cream',
    );
    expect(scan.product?.title).toBe('Renewal Night Cream');
    expect(scan.list).toBeNull();
    expect(scan.analysis).toBeNull();
  });
  test('a page with no product signal is not read at all', () => {
    const document = new DOMParser().parseFromString(
      '<h2>Ingredients</h2><p>Water, Retinol</p>',
      'text/html',
    );
    expect(readPage(document, 'https://example.org/', []).scan).toMatchObject({ product: null, list: null });
  });
});

describe('titles in menus and in section headers', () => {
  const page = (body: string): Document =>
    new DOMParser().parseFromString(
      `<html><head><meta property="og:type" content="product"></head><body>${body}</body></html>`,
      'text/html',
    );
  test('a menu\'s "Ingredients" link heads no list: the page after the menu is not one', () => {
    const { scan } = readPage(
      page(`<header><nav><a href="/ingredients">🌱 Ingredients</a></nav></header>
        <main><h1>Night Serum</h1><p>Water, Retinol, Glycerin, Phenoxyethanol</p></main>`),
      'https://shop.example/products/night-serum',
      [],
    );
    expect(scan.list).toBeNull();
  });
  test("a section's own <header> is no menu: its heading titles the list after it", () => {
    const { scan } = readPage(
      page(`<main><h1>Night Serum</h1><section><header><h2>Ingredients</h2></header>
        <p>Water, Retinol, Glycerin, Phenoxyethanol</p></section></main>`),
      'https://shop.example/products/night-serum',
      [],
    );
    expect(scan.list?.source).toBe('generic: heading');
    expect(scan.analysis?.ingredients).toContain('Retinol');
  });
});

describe('the product name goes to the engine with the list', () => {
  test('a medicine named only by its brand in the page title is flagged', () => {
    const document = new DOMParser().parseFromString(
      `<html><head><title>Shop</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Twyneo Cream 0.1%/3%"}</script></head>
       <body><h1>Twyneo Cream 0.1%/3%</h1><h2>Ingredients</h2><p>Water, Carbomer, Propylene Glycol, Phenoxyethanol</p></body></html>`,
      'text/html',
    );
    const { scan } = readPage(document, 'https://pharmacy.example/products/twyneo-cream', []);
    expect(scan.analysis?.findings.map((f) => `${f.family}:${f.canonical}`).sort()).toEqual([
      'benzoyl-peroxide:Benzoyl Peroxide',
      'retinoid:Tretinoin',
    ]);
  });
});
