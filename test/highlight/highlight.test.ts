import { afterEach, describe, expect, test } from 'vitest';
import { rangesOf } from '../../src/highlight/find-ranges';
import { OVERLAY_ID, showHighlight } from '../../src/highlight/page-highlight';
import { HIGHLIGHT_CSS } from '../../src/highlight/highlight-style';
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
  test('a Japanese or Korean name run together with the words around it', () => {
    const list = listElement('<p>本剤は過酸化ベンゾイルを含有する。 벤조일퍼옥사이드와 글리세린</p>');
    expect(rangesOf(list, ['過酸化ベンゾイル', '벤조일퍼옥사이드']).map(String)).toEqual([
      '過酸化ベンゾイル',
      '벤조일퍼옥사이드',
    ]);
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

  /** Runs `body` in a document with the Highlight API, its registry handed to `body`. */
  function withHighlightApi(body: (registry: Map<string, unknown>) => void): void {
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
      body(registry);
    } finally {
      Reflect.deleteProperty(view, 'Highlight');
      if (css) Object.defineProperty(view, 'CSS', css);
      else Reflect.deleteProperty(view, 'CSS');
    }
  }
  const rangesIn = (registry: Map<string, unknown>, name: string): string[] =>
    ((registry.get(name) as { ranges: Range[] } | undefined)?.ranges ?? []).map(String);

  test('with the Highlight API: named highlights and no element added', () => {
    withHighlightApi((registry) => {
      const list = listElement('<p>Water, Retinol, Fragrance</p>');
      const clear = showHighlight({ element: list, avoid: ['Retinol'], caution: ['Fragrance'] });
      expect([...registry.keys()]).toEqual(['aftercare-lens-avoid', 'aftercare-lens-caution']);
      expect(rangesIn(registry, 'aftercare-lens-avoid')).toEqual(['Retinol']);
      expect(document.getElementById(OVERLAY_ID)).toBeNull();
      clear();
      expect(registry.size).toBe(0);
    });
  });

  // Firefox 140–152: a content script sees the page's adoptedStyleSheets through an Xray wrapper
  // that is not iterable and refuses assignment (Mozilla bug 1751346). The marks must not need it.
  test('with the Highlight API where the page’s adopted style sheets cannot be read or set', () => {
    const own = Object.getOwnPropertyDescriptor(document, 'adoptedStyleSheets');
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => ({}),
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    try {
      withHighlightApi((registry) => {
        const list = listElement('<p>Water, Retinol, Fragrance</p>');
        const clear = showHighlight({ element: list, avoid: ['Retinol'], caution: ['Fragrance'] });
        expect(rangesIn(registry, 'aftercare-lens-avoid')).toEqual(['Retinol']);
        expect(rangesIn(registry, 'aftercare-lens-caution')).toEqual(['Fragrance']);
        clear();
        expect(registry.size).toBe(0);
      });
    } finally {
      if (own) Object.defineProperty(document, 'adoptedStyleSheets', own);
      else Reflect.deleteProperty(document, 'adoptedStyleSheets');
    }
  });

  test('the style the background inserts paints both highlight names, in the overlay’s tints', () => {
    expect(HIGHLIGHT_CSS).toContain(
      '::highlight(aftercare-lens-avoid) { background-color: rgba(217, 45, 32, 0.28); }',
    );
    expect(HIGHLIGHT_CSS).toContain(
      '::highlight(aftercare-lens-caution) { background-color: rgba(247, 144, 9, 0.30); }',
    );
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
