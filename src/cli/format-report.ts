import { reasonText } from '../i18n/core-text';
import type { Wording } from '../i18n/messages';
import type { Finding, LabelAnalysis } from '../ingredients/analyze-label';
import type { ProductType } from '../ingredients/family-schema';

/** What a scanned page adds to the report. */
export interface PageSummary {
  source: string | null;
  title: string | null;
  brand: string | null;
  type: ProductType | null;
  variant: string | null;
  isProductPage: boolean;
  isCosmeticProduct: boolean;
}

function findingLine(words: Wording, f: Finding): string {
  const where = f.part ? `${f.part}, #${f.position}` : `#${f.position}`;
  return `  ${f.level === 'avoid' ? 'AVOID  ' : 'CAUTION'} ${f.name} (${f.family}, ${where}): ${reasonText(words, f.reason)}`;
}

/**
 * The human-readable report for one file: its frame in English, the findings' reasons and notes
 * in `words` (English by default, `--lang` for another language of the extension).
 */
export function formatReport(
  words: Wording,
  file: string,
  analysis: LabelAnalysis,
  page?: PageSummary,
): string {
  const lines = [`${file}: ${analysis.ingredients.length} ingredients`];
  if (page) {
    if (!page.isProductPage) {
      lines.push('  Not a single product page.');
      return lines.join('\n');
    }
    const kind = [page.type, page.isCosmeticProduct ? 'cosmetic' : 'not a cosmetic product']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  ${page.title ?? 'Untitled product'}${page.variant ? ` (${page.variant})` : ''}: ${kind}; list from ${page.source ?? 'nowhere'}`,
    );
    if (!page.isCosmeticProduct) return lines.join('\n');
  }
  if (analysis.ingredients.length === 0) {
    lines.push('  No ingredient list found.');
    return lines.join('\n');
  }
  const real = analysis.findings.filter((f) => !f.trace);
  const traces = analysis.findings.filter((f) => f.trace);
  if (real.length === 0) lines.push('  Nothing to avoid found.');
  lines.push(...real.map((f) => findingLine(words, f)));
  for (const f of traces)
    lines.push(`  trace   ${f.name} (${f.family}, #${f.position}): ${reasonText(words, f.reason)}`);
  return lines.join('\n');
}
