import type { Finding, LabelAnalysis } from '../ingredients/analyze-label';

function findingLine(f: Finding): string {
  const where = f.part ? `${f.part}, #${f.position}` : `#${f.position}`;
  return `  ${f.level === 'avoid' ? 'AVOID  ' : 'CAUTION'} ${f.name} (${f.family}, ${where}): ${f.reason}`;
}

/** The human-readable report for one file. */
export function formatReport(file: string, analysis: LabelAnalysis): string {
  const lines = [`${file}: ${analysis.ingredients.length} ingredients`];
  if (analysis.ingredients.length === 0) {
    lines.push('  No ingredient list found.');
    return lines.join('\n');
  }
  const real = analysis.findings.filter((f) => !f.trace);
  const traces = analysis.findings.filter((f) => f.trace);
  if (real.length === 0) lines.push('  Nothing to avoid found.');
  lines.push(...real.map(findingLine));
  for (const f of traces) lines.push(`  trace   ${f.name} (${f.family}, #${f.position}): ${f.reason}`);
  return lines.join('\n');
}
