import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { CORE_FAMILIES, realLabels } from './real-labels';

/**
 * Recall and precision of the core families on the real-text corpus (`npm run corpus`), with each
 * failure named and, with `verbose`, what the engine read.
 */
export function printRealLabelReport(verbose: boolean): void {
  const labels = realLabels();
  const stats = new Map(CORE_FAMILIES.map((f) => [f, { expected: 0, found: 0, falseHits: 0 }]));
  let failures = 0;
  for (const label of labels) {
    const result = analyzeLabel(label.text, label.type ? { productType: label.type } : {});
    // A hit is what the patient is told to avoid: not a trace, and at the avoid level.
    const hits = new Set(result.findings.filter((f) => !f.trace && f.level === 'avoid').map((f) => f.family));
    const problems: string[] = [];
    for (const family of CORE_FAMILIES) {
      const s = stats.get(family);
      if (!s) continue;
      if (label.hits.includes(family)) {
        s.expected++;
        if (hits.has(family)) s.found++;
        else problems.push(`missed ${family}`);
      } else if (hits.has(family)) {
        s.falseHits++;
        const names = result.findings
          .filter((f) => f.family === family && !f.trace && f.level === 'avoid')
          .map((f) => f.name);
        problems.push(`false ${family} (${names.join(', ')})`);
      }
    }
    if (problems.length > 0) {
      failures++;
      console.log(`FAIL ${label.group}/${label.file} [${label.format.join(',')}]: ${problems.join('; ')}`);
      if (verbose) console.log(`     read: ${result.ingredients.slice(0, 12).join(' | ')}`);
    }
  }
  console.log(`\n${labels.length} real texts, ${failures} with a failure`);
  for (const [family, s] of stats) {
    console.log(`  ${family.padEnd(18)} recall ${s.found}/${s.expected}  false hits ${s.falseHits}`);
  }
}
