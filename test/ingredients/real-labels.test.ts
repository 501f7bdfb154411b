import { describe, expect, test } from 'vitest';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { CORE_FAMILIES, type RealLabel, realLabels } from '../corpus/real-labels';

/**
 * Real ingredient texts that nobody on this project wrote (drug labels, pharmacy and shop pages,
 * decoder sites, Korean and Japanese labels), each kept verbatim with its source in
 * `test/fixtures/labels/real/<group>/index.json` and labelled by hand by the rules of
 * `shared/ingredients-reference.md`. Grouped by the shape of the text, so a failure names the
 * shape the engine cannot read.
 */
const labels = realLabels();

/** The core families the patient is told to avoid in this text: hits, not traces, at the avoid level. */
function avoided(label: RealLabel): string[] {
  const result = analyzeLabel(label.text, label.type ? { productType: label.type } : {});
  const families = new Set<string>(
    result.findings.filter((f) => !f.trace && f.level === 'avoid').map((f) => f.family),
  );
  return CORE_FAMILIES.filter((family) => families.has(family));
}

const formats = [...new Set(labels.flatMap((l) => l.format))].sort();

describe('real labels: every core family a careful reader finds, and none that is not there', () => {
  test('the corpus has at least 150 texts, from drug labels and cosmetics', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150);
    expect(new Set(labels.map((l) => l.group))).toEqual(new Set(['drug', 'cosmetic']));
  });

  describe.each(formats)('%s', (format) => {
    test.each(
      labels.filter((l) => l.format.includes(format)).map((l) => [`${l.group}/${l.file}`, l] as const),
    )('%s', (_, label) => {
      expect(avoided(label)).toEqual(CORE_FAMILIES.filter((f) => label.hits.includes(f)));
    });
  });

  test('a family labelled a trace is never also a hit in the same text', () => {
    const both = labels.filter((l) => l.traces.some((f) => l.hits.includes(f))).map((l) => l.file);
    expect(both).toEqual([]);
  });
});
