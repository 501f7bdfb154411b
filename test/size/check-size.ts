import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size` (after `npm run build`), checked in CI: what the extension puts into shop pages.
 * The loader runs on every page of the supported shops, so it has the 20 KB gzip budget;
 * the page scanner is injected only into pages that may show a product, and its budget is what it
 * is today plus a little room, so it cannot grow unnoticed (docs/performance.md).
 */
const BUDGETS = [
  { name: 'loader (content script)', file: 'loader.js', bytes: 20 * 1024 },
  // 46.0 KB before issue 13, 49.4 KB after it (label words in eight more languages, the title
  // matcher, paragraphs and tab panels), 54.7 KB after the engine learned drug labels (brands,
  // medicines stated in sentences, blurbs, decoder tables); 52.9 KB after issue 16 (reasons and
  // notes as codes, their English left to _locales), 54.1 KB with medicines named in every EU
  // language, Russian, Turkish and Chinese and older shop layouts: docs/performance.md. The budget
  // grows with the languages the engine reads (about 0.3 KB a round of names), not with code.
  { name: 'page scanner', file: 'scanner.js', bytes: 56 * 1024 },
];

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
let over = false;
for (const { name, file, bytes } of BUDGETS) {
  const gzip = gzipSync(readFileSync(join(import.meta.dirname, '../../.output/chrome-mv3', file)), {
    level: 9,
  }).length;
  console.log(`${name}: ${kb(gzip)} gzip (budget ${kb(bytes)})`);
  if (gzip > bytes) {
    console.error(`${name} is over its size budget by ${kb(gzip - bytes)}`);
    over = true;
  }
}
if (over) process.exit(1);
