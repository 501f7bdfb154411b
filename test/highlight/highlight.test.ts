import { afterEach, describe, expect, test } from 'vitest';
import { rangesOf } from '../../src/highlight/find-ranges';
import { OVERLAY_ID, showHighlight } from '../../src/highlight/page-highlight';
import { flaggedNames } from '../../src/verdict/page-marks';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { productVerdict } from '../../src/verdict/product-verdict';

afterEach(() => {
  document.body.replaceChildren();
});

function listElement(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.append(template.content);
  return document.body.lastElementChild as Element;
}

describe('finding flagged names in the page’s own list', () => {
  test('whole names, any case, across inline markup and line breaks', () => {
    const list = listElement(
      '<p>Water, <b>Retinyl</b>\n  Palmitate, RETINOL, Retinol Alternative Complex, Glycolic Acid.</p>',
    );
    const found = rangesOf(list, ['Retinyl Palmitate', 'Retinol']).map((r) => r.toString());
    expect(found).toEqual(['Retinyl\n  Palmitate', 'RETINOL', 'Retinol']);
  });
  test('no match inside a longer word', () => {
    const list = listElement('<p>Water, Retinolate, Dehydroretinol</p>');
    expect(rangesOf(list, ['Retinol'])).toEqual([]);
  });
});

describe('marking the page', () => {
  test('without the Highlight API: an overlay in a closed shadow root, the page text untouched', () => {
    const list = listElement('<p id="list">Water, Retinol, Glycerin</p>');
    const before = document.body.innerHTML;
    const clear = showHighlight({ element: list, avoid: ['Retinol'], caution: [] });
    const overlay = document.getElementById(OVERLAY_ID);
    expect(overlay).not.toBeNull();
    expect(overlay?.shadowRoot).toBeNull();
    expect(document.getElementById('list')?.textContent).toBe('Water, Retinol, Glycerin');
    clear();
    expect(document.body.innerHTML).toBe(before);
  });

  test('with the Highlight API: named highlights and no element added', () => {
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const view = document.defaultView as unknown as object;
    const css = Object.getOwnPropertyDescriptor(view, 'CSS');
    Object.defineProperty(view, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(view, 'CSS', { value: { highlights: registry }, configurable: true });
    try {
      const list = listElement('<p>Water, Retinol, Fragrance</p>');
      const clear = showHighlight({ element: list, avoid: ['Retinol'], caution: ['Fragrance'] });
      expect([...registry.keys()]).toEqual(['aftercare-lens-avoid', 'aftercare-lens-caution']);
      expect((registry.get('aftercare-lens-avoid') as FakeHighlight).ranges.map(String)).toEqual(['Retinol']);
      expect(document.getElementById(OVERLAY_ID)).toBeNull();
      clear();
      expect(registry.size).toBe(0);
    } finally {
      Reflect.deleteProperty(view, 'Highlight');
      if (css) Object.defineProperty(view, 'CSS', css);
      else Reflect.deleteProperty(view, 'CSS');
    }
  });

  test('only what is to be avoided or watched now is marked; traces never', () => {
    const analysis = analyzeLabel('Water, Retinol, Parfum, Phenoxyethanol, Citric Acid');
    const settings = {
      version: 1 as const,
      preTreatmentWarning: { enabled: false },
      treatments: [
        {
          id: 't',
          type: 'microneedling' as const,
          depthMm: null,
          performedAt: '2026-11-24T18:00:00+01:00',
          timeZone: 'Europe/Berlin',
          preset: 'microneedling-guide' as const,
          overrides: {},
        },
      ],
    };
    const during = productVerdict(
      { analysis, productType: 'serum' },
      settings,
      new Date('2026-11-26T12:00:00+01:00'),
    );
    expect(flaggedNames(during)).toEqual({ avoid: ['Retinol'], caution: ['Parfum'] });
    const after = productVerdict(
      { analysis, productType: 'serum' },
      settings,
      new Date('2026-12-26T12:00:00+01:00'),
    );
    expect(flaggedNames(after)).toEqual({ avoid: [], caution: [] });
  });
});
