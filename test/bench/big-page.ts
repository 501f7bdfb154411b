import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

const REVIEW = (i: number) =>
  `<div class="review" data-review-id="${i}"><h4>Review ${i}: lovely texture</h4><p>I have used this for ${i % 12} weeks. No retinol, no glycolic acid — ingredients: water, glycerin, squalane — my skin loves it. Would buy again, ${'really '.repeat(i % 7)}happy.</p><span class="stars">★★★★☆</span><button>Helpful (${i % 30})</button></div>`;
const TILE = (i: number) =>
  `<li class="product-tile"><a href="/product/p-${i}"><img alt="Product ${i}" src="/i/${i}.jpg"><span class="brand">Brand ${i % 40}</span><span class="name">Hydrating Cream ${i}</span><span class="price">$${10 + (i % 50)}.00</span></a></li>`;

/**
 * A product page of about `bytes` (default 2 MB): a fixture page with thousands of reviews and
 * recommendation carousels appended, as on a popular product.
 */
export function bigProductPage(fixture: string, bytes = 2 * 1024 * 1024): string {
  const base = readFileSync(join(PAGES, fixture), 'utf8');
  const reviews: string[] = [];
  const tiles: string[] = [];
  let size = base.length;
  for (let i = 0; size < bytes; i++) {
    const review = REVIEW(i);
    const tile = TILE(i);
    reviews.push(review);
    if (i % 3 === 0) tiles.push(tile);
    size += review.length + (i % 3 === 0 ? tile.length : 0);
  }
  const noise = `<section id="reviews-container">${reviews.join('')}</section><section class="carousel recommendations"><ul>${tiles.join('')}</ul></section>`;
  return base.replace('</body>', `${noise}</body>`);
}
