import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/** A fixture page parsed as a document (inert: no script runs, nothing is fetched). */
export function fixturePage(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, path), 'utf8'), 'text/html');
}
