import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { bigProductPage } from './big-page';

/**
 * `npm run bench:browser`: the content script's work measured in Debian's Chromium, against the
 * least any reading of a page can do — one bare TreeWalker pass over its text — in the same page
 * and run; and the loader's whole cost on pages with and without a product. Medians over repeated
 * runs. Needs `npm run build` first (the loader runs as built).
 */
const root = join(import.meta.dirname, '../..');
const RUNS = 25;
// Runs that load a 2 MB page each take seconds apiece: fewer of them.
const PAGE_LOAD_RUNS = 11;
// Traced loads vary most (the main thread shares two cores with the browser's other work): more.
const TRACED_RUNS = 21;

interface TraceEvent {
  name: string;
  /** Wall time, and the main thread's own time (without the time other processes had the core). */
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

interface Traced {
  wallMs: number;
  threadMs: number;
}

/**
 * Loads a page and sums the main-thread time Chromium traced for the extension's content script:
 * its evaluation and every callback it ran until the page had loaded and settled.
 */
async function tracedContentScript(tab: Page, url: string): Promise<Traced> {
  const cdp = await tab.context().newCDPSession(tab);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const loader = events.filter(
    (e) =>
      (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
      /^chrome-extension:\/\/[^/]+\/loader\.js/.test(e.args?.data?.url ?? ''),
  );
  return {
    wallMs: loader.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    threadMs: loader.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
  };
}

const bundle = await build({
  stdin: {
    contents: `import { scanPage } from './src/extract/page-scan';
      globalThis.__scan = (href) => scanPage(document, href);
      globalThis.__floor = () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.nodeValue.length;
        return n;
      };`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  define: { 'import.meta.env': '{}' },
});
const scanner = bundle.outputFiles[0]?.text ?? '';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage();
console.log(
  `Medians over ${RUNS} runs (${PAGE_LOAD_RUNS} where each run loads a page, ${TRACED_RUNS} traced), Chromium ${browser.version()}:`,
);
for (const [name, fixture, url] of [
  ['Sephora layout', 'sephora/retinol-serum-accordion.html', 'https://www.sephora.com/product/x-P1'],
  ['generic layout', 'generic/en-brand-store-heading.html', 'https://lumenskin.example/products/x'],
] as const) {
  const html = bigProductPage(fixture);
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: scanner });
  const times = await page.evaluate(
    ({ href, runs }) => {
      const g = globalThis as unknown as { __scan(h: string): unknown; __floor(): number };
      const scan: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        g.__floor();
        floor.push(performance.now() - t);
        t = performance.now();
        g.__scan(href);
        scan.push(performance.now() - t);
      }
      return { scan, floor };
    },
    { href: url, runs: RUNS },
  );
  const scan = median(times.scan);
  const floor = median(times.floor);
  console.log(
    `  ${name}, ${(html.length / 1024 / 1024).toFixed(1)} MB page: scan ${scan.toFixed(2)} ms, TreeWalker floor ${floor.toFixed(2)} ms, ratio ${(scan / floor).toFixed(2)}×`,
  );
}

// The loader's whole main-thread time, from the start of its evaluation to its decision, with the
// extension APIs stubbed: on pages with no product signal (where it is all the extension does) and
// on a product page (where it asks for the scanner). Pages are served at real addresses.
const loader = readFileSync(join(root, '.output/chrome-mv3/loader.js'), 'utf8');
const news = `<!doctype html><html><head><title>News</title></head><body>${'<article><h2>Headline</h2><p>Story text with some words about skincare and retinol.</p></article>'.repeat(20000)}</body></html>`;
const listing = bigProductPage('sephora/retinol-serum-accordion.html')
  .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '')
  .replace(/<meta property="og:type"[^>]*>/g, '');
const loaderPages = [
  ['shop listing page (sephora.com/shop/…, 2.0 MB)', 'https://www.sephora.com/shop/face-serums', listing],
  ['news page on a site the user chose (2.4 MB)', 'https://news.example/today', news],
  [
    'product page (sephora.com/product/…, 2.0 MB)',
    'https://www.sephora.com/product/x-P1',
    bigProductPage('sephora/retinol-serum-accordion.html'),
  ],
] as const;
// The pages' images are not there; failing them at once keeps each load short.
await page.route('**/*.jpg', (route) => route.abort());
for (const [name, url, html] of loaderPages) {
  // Cross-origin isolated, so performance.now() counts in microseconds, not tenths of a millisecond.
  await page.route(url, (route) =>
    route.fulfill({
      body: html,
      contentType: 'text/html',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    }),
  );
  const times: number[] = [];
  let asked = false;
  for (let i = 0; i < PAGE_LOAD_RUNS; i++) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // A string, not a function: tsx would wrap a function's helpers in names the page lacks.
    const run = (await page.evaluate(`(async () => {
      let asked = false;
      const api = { runtime: { sendMessage: (m) => { asked ||= m?.aftercareLens === 'loadScanner'; return Promise.resolve(); } } };
      Object.assign(globalThis, { chrome: api, browser: api });
      const start = performance.now();
      new Function(${JSON.stringify(loader)})();
      const ms = performance.now() - start;
      // The message leaves after a microtask or two, outside the measured time.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { ms, asked };
    })()`)) as { ms: number; asked: boolean };
    times.push(run.ms);
    asked = run.asked;
  }
  console.log(
    `  loader on a ${name}: ${median(times).toFixed(2)} ms, scanner ${asked ? 'asked for' : 'not loaded'}`,
  );
}
await browser.close();

// The same pages with the extension itself installed, its loader's evaluation read from a
// Chromium trace (its isolated world and all), next to an empty content script's in the
// same places: the part of the cost any content script pays, whatever it does.
const emptyBuild = mkdtempSync(join(tmpdir(), 'aftercare-lens-empty-'));
cpSync(join(root, '.output/chrome-mv3'), emptyBuild, { recursive: true });
writeFileSync(join(emptyBuild, 'loader.js'), 'void 0;\n');
for (const [label, build] of [
  ['loader', join(root, '.output/chrome-mv3')],
  ['empty content script', emptyBuild],
] as const) {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'aftercare-lens-bench-')),
    {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        `--disable-extensions-except=${build}`,
        `--load-extension=${build}`,
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  );
  await context.route('**/*.jpg', (route) => route.abort());
  for (const [, url, html] of loaderPages) {
    await context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  }
  const tab = await context.newPage();
  // The news site is not a shop: no content script runs there unless the user adds the site.
  for (const [name, url] of loaderPages.filter(([, address]) => !address.includes('news.example'))) {
    const runs: Traced[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) runs.push(await tracedContentScript(tab, url));
    const ms = (values: number[]): string => `${median(values).toFixed(2)} ms`;
    const quartiles = (values: number[]): string => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q: number): string => (sorted[Math.round(q * (sorted.length - 1))] ?? 0).toFixed(2);
      return `${at(0.25)}–${at(0.75)} ms`;
    };
    const thread = runs.map((r) => r.threadMs);
    const wall = runs.map((r) => r.wallMs);
    console.log(
      `  traced, ${label} on a ${name}: main-thread time ${ms(thread)} (quartiles ${quartiles(thread)}), wall ${ms(wall)} (quartiles ${quartiles(wall)}), ${TRACED_RUNS} loads`,
    );
  }
  await context.close();
}
rmSync(emptyBuild, { recursive: true, force: true });
