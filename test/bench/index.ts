import { Bench } from 'tinybench';
import { analyzeLabel, createEngine, defaultEngine } from '../../src/ingredients/analyze-label';
import { RAW_FAMILIES, RAW_LIST_POSITION } from '../../src/ingredients/family-data';
import { benchLabels } from './labels';

/**
 * `npm run bench`: the engine against its floor. Each task runs over a whole set of labels; the
 * figures are medians over many runs, per label.
 */
const engine = defaultEngine();
const bench = new Bench({ time: 1500, warmup: true, warmupTime: 300 });
const sets = benchLabels();
for (const set of sets) {
  bench.add(`floor: toLowerCase, ${set.name}`, () => {
    let n = 0;
    for (const label of set.labels) n += label.toLowerCase().length;
    return n;
  });
  bench.add(`analyzeLabel, ${set.name}`, () => {
    let n = 0;
    for (const label of set.labels) n += analyzeLabel(label, {}, engine).findings.length;
    return n;
  });
}
bench.add('createEngine from the data', () => {
  createEngine(RAW_FAMILIES, RAW_LIST_POSITION);
});
await bench.run();

const median = (name: string): number => {
  const task = bench.getTask(name);
  const p50 = task?.result && 'latency' in task.result ? task.result.latency.p50 : undefined;
  if (p50 === undefined) throw new Error(`no result for ${name}`);
  return p50;
};
const us = (ms: number): string => `${(ms * 1000).toFixed(2)} µs`;
console.log('Median time per label (over whole-set runs):');
for (const set of sets) {
  const floor = median(`floor: toLowerCase, ${set.name}`) / set.labels.length;
  const engineTime = median(`analyzeLabel, ${set.name}`) / set.labels.length;
  const chars = set.labels.reduce((sum, l) => sum + l.length, 0) / set.labels.length;
  console.log(
    `  ${set.name} (${set.labels.length} labels, ${chars.toFixed(0)} chars avg): analyzeLabel ${us(engineTime)}, floor ${us(floor)}, ratio ${(engineTime / floor).toFixed(1)}×`,
  );
}
console.log(
  `Median time to build the matcher from the data: ${median('createEngine from the data').toFixed(2)} ms`,
);
