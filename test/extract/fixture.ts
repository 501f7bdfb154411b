import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixture pages' folder: one folder per shop, and generic/ and hostile/ pages. */
export const PAGES = join(import.meta.dirname, '../fixtures/pages');

/** A fixture page parsed as a document (inert: no script runs, nothing is fetched). */
export function fixturePage(path: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, path), 'utf8'), 'text/html');
}
