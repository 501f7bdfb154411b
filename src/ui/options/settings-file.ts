import { type OwnedProduct, PRODUCTS_VERSION } from '../../routine/product';
import type { Problem } from '../../storage/problem';
import { readShelf } from '../../storage/shelf-versions';
import { readSettings } from '../../storage/versions';
import type { Settings } from '../../window/treatment';

const FORMAT = 'aftercare-lens-settings';

/**
 * The export file: the settings and the product shelf, each with its own `version`, with a
 * marker saying what the file is. Files written before products had versions hold `products` as
 * a bare list: that list is version 1.
 */
export function settingsFile(settings: Settings, now: Date, products: readonly OwnedProduct[] = []): string {
  const shelf = { version: PRODUCTS_VERSION, products };
  return `${JSON.stringify({ format: FORMAT, exportedAt: now.toISOString(), settings, shelf }, null, 2)}\n`;
}

export type ImportResult =
  /** `products` is null for a file without them (exported before products existed): keep the current ones. */
  | { ok: true; settings: Settings; products: OwnedProduct[] | null }
  /** What is wrong, as a code and where; the options page words it. */
  | { ok: false; problem: Problem };

/**
 * The shelf a file holds: `shelf` (with its version), or the bare `products` list of the files
 * written before (version 1); undefined when the file has neither.
 */
function shelfIn(data: object): { shelf: unknown; at: string | null } | undefined {
  if ('shelf' in data) return { shelf: data.shelf, at: 'shelf' };
  // The bare list's problems are at "products.…", as in the file.
  if ('products' in data) return { shelf: { version: 1, products: data.products }, at: null };
  return undefined;
}

/**
 * Reads an export file back, of any version: the settings and the products go through the same
 * migrations and checks as the stored ones (`storage/versions.ts`).
 */
export function readSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json', path: null } };
  }
  const wrapped = typeof data === 'object' && data !== null && 'settings' in data;
  if (wrapped && (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, problem: { code: 'not-settings-file', path: 'format' } };
  }
  const settings = readSettings(wrapped ? (data as { settings: unknown }).settings : data);
  if (!settings.ok) return { ok: false, problem: prefixed(settings.problem, wrapped ? 'settings' : null) };
  const held = wrapped ? shelfIn(data as object) : undefined;
  if (held === undefined) return { ok: true, settings: settings.value, products: null };
  const products = readShelf(held.shelf);
  if (!products.ok) return { ok: false, problem: prefixed(products.problem, held.at) };
  return { ok: true, settings: settings.value, products: products.value.products };
}

/** The problem's place within the file. */
function prefixed(problem: Problem, at: string | null): Problem {
  if (at === null) return problem;
  return { ...problem, path: problem.path ? `${at}.${problem.path}` : at };
}
