import * as v from 'valibot';
import { type OwnedProduct, PRODUCTS_VERSION, ProductShelfSchema } from '../../routine/product';
import { type Settings, SettingsSchema } from '../../window/treatment';

const FORMAT = 'aftercare-lens-settings';

/** The export file: the settings and the saved products, with a marker saying what the file is. */
export function settingsFile(settings: Settings, now: Date, products: readonly OwnedProduct[] = []): string {
  return `${JSON.stringify({ format: FORMAT, exportedAt: now.toISOString(), settings, products }, null, 2)}\n`;
}

export type ImportResult =
  /** `products` is null for a file without them (exported before products existed): keep the current ones. */
  { ok: true; settings: Settings; products: OwnedProduct[] | null } | { ok: false; error: string };

/** The first issue, with where it is ("treatments.0.performedAt: …"). */
function problem(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const issue = issues[0];
  const where = v.getDotPath(issue);
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

/** Reads an export file back, checking every field; the error says what is wrong in a few words. */
export function readSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'it is not a JSON file' };
  }
  const wrapped = typeof data === 'object' && data !== null && 'settings' in data;
  if (wrapped && (data as { format?: unknown }).format !== FORMAT) {
    return { ok: false, error: 'it is not an Aftercare Lens settings file' };
  }
  const parsed = v.safeParse(SettingsSchema, wrapped ? (data as { settings: unknown }).settings : data);
  if (!parsed.success) return { ok: false, error: problem(parsed.issues) };
  if (!wrapped || !('products' in (data as object))) {
    return { ok: true, settings: parsed.output as Settings, products: null };
  }
  // The products go through the same check as the stored ones.
  const shelf = v.safeParse(ProductShelfSchema, {
    version: PRODUCTS_VERSION,
    products: (data as { products: unknown }).products,
  });
  if (!shelf.success) return { ok: false, error: problem(shelf.issues) };
  return { ok: true, settings: parsed.output as Settings, products: shelf.output.products as OwnedProduct[] };
}
