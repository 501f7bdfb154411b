import { Window } from 'happy-dom';
import { Bench } from 'tinybench';
import { scanPage } from '../../src/extract/page-scan';
import { bigProductPage } from './big-page';
import { analyzeLabel, createEngine, defaultEngine } from '../../src/ingredients/analyze-label';
import { RAW_BRANDS, RAW_FAMILIES, RAW_LIST_POSITION } from '../../src/ingredients/family-data';
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
  createEngine(RAW_FAMILIES, RAW_LIST_POSITION, RAW_BRANDS);
});

// Page extraction in happy-dom on 2 MB product pages, against one bare TreeWalker pass over the
// same page's text nodes (the least any reading of the page can do).
const pages = [
  {
    name: 'Sephora layout',
    fixture: 'sephora/retinol-serum-accordion.html',
    url: 'https://www.sephora.com/product/x-P1',
  },
  {
    name: 'generic layout',
    fixture: 'generic/en-brand-store-heading.html',
    url: 'https://lumenskin.example/products/x',
  },
];
const window = new Window({
  settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
});
const documents = pages.map((p) => {
  const html = bigProductPage(p.fixture);
  return {
    ...p,
    bytes: html.length,
    document: new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  };
});
for (const page of documents) {
  bench.add(`floor: TreeWalker text pass, ${page.name}`, () => {
    const walker = page.document.createTreeWalker(page.document.body, 4);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.nodeValue?.length ?? 0;
    return n;
  });
  bench.add(`scanPage, ${page.name}`, () => scanPage(page.document, page.url).analysis?.findings.length);
}
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
console.log('Extraction + analysis on a 2 MB product page (happy-dom), median:');
for (const page of documents) {
  const floor = median(`floor: TreeWalker text pass, ${page.name}`);
  const scan = median(`scanPage, ${page.name}`);
  console.log(
    `  ${page.name} (${(page.bytes / 1024 / 1024).toFixed(1)} MB): scanPage ${scan.toFixed(2)} ms, floor ${floor.toFixed(2)} ms, ratio ${(scan / floor).toFixed(2)}×`,
  );
}
await window.happyDOM.close();
