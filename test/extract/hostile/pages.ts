/**
 * Hostile and odd product pages, generated in code (no multi-megabyte fixtures). Every page is a
 * single cosmetic product (Open Graph `product`, a "Skincare" breadcrumb, a serum's title), so
 * the generic reading applies and the only question is whether the list is still found.
 */

export const PRODUCT_HEAD =
  '<meta charset="utf-8"><title>Midnight Renewal Serum</title><meta property="og:type" content="product">';

const BREADCRUMB =
  '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/skincare">Skincare</a></li><li><a href="/skincare/serums">Serums</a></li></ol></nav>';

export const TITLE = 'Midnight Renewal Serum';

/** A whole page as a string: head, breadcrumb, title, then the given body content. */
export function productPage(body: string, head = PRODUCT_HEAD): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${BREADCRUMB}<main><h1>${TITLE}</h1>${body}</main></body></html>`;
}

/**
 * Parses a page into a fresh, inert document (no browsing context: nothing runs, nothing loads).
 * happy-dom builds large trees about 3× faster from `body.innerHTML` of a created document than
 * from `DOMParser`, so the big pages use this; the result is the same tree.
 */
export function inertDocument(html: string): Document {
  const document = globalThis.document.implementation.createHTMLDocument('');
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

// ---------------------------------------------------------------------------------------------
// 100,000 nodes

/** The real list, planted deep inside the big page. */
export const REAL_LIST = 'Water, Glycerin, Niacinamide, Salicylic Acid, Retinol, Squalane, Phenoxyethanol';

// Decoys: longer lists, each inside a block the reading must ignore (reviews, carousel, footer).
// If noise filtering broke, the longest list would win and bring Glycolic Acid and Benzoyl
// Peroxide into the findings.
const DECOY =
  'Water, Glycolic Acid, Benzoyl Peroxide, Glycerin, Alcohol Denat., Parfum, Limonene, Linalool, Xanthan Gum';

const review = (i: number): string =>
  `<div class="review" data-id="${i}"><h4>Review ${i}</h4><p><b>Ingredients:</b> ${DECOY}</p><p>Used it for ${i % 12} weeks, skin feels great.</p><span>★★★★☆</span></div>`;
const tile = (i: number): string =>
  `<li class="tile"><a href="/p/${i}"><span class="brand">Brand ${i % 40}</span><span class="name">Hydrating Cream ${i}</span><span class="price">$${10 + (i % 50)}.00</span></a></li>`;
const filler = (i: number): string =>
  `<div class="spec"><span class="k">Spec ${i}</span><span class="v">Value ${i}</span></div>`;

export interface BigDomPage {
  html: string;
  /** How deep the real list sits below <main>. */
  depth: number;
}

/**
 * A product page of at least `minNodes` DOM nodes: a mega-menu, thousands of spec rows, hundreds
 * of reviews and recommendation tiles whose text names other ingredients, and the real list in
 * the middle of it all, `depth` wrappers down.
 */
export function bigDomPage(minNodes = 100_000, depth = 60): BigDomPage {
  // Node counts per block (elements + text nodes; the generated markup has no whitespace between
  // tags), to size the page without parsing it twice.
  const REVIEW_NODES = 11;
  const TILE_NODES = 8;
  const FILLER_NODES = 5;
  const reviews = 600;
  const tiles = 600;
  const menu = Array.from({ length: 300 }, (_, i) => `<li><a href="/c/${i}">Category ${i}</a></li>`);
  const fixed = reviews * REVIEW_NODES + tiles * TILE_NODES + menu.length * 3 + depth + 40;
  const fillers = Math.ceil((minNodes - fixed) / FILLER_NODES);
  const half = Math.floor(fillers / 2);
  const rows = (from: number, to: number): string => {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(filler(i));
    return out.join('');
  };
  const deepList =
    '<div class="layer">'.repeat(depth) +
    `<section id="details"><h2>Ingredients</h2><p id="real-list">${REAL_LIST}</p></section>` +
    '</div>'.repeat(depth);
  const body = [
    `<header><nav class="mega-menu"><ul>${menu.join('')}</ul></nav></header>`,
    `<div class="specs">${rows(0, half)}</div>`,
    deepList,
    `<div class="specs">${rows(half, fillers)}</div>`,
    `<section id="reviews">${Array.from({ length: reviews }, (_, i) => review(i)).join('')}</section>`,
    `<section class="carousel recommendations"><ul>${Array.from({ length: tiles }, (_, i) => tile(i)).join('')}</ul></section>`,
    `<footer><p><b>Ingredients:</b> ${DECOY}</p></footer>`,
  ].join('');
  return { html: productPage(body), depth };
}

// ---------------------------------------------------------------------------------------------
// 10 MB of text

const WORDS =
  'this lightweight serum glides on and sinks in quickly leaving skin soft smooth and radiant with a glow that lasts all day'.split(
    ' ',
  );

/** Marketing prose of about `chars` characters, in sentences, naming no ingredient at all. */
export function prose(chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const word = WORDS[i % WORDS.length] ?? 'skin';
    const piece = i % 19 === 18 ? `${word}.` : word;
    out.push(piece);
    length += piece.length + 1;
  }
  return out.join(' ');
}

export const TEN_MB = 10 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// 5,000 entries

/** Flagged names planted in the long list, by 1-based position. */
export const PLANTED: ReadonlyMap<number, string> = new Map([
  [1, 'Salicylic Acid'],
  [1234, 'Benzoyl Peroxide'],
  [2500, 'Retinol'],
  [5000, 'Glycolic Acid'],
]);

const FILLER_STEMS = [
  'Hydrolyzed Oat Protein',
  'Sodium PCA',
  'Allantoin',
  'Panthenol',
  'Squalane',
  'Betaine',
];

/**
 * A list of `size` names: harmless made-up fillers (not in alphabetical order, which would make
 * positions meaningless) with the planted names at their positions.
 */
export function longList(size = 5000): string[] {
  return Array.from(
    { length: size },
    (_, i) => PLANTED.get(i + 1) ?? `${FILLER_STEMS[i % FILLER_STEMS.length]} Fraction ${size - i}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Deep nesting

/**
 * Appends `depth` nested elements under `parent` with DOM calls (an HTML parser caps nesting,
 * Chromium at 512 levels, but a page's own script can build a tree of any depth), alternating
 * block and inline tags so both branches of the text reader are exercised. Returns the innermost.
 */
export function nest(parent: Element, depth: number): Element {
  const document = parent.ownerDocument;
  let at = parent;
  for (let i = 0; i < depth; i++) {
    const child = document.createElement(i % 2 === 0 ? 'div' : 'span');
    at.append(child);
    at = child;
  }
  return at;
}
