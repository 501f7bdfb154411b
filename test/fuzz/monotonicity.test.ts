// @vitest-environment node
/**
 * Property 3: adding unrelated ingredients never removes a finding. The exact statement, and why
 * the front of the list promises less than the end, is on `checkFindingsKept` in
 * label-properties.ts; what makes fillers "unrelated" is on `isUnrelated`, and the claims about the
 * filler names themselves are checked first, below.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeLabel, defaultEngine } from '../../src/ingredients/analyze-label';
import { RAW_FAMILIES } from '../../src/ingredients/family-data';
import { PRODUCT_TYPES } from '../../src/ingredients/family-schema';
import { nameKey } from '../../src/ingredients/name-key';
import { parseLabel } from '../../src/ingredients/parse-label';
import { FILLERS, MEMBER_NAMES, filler, renderLabel } from './label-arbitraries';
import { FUZZ_TIMEOUT, analyze, runs, seed } from './label-checks';
import { checkFindingsKept, isUnrelated, singleListLabel, withFillers } from './label-properties';

// The last words of known names of two or more words: the only words the split-name rule can join
// to the item before them ("Retinyl, Palmitate").
const SPLIT_TAILS = new Set(
  RAW_FAMILIES.flatMap((f) => [...f.members, ...f.notMembers])
    .flatMap((e) => [e.name, ...(e.aliases ?? [])])
    .map(nameKey)
    .filter((key) => key.includes(' '))
    .map((key) => key.slice(key.lastIndexOf(' ') + 1)),
);

describe('the generators rest on true claims about the data', () => {
  const { index } = defaultEngine();
  test.each(FILLERS)('filler %s is unrelated to every family and every list-position rule', (name) => {
    const key = nameKey(name);
    expect(index.lookup(key)).toBeUndefined();
    for (const side of name.split('/')) expect(index.lookup(nameKey(side))).toBeUndefined();
    expect(index.isOnePercentMarker(key)).toBe(false);
    expect(index.isBufferPartner(key)).toBe(false);
    expect(index.isPreservativePartner(key)).toBe(false);
    expect(SPLIT_TAILS.has(name.toLowerCase())).toBe(false);
    const inList = parseLabel(`Water, ${name}, Glycerin`).parts.flatMap((p) =>
      p.ingredients.map((i) => i.name),
    );
    expect(inList).toEqual(['Water', name, 'Glycerin']);
    for (const productType of [undefined, ...PRODUCT_TYPES]) {
      expect(analyzeLabel(name, productType ? { productType } : {}).findings).toEqual([]);
    }
  });
  test('the member pool covers every family and several scripts', () => {
    expect(new Set(MEMBER_NAMES.map((m) => m.family)).size).toBe(RAW_FAMILIES.length);
    expect(MEMBER_NAMES.some((m) => /\p{Script=Hangul}/u.test(m.printed))).toBe(true);
    expect(MEMBER_NAMES.some((m) => /\p{Script=Katakana}/u.test(m.printed))).toBe(true);
  });
});

describe('property 3: unrelated fillers never remove a finding', () => {
  test.each([
    ['appended after the last ingredient', 'end'],
    ['inserted at the front of the list, before every 1 % marker', 'front'],
  ] as const)(
    'fillers %s keep every non-trace finding',
    (_, where) => {
      fc.assert(
        fc.property(singleListLabel, fc.array(filler, { minLength: 1, maxLength: 5 }), (spec, fillers) => {
          const insertion = { where, fillers };
          const before = renderLabel(spec);
          const after = renderLabel(withFillers(spec, insertion));
          fc.pre(isUnrelated(spec, insertion, before, after));
          checkFindingsKept(analyze(before, spec.productType), analyze(after, spec.productType), insertion);
        }),
        { numRuns: runs(4_000), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );
});
