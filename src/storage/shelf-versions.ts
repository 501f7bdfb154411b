import type { Reason } from '../ingredients/reasons';
import { type ProductShelf, ProductShelfSchema, PRODUCTS_VERSION } from '../routine/product';
import { isRecord, type ReadResult, readVersioned, type Steps } from './versions';

/**
 * The sentences version 1 stored as a finding's `reason`, as `list-position.ts` wrote them then
 * (frozen here: they are history), with the code each one is today. Any other sentence was the
 * family's own reason.
 */
const V1_REASONS: readonly [RegExp, (match: RegExpExecArray, canonical: string) => Reason][] = [
  [
    /^Listed after (.+), so at most about 1 %: too little to matter here\.$/,
    (m) => line('after-line-trace', m),
  ],
  [
    /^Listed after (.+), so at most about 1 %: part of the preservative system, not an exfoliant\.$/,
    (m) => line('after-line-preservative', m),
  ],
  [
    /^Listed after (.+), so at most about 1 %: at this level it adjusts the pH and does not exfoliate\.$/,
    (m) => line('after-line-ph', m),
  ],
  [
    /^Listed among the colourants that a product may contain: too little/,
    () => ({ code: 'may-contain-trace' }),
  ],
  [
    /^Listed among the colourants that a product may contain: part of/,
    () => ({ code: 'may-contain-preservative' }),
  ],
  [
    /^Listed among the colourants that a product may contain: at this level/,
    () => ({ code: 'may-contain-ph' }),
  ],
  [/^Listed with another exfoliating acid, so/, () => ({ code: 'acid-group', others: 1 })],
  [/^Listed with (\d+) other exfoliating acids, so/, (m) => ({ code: 'acid-group', others: Number(m[1]) })],
  [/^Listed with its preservative partners, so/, () => ({ code: 'preservative-partners' })],
  [/^Listed near the end with a buffering base or salt, so/, () => ({ code: 'end-with-buffer' })],
  [
    /^This list is alphabetical, so its place says nothing; with a base/,
    () => ({ code: 'alphabetical-with-base' }),
  ],
  [/^Almost always a pH adjuster; this list is alphabetical/, () => ({ code: 'alphabetical-ph-adjuster' })],
  [/^Listed next to its salt or a base, so/, () => ({ code: 'next-to-base' })],
  [
    /^Listed near the end, where citric acid is a pH adjuster/,
    (_, canonical) => ({ code: 'near-end', ingredient: canonical }),
  ],
  [/^In the middle of the list it is usually a pH adjuster/, () => ({ code: 'middle-of-list' })],
];

function line(
  code: 'after-line-trace' | 'after-line-preservative' | 'after-line-ph',
  match: RegExpExecArray,
): Reason {
  return { code, marker: match[1] ?? '' };
}

/** A version-1 finding's sentences as today's codes; anything that is not a finding is left to the check. */
function findingWithCodes(finding: unknown): unknown {
  if (!isRecord(finding) || typeof finding.reason !== 'string') return finding;
  const { reason, note, family } = finding;
  const canonical = typeof finding.canonical === 'string' ? finding.canonical : '';
  let code: Reason | null = null;
  for (const [pattern, toCode] of V1_REASONS) {
    const match = pattern.exec(reason);
    if (match) {
      code = toCode(match, canonical);
      break;
    }
  }
  // Version 1 wrote a drug brand's note as "Epiduo contains adapalene".
  const brand =
    typeof note === 'string'
      ? new RegExp(`^(.+) contains ${escaped(canonical.toLowerCase())}$`).exec(note)
      : null;
  return {
    ...finding,
    reason: code ?? { code: 'family', family },
    // A member's note is the data's, by its English words then: not carried over (no saved
    // product shows its notes; a product saved again has them).
    note: brand ? { code: 'brand', brand: brand[1], member: canonical } : null,
  };
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Products 1 → 2: findings carried English sentences as `reason` and `note`; they carry codes now,
 * read back from the sentences version 1 wrote (no engine here: the background reads products).
 */
function reasonsAsCodes(shelf: Record<string, unknown>): Record<string, unknown> {
  const products = Array.isArray(shelf.products)
    ? shelf.products.map((product: unknown) => {
        if (!isRecord(product) || !isRecord(product.analysis) || !Array.isArray(product.analysis.findings))
          return product;
        return {
          ...product,
          analysis: { ...product.analysis, findings: product.analysis.findings.map(findingWithCodes) },
        };
      })
    : shelf.products;
  return { ...shelf, products };
}

/** Steps by the version they produce (`versions.ts`). */
const SHELF_STEPS: Steps = { 2: reasonsAsCodes };

/** A product shelf of any version this extension wrote, in today's shape and checked. */
export function readShelf(raw: unknown): ReadResult<ProductShelf> {
  return readVersioned<ProductShelf>(raw, PRODUCTS_VERSION, SHELF_STEPS, ProductShelfSchema);
}
