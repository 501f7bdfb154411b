import type { ProductVerdict } from '../verdict/product-verdict';

export interface Badge {
  text: string;
  color: string | null;
}

const AVOID_RED = '#b42318';
const CAUTION_AMBER = '#b54708';

/**
 * The toolbar badge for a page: how many families to avoid now (red), "!" in amber when there are
 * only cautions, nothing when the product is clear, the windows are over, or no treatment is set.
 */
export function badgeFor(verdict: ProductVerdict | null): Badge {
  if (!verdict) return { text: '', color: null };
  const avoid = verdict.now.filter((f) => f.level === 'avoid').length;
  if (avoid > 0) return { text: String(avoid), color: AVOID_RED };
  if (verdict.now.length > 0) return { text: '!', color: CAUTION_AMBER };
  return { text: '', color: null };
}
