// @vitest-environment node
/**
 * Property 4: names are matched whole. A member's name inside a longer word ("Retinolate",
 * "Glycolics") is not that member, and a name in an exclusion ("free from X", "X-free",
 * "formulated without X") is not in the product.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { productType } from './label-arbitraries';
import { FUZZ_TIMEOUT, analyze, runs, seed } from './label-checks';
import {
  checkNoEmbeddedFinding,
  checkNothingFound,
  embedding,
  exclusion,
  isOtherWord,
  renderEmbedding,
  renderExclusion,
} from './label-properties';

describe('property 4: whole names only', () => {
  test(
    "a member's name inside a longer word never yields that member",
    () => {
      fc.assert(
        fc.property(embedding, productType, (e, type) => {
          fc.pre(isOtherWord(e));
          checkNoEmbeddedFinding(e, analyze(renderEmbedding(e), type));
        }),
        { numRuns: runs(10_000), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );

  test(
    'a name in an exclusion ("free from X", "X-free", "formulated without X") is never found',
    () => {
      fc.assert(
        fc.property(exclusion, productType, (e, type) => {
          const text = renderExclusion(e);
          checkNothingFound(text, analyze(text, type));
        }),
        { numRuns: runs(12_000), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );
});
