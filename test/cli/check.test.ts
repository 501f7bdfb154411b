import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CheckIo, runCheck } from '../../src/cli/check';
import { MAX_LABEL_BYTES, MAX_PAGE_BYTES } from '../../src/cli/read-label';
import { bigProductPage } from '../bench/big-page';

const fixture = (name: string): string => join(import.meta.dirname, '../fixtures/labels', name);
const page = (name: string): string => join(import.meta.dirname, '../fixtures/pages', name);

function run(
  argv: string[],
  files: Record<string, Uint8Array | Error> = {},
  stdin = '',
): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CheckIo = {
    readFile(path) {
      const file = files[path];
      if (file instanceof Error) throw file;
      return file ?? readFileSync(path);
    },
    readStdin: () => new TextEncoder().encode(stdin),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { code: runCheck(argv, io), out, err };
}

/** HTML of exactly `bytes` bytes: a page by its first bytes, whatever its file name. */
function pageOf(bytes: number): Uint8Array {
  const page = new Uint8Array(bytes).fill(0x20);
  page.set(new TextEncoder().encode('<!doctype html><html><body><p>x</p></body></html>'));
  return page;
}

const json = (line: string | undefined): Record<string, unknown> =>
  JSON.parse(line ?? 'null') as Record<string, unknown>;

describe('npm run check', () => {
  test('--json prints one object per file, in input order', () => {
    const { code, out, err } = run(['--json', fixture('retinol-serum.txt'), fixture('look-alikes-only.txt')]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(2);
    const first = json(out[0]);
    expect(first.file).toBe(fixture('retinol-serum.txt'));
    expect(first.ingredients).toContain('Retinol');
    expect(first.findings).toContainEqual(
      expect.objectContaining({ name: 'Retinol', family: 'retinoid', trace: false, position: 9 }),
    );
    expect(json(out[1]).findings).toEqual([]);
  });

  test('reads standard input for "-"', () => {
    const { code, out } = run(['--json', '-'], {}, 'Water, Benzoyl Peroxide, Carbomer');
    expect(code).toBe(0);
    expect(json(out[0])).toMatchObject({ file: '-', ingredients: ['Water', 'Benzoyl Peroxide', 'Carbomer'] });
  });

  test('a text without a list reports no ingredients and no findings', () => {
    const { out } = run(['--json', fixture('not-a-list.txt')]);
    expect(json(out[0])).toMatchObject({ ingredients: [], findings: [] });
  });

  test('reasons and notes are in English words, with the engine’s codes beside them in JSON', () => {
    const { out } = run(
      ['--json', '-'],
      {},
      'Water, Glycerin, Retinyl Palmitate, Phenoxyethanol, Citric Acid',
    );
    const findings = json(out[0]).findings as Record<string, unknown>[];
    expect(findings[0]).toMatchObject({
      name: 'Retinyl Palmitate',
      reason:
        'Retinoids speed up skin turnover and thin the barrier, so on freshly treated skin they cause burning, peeling and irritation.',
      reasonCode: { code: 'family', family: 'retinoid' },
      note: 'usually a low amount; still a retinoid',
      noteCode: { code: 'member', note: 'retinyl-ester' },
    });
    expect(findings[1]).toMatchObject({
      name: 'Citric Acid',
      trace: true,
      reason:
        'Listed after Phenoxyethanol, so at most about 1 %: at this level it adjusts the pH and does not exfoliate.',
      reasonCode: { code: 'after-line-ph', marker: 'Phenoxyethanol' },
    });
  });

  test.each([
    ['de', 'Steht nach Phenoxyethanol, also höchstens etwa 1 %'],
    ['es', 'Aparece después de Phenoxyethanol'],
    ['fr', 'Placé après Phenoxyethanol'],
  ])('--lang %s words the reasons in that language (the frame stays English)', (lang, reason) => {
    const { code, out } = run(['--lang', lang, '-'], {}, 'Water, Glycerin, Phenoxyethanol, Citric Acid');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^-: 4 ingredients/);
    expect(out[0]).toContain(`trace   Citric Acid (aha, #4): ${reason}`);
  });

  test('an unknown --lang is an error, not a file', () => {
    const { code, err } = run(['--lang', 'xx', '-']);
    expect(code).toBe(2);
    expect(err[0]).toContain('unknown language "xx" (one of en, de, es, fr)');
  });

  test('the readable report names each flag, its family and the trace items', () => {
    const { code, out } = run([fixture('retinol-serum.txt')]);
    expect(code).toBe(0);
    const report = out.join('\n');
    expect(report).toMatch(/AVOID\s+Retinol \(retinoid, #9\)/);
    expect(report).toMatch(/trace\s+Citric Acid \(aha/);
  });

  test.each([
    ['a missing file', { '/nope.txt': Object.assign(new Error('x'), { code: 'ENOENT' }) }, 'no such file'],
    ['binary data', { '/nope.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }, 'binary'],
    ['a list over 1 MB', { '/nope.txt': new Uint8Array(MAX_LABEL_BYTES + 1).fill(0x61) }, '1 MB'],
    ['a saved page over 20 MB', { '/nope.txt': pageOf(MAX_PAGE_BYTES + 1) }, '20 MB'],
    ['invalid UTF-8', { '/nope.txt': new Uint8Array([0x57, 0xff, 0xfe, 0x61]) }, 'UTF-8'],
  ])('%s: one line on stderr, exit code 2, the other files still reported', (_, files, message) => {
    const { code, out, err } = run(['--json', '/nope.txt', fixture('retinol-serum.txt')], files);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('/nope.txt');
    expect(err[0]).toContain(message);
    expect(out.map((l) => json(l).file)).toEqual(['/nope.txt', fixture('retinol-serum.txt')]);
    expect(json(out[1]).findings).not.toEqual([]);
  });

  // How fast is the bench's to say (docs/performance.md); this checks that such a page is read at all.
  test('a saved page of 4 MB is read', () => {
    // As the real 1.8–4 MB pages studied are (docs/performance.md): about half markup (reviews,
    // carousels) and half inline CSS and JSON.
    const css = `.review{margin:0 0 1rem}.product-tile{display:grid}`.repeat(20_000);
    const reviewsJson = JSON.stringify({
      reviews: Array.from({ length: 14_000 }, (_, i) => ({ id: i, text: 'Lovely texture, no sting.' })),
    });
    const html = bigProductPage('shopify/alpine-tabs-kombucha-essence.html', 2 * 1024 * 1024).replace(
      '</head>',
      `<style>${css}</style><script type="application/json" id="reviews-data">${reviewsJson}</script></head>`,
    );
    expect(html.length).toBeGreaterThan(3.3 * 1024 * 1024);
    const files = { '/saved/essence.html': new TextEncoder().encode(html) };
    const { code, out, err } = run(
      [
        '--json',
        '--url',
        'https://www.seoulcupid.example/products/haneul-fermented-black-tea-essence',
        '/saved/essence.html',
      ],
      files,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(json(out[0])).toMatchObject({
      source: 'shopify: theme accordion or tab',
      isCosmeticProduct: true,
    });
    expect(json(out[0]).findings).toContainEqual(expect.objectContaining({ family: 'bha', trace: false }));
    // happy-dom parses 4 MB in a few seconds, more on a busy machine.
  }, 60_000);

  test('HTML over 1 MB from standard input is a page, not a label', () => {
    const { code, err } = run(['--json', '-'], {}, new TextDecoder().decode(pageOf(MAX_LABEL_BYTES + 10)));
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  test.each([
    [['--colour', 'a.txt'], 'unknown option --colour'],
    [['--url'], '--url needs a value'],
    [['--type', 'lotion', 'a.txt'], 'unknown product type'],
    [[], 'no FILE given'],
  ])('%j is a usage error with exit code 2', (argv, message) => {
    const { code, out, err } = run(argv);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toContain(message);
  });

  test('--url is carried into the output', () => {
    const { out } = run(['--json', '--url', 'https://shop.example/p/1', '-'], {}, 'Water, Retinol');
    expect(json(out[0]).url).toBe('https://shop.example/p/1');
  });

  test('--type decides product-type rules (silica only counts in a scrub)', () => {
    const label = 'Water, Silica, Glycerin';
    expect(json(run(['--json', '--type', 'exfoliant', '-'], {}, label).out[0]).findings).toHaveLength(1);
    expect(json(run(['--json', '--type', 'serum', '-'], {}, label).out[0]).findings).toHaveLength(0);
  });

  test('a saved page is scanned like the content script does, under its --url', () => {
    const { code, out } = run([
      '--json',
      '--url',
      'https://www.sephora.com/product/night-retinol-serum-P500001',
      page('sephora/retinol-serum-accordion.html'),
    ]);
    expect(code).toBe(0);
    expect(json(out[0])).toMatchObject({
      source: 'sephora: ingredients panel',
      title: 'Night Retinol Serum',
      type: 'serum',
      isCosmeticProduct: true,
    });
    expect(json(out[0]).findings).toContainEqual(
      expect.objectContaining({ name: 'Retinol', family: 'retinoid' }),
    );
  });

  test('a saved page is read whole past a <script> or <style> inside an <svg> image', () => {
    // Sephora's 2019–2020 pages wrap each image in an <svg> with a script; happy-dom dropped the
    // rest of the page after it (capricorn86/happy-dom#2231), the Ingredients tab included.
    const image = (tag: string): string =>
      `<svg><foreignObject><img src="a.jpg"/></foreignObject><${tag}>x{}</${tag}></svg>`;
    const html = `<!doctype html><html><head><title>Night Serum</title>
      <script type="application/ld+json">{"@type":"Product","name":"Night Serum"}</script></head>
      <body><h1>Night Serum</h1>${image('script')}${image('style')}
      <h2>Ingredients</h2><p>Water, Glycerin, Retinol, Phenoxyethanol</p></body></html>`;
    const { out } = run(['--json', '--url', 'https://shop.example/products/night-serum', 'page.html'], {
      'page.html': new TextEncoder().encode(html),
    });
    expect(json(out[0])).toMatchObject({ source: 'generic: heading', title: 'Night Serum' });
    expect(json(out[0]).ingredients).toContain('Retinol');
  });

  test('a page without a list reports empty ingredients; a grocery page reports no findings', () => {
    const { out } = run([
      '--json',
      page('generic/blog-retinol-article.html'),
      page('generic/grocery-candy.html'),
    ]);
    expect(json(out[0])).toMatchObject({ source: null, isProductPage: false, ingredients: [], findings: [] });
    expect(json(out[1])).toMatchObject({ isProductPage: true, isCosmeticProduct: false, findings: [] });
  });

  describe('--treated and --now', () => {
    const label = 'Water, Retinol, Glycerin, Phenoxyethanol, Citric Acid';
    const findingsAt = (now: string, tz = 'Europe/Berlin') =>
      json(
        run(['--json', '--treated', '2026-10-22T18:00:00+02:00', '--now', now, '--tz', tz, '-'], {}, label)
          .out[0],
      ).findings as { name: string; avoidNow: boolean; avoidUntil: string }[];

    test.each([
      ['before the treatment', '2026-10-20T12:00:00+02:00', false],
      ['inside the 5-day window', '2026-10-25T12:00:00+01:00', true],
      ['a minute before it ends', '2026-10-27T17:59:00+01:00', true],
      ['once it has ended', '2026-10-27T18:00:00+01:00', false],
    ])('%s', (_, now, avoid) => {
      const [retinol, citric] = findingsAt(now);
      expect(retinol).toMatchObject({ name: 'Retinol', avoidNow: avoid });
      // Five calendar days in Berlin, across the end of summer time: the same clock time, 18:00.
      expect(retinol?.avoidUntil).toBe('2026-10-27T18:00:00+01:00');
      // A trace is never to be avoided.
      expect(citric).toMatchObject({ name: 'Citric Acid', avoidNow: false });
    });

    test.each([
      [['--treated', 'last Tuesday', '-'], '--treated'],
      [['--treated', '2026-10-22T18:00:00', '-'], 'offset'],
      [['--treated', '2026-10-22T18:00:00+02:00', '--now', '2026-13-01T00:00:00Z', '-'], '--now'],
      [['--now', '2026-10-22T18:00:00+02:00', '-'], '--now needs --treated'],
      [['--treated', '2026-10-22T18:00:00+02:00', '--tz', 'Mars/Olympus', '-'], '--tz'],
    ])('%j: a message on stderr and exit code 2', (argv, message) => {
      const { code, err } = run(argv, {}, label);
      expect(code).toBe(2);
      expect(err[0]).toContain(message);
    });
  });
});
