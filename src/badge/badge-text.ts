import type { LabelAnalysis } from '../ingredients/analyze-label';

export interface Badge {
  text: string;
  color: string | null;
}

const AVOID_RED = '#b42318';
const CAUTION_AMBER = '#b54708';

/**
 * The toolbar badge for a page: how many ingredient families to avoid (red), or a "!" in amber
 * when there are only cautions. Traces never count.
 */
export function badgeFor(analysis: LabelAnalysis | null): Badge {
  const real = analysis?.findings.filter((f) => !f.trace) ?? [];
  const avoid = new Set(real.filter((f) => f.level === 'avoid').map((f) => f.family));
  if (avoid.size > 0) return { text: String(avoid.size), color: AVOID_RED };
  if (real.length > 0) return { text: '!', color: CAUTION_AMBER };
  return { text: '', color: null };
}
