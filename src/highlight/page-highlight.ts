import { rangesOf } from './find-ranges';

export interface HighlightTarget {
  element: Element;
  avoid: string[];
  caution: string[];
}

const NAMES = { avoid: 'aftercare-lens-avoid', caution: 'aftercare-lens-caution' } as const;
const COLORS = { avoid: 'rgba(217, 45, 32, 0.28)', caution: 'rgba(247, 144, 9, 0.30)' } as const;
export const OVERLAY_ID = 'aftercare-lens-overlay';

type Level = keyof typeof NAMES;

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(window: Window): HighlightApi | null {
  const css = (window as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (window as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

/**
 * Marks flagged ingredient names inside the page's own list without touching the page's text:
 * the CSS Custom Highlight API where the browser has it (a constructed style sheet, no element
 * added), else boxes drawn in a Shadow-DOM overlay. Returns a function that removes the marks.
 */
export function showHighlight(target: HighlightTarget): () => void {
  const document = target.element.ownerDocument;
  const window = document.defaultView;
  if (!window) return () => undefined;
  const ranges: Record<Level, Range[]> = {
    avoid: rangesOf(target.element, target.avoid),
    caution: rangesOf(target.element, target.caution),
  };
  const api = highlightApi(window);
  if (api && 'adoptedStyleSheets' in document) {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(
      (Object.keys(NAMES) as Level[])
        .map((level) => `::highlight(${NAMES[level]}) { background-color: ${COLORS[level]}; }`)
        .join('\n'),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const level of Object.keys(NAMES) as Level[]) {
      if (ranges[level].length) api.highlights.set(NAMES[level], new api.Highlight(...ranges[level]));
    }
    return () => {
      for (const level of Object.keys(NAMES) as Level[]) api.highlights.delete(NAMES[level]);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  return showOverlay(document, ranges);
}

/** The fallback: translucent boxes over the names, in a shadow root the page cannot style. */
function showOverlay(document: Document, ranges: Record<Level, Range[]>): () => void {
  const host = document.createElement('div');
  host.id = OVERLAY_ID;
  host.style.cssText =
    'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const draw = (): void => {
    shadow.replaceChildren();
    const scrollX = document.defaultView?.scrollX ?? 0;
    const scrollY = document.defaultView?.scrollY ?? 0;
    for (const level of Object.keys(NAMES) as Level[]) {
      for (const range of ranges[level]) {
        for (const rect of range.getClientRects()) {
          const box = document.createElement('div');
          box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:${COLORS[level]};border-radius:2px;`;
          shadow.append(box);
        }
      }
    }
  };
  draw();
  document.body.append(host);
  const window = document.defaultView;
  window?.addEventListener('resize', draw);
  return () => {
    window?.removeEventListener('resize', draw);
    host.remove();
  };
}
