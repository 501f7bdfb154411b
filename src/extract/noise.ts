/**
 * Parts of a product page that mention ingredients without being the list: reviews, questions
 * and answers, "customers also bought" carousels, key-ingredient highlights, navigation, footers.
 * One selector per kind of block; a list found inside any of them is ignored.
 */
export const NOISE_SELECTORS: readonly string[] = [
  // Reviews and ratings (Bazaarvoice, PowerReviews, Yotpo, Okendo, Judge.me, shop-built).
  '[id*="review" i]',
  '[class*="review" i]',
  '[data-bv-show]',
  '[id*="ratings" i]',
  // Questions and answers.
  '[id*="question" i]',
  '[class*="question" i]',
  '[class*="qna" i]',
  '[id*="qa-" i]',
  // Carousels and recommendations.
  '[aria-roledescription="carousel"]',
  '[class*="carousel" i]',
  '[class*="recommend" i]',
  '[id*="recommend" i]',
  '[class*="also-bought" i]',
  '[class*="similar" i]',
  '[class*="upsell" i]',
  '[class*="cross-sell" i]',
  // Shopify's Dawn theme: <product-recommendations class="related-products">.
  'product-recommendations',
  '[class*="related-product" i]',
  // Boots' "Customers also viewed" (Rich Relevance).
  '[id*="richRelevance" i]',
  // Key-ingredient highlights ("Key ingredients: Retinol…") and blog or editorial prose.
  '[class*="key-ingredient" i]',
  '[class*="keyingredient" i]',
  '[class*="highlight" i]',
  '[class*="blog" i]',
  // Page chrome.
  'nav',
  'header',
  'footer',
  '[role="navigation"]',
  '[role="search"]',
];

const NOISE = NOISE_SELECTORS.join(',');

/** Whether an element sits inside a block that is not the product's own list. */
export function inNoise(element: Element): boolean {
  return element.closest(NOISE) !== null;
}

const MENU = 'nav, [role="navigation"], [role="menu"], [role="menubar"]';

/**
 * Whether an element is in a menu: a title there (an "Ingredients" link in a shop's menu) heads
 * no list on this page. A section's own <header> is not a menu: its heading titles what follows.
 */
export function inMenu(element: Element): boolean {
  return element.closest(MENU) !== null;
}
