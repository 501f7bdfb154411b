import { analyzeLabel, type Finding } from '../../src/ingredients/analyze-label';
import { FAMILY_IDS } from '../../src/ingredients/family-schema';
import { benchLabels } from '../bench/labels';
import { printRealLabelReport } from './real-report';

/**
 * `npm run corpus`: runs the engine over the public shop exports in `../shared/data/` (read in
 * place) and prints, per set, how many lists had each family, plus every distinct finding with its
 * count, for hunting false alarms and misses by hand. `--family ID` prints only that family. Then
 * the real-label corpus (`test/fixtures/labels/real/`): recall and false hits of the core families,
 * every failure named (`--verbose` adds what was read).
 */
const only = process.argv.includes('--family')
  ? process.argv[process.argv.indexOf('--family') + 1]
  : undefined;
const sets = benchLabels().filter((s) => s.name !== 'our fixture labels');
if (sets.length === 0) {
  console.error('No shop exports found: set AFTERCARE_DATA to the folder that holds them.');
}
for (const set of sets) {
  const perFamily = new Map<string, number>(FAMILY_IDS.map((id) => [id, 0]));
  const traceFamily = new Map<string, number>(FAMILY_IDS.map((id) => [id, 0]));
  const names = new Map<string, number>();
  let withList = 0;
  for (const label of set.labels) {
    const result = analyzeLabel(label);
    if (result.ingredients.length > 0) withList++;
    const real = new Set(result.findings.filter((f) => !f.trace).map((f) => f.family));
    const trace = new Set(result.findings.filter((f) => f.trace).map((f) => f.family));
    for (const id of real) perFamily.set(id, (perFamily.get(id) ?? 0) + 1);
    for (const id of trace) traceFamily.set(id, (traceFamily.get(id) ?? 0) + 1);
    for (const f of result.findings as Finding[]) {
      if (only && f.family !== only) continue;
      const key = `${f.family}\t${f.trace ? 'trace' : f.level}\t${f.name}`;
      names.set(key, (names.get(key) ?? 0) + 1);
    }
  }
  console.log(`\n== ${set.name}: ${set.labels.length} labels, ${withList} with a list`);
  for (const id of FAMILY_IDS) {
    console.log(
      `  ${id.padEnd(20)} ${String(perFamily.get(id)).padStart(5)} lists (+${traceFamily.get(id)} with trace only or also)`,
    );
  }
  if (process.argv.includes('--names')) {
    for (const [key, n] of [...names].sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(n).padStart(4)}  ${key}`);
  }
}

console.log('\n== real labels (test/fixtures/labels/real)');
printRealLabelReport(process.argv.includes('--verbose'));
