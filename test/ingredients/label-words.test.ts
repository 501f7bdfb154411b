import { expect, test } from 'vitest';
import { analyzeLabel } from '../../src/ingredients/analyze-label';

// The exclusion phrases of every language in ingredients/label-words.json take effect: the
// engine's first tests come from the same data, not from a hand-kept copy.
test.each([
  ['Dutch', 'Aqua, Glycerin, Squalane, zonder retinol'],
  ['Dutch, in brackets', 'Aqua, Glycerin, Squalane (zonder retinol)'],
  ['Polish', 'Aqua, Glycerin, Squalane, bez retinolu'],
  ['Swedish', 'Aqua, Glycerin, Squalane, utan retinol'],
  ['Portuguese', 'Aqua, Glycerin, Squalane, sem retinol, sem parabenos'],
  ['Russian', 'Aqua, Glycerin, Squalane, без ретинола'],
  ['English', 'Aqua, Glycerin, Squalane. Not manufactured with retinol.'],
])('%s: what a "without" clause names is not an ingredient', (_, label) => {
  expect(analyzeLabel(label).ingredients).toEqual(['Aqua', 'Glycerin', 'Squalane']);
});
