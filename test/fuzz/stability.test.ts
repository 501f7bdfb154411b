// @vitest-environment node
/**
 * Property 2: parsing is stable. A plain comma list parses, joins with ", " and parses again to the
 * same names; a list of names that each parse to themselves parses to exactly that list; and for
 * any text at all, the joined output of a parse is a fixed point after one round.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { parseLabel } from '../../src/ingredients/parse-label';
import {
  FILLERS,
  LOOK_ALIKE_NAMES,
  MEMBER_NAMES,
  anyName,
  labelAlphabetText,
  mutatedLabel,
  pageLabel,
} from './label-arbitraries';
import { FUZZ_TIMEOUT, checkEqual, engineParse, namesOf, runs, seed } from './label-checks';

const PARSERS = [
  ['parseLabel', (text: string) => namesOf(parseLabel(text))],
  ['parseLabel with the split-name rule', (text: string) => namesOf(engineParse(text))],
] as const;

// Names that are one ingredient inside a list: every pool name but exclusions ("Retinol-Free"),
// names the parser tidies ("Alcohol Denat." loses its dot) and names with " and " in them, which
// a list splits there on purpose ("Water, Glycerin and Retinol").
const ATOMIC = [...new Set([...MEMBER_NAMES.map((m) => m.printed), ...LOOK_ALIKE_NAMES, ...FILLERS])].filter(
  (name) => JSON.stringify(namesOf(parseLabel(`Water, ${name}`))) === JSON.stringify(['Water', name]),
);

describe('property 2: parse → join → parse is stable', () => {
  test.each(PARSERS)(
    '%s: a plain comma list of label names gives the same names after parse → join(", ") → parse',
    (_, names) => {
      fc.assert(
        fc.property(fc.array(anyName, { minLength: 1, maxLength: 16 }), (list) => {
          const once = names(list.join(', '));
          checkEqual(names(once.join(', ')), once, `reparse of ${JSON.stringify(list.join(', '))}`);
        }),
        { numRuns: runs(10_000), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );

  test(
    'a comma list of names that are each one ingredient in a list parses to exactly that list',
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...ATOMIC), { minLength: 1, maxLength: 16 }), (list) => {
          checkEqual(
            namesOf(parseLabel(list.join(', '))),
            list,
            `parse of ${JSON.stringify(list.join(', '))}`,
          );
        }),
        { numRuns: runs(10_000), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );

  test.each([
    ['text in the alphabet of labels', labelAlphabetText, 5_000],
    ['realistic labels', pageLabel, 2_000],
    ['mutated labels', mutatedLabel, 3_000],
  ] as const)(
    'on %s, the joined output of a parse is a fixed point after one round',
    (_, text, numRuns) => {
      fc.assert(
        fc.property(text, (label) => {
          for (const [, names] of PARSERS) {
            const once = names(names(label).join(', '));
            checkEqual(names(once.join(', ')), once, `second round of ${JSON.stringify(label)}`);
          }
        }),
        { numRuns: runs(numRuns), ...seed() },
      );
    },
    FUZZ_TIMEOUT,
  );
});
