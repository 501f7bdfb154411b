import { rangesOf } from './find-ranges';
import { HIGHLIGHT_COLORS, HIGHLIGHT_LEVELS, HIGHLIGHT_NAMES, type HighlightLevel } from './highlight-style';

export interface HighlightTarget {
  element: Element;
  avoid: string[];
  caution: string[];
}

export const OVERLAY_ID = 'aftercare-lens-overlay';

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
 * the CSS Custom Highlight API where the browser has it (no element added; the background inserts
 * the rules that paint them, `HIGHLIGHT_CSS`), else boxes drawn in a Shadow-DOM overlay. Returns a
 * function that removes the marks.
 */
export function showHighlight(target: HighlightTarget): () => void {
  const document = target.element.ownerDocument;
  const window = document.defaultView;
  if (!window) return () => undefined;
  const ranges: Record<HighlightLevel, Range[]> = {
    avoid: rangesOf(target.element, target.avoid),
    caution: rangesOf(target.element, target.caution),
  };
  const api = highlightApi(window);
  if (api) {
    for (const level of HIGHLIGHT_LEVELS) {
      if (ranges[level].length)
        api.highlights.set(HIGHLIGHT_NAMES[level], new api.Highlight(...ranges[level]));
    }
    return () => {
      for (const level of HIGHLIGHT_LEVELS) api.highlights.delete(HIGHLIGHT_NAMES[level]);
    };
  }
  return showOverlay(document, ranges);
}

/** The fallback: translucent boxes over the names, in a shadow root the page cannot style. */
function showOverlay(document: Document, ranges: Record<HighlightLevel, Range[]>): () => void {
  const host = document.createElement('div');
  host.id = OVERLAY_ID;
  host.style.cssText =
    'position:absolute;top:0;left:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const draw = (): void => {
    shadow.replaceChildren();
    const scrollX = document.defaultView?.scrollX ?? 0;
    const scrollY = document.defaultView?.scrollY ?? 0;
    for (const level of HIGHLIGHT_LEVELS) {
      for (const range of ranges[level]) {
        for (const rect of range.getClientRects()) {
          const box = document.createElement('div');
          box.style.cssText = `position:absolute;left:${rect.left + scrollX}px;top:${rect.top + scrollY}px;width:${rect.width}px;height:${rect.height}px;background:${HIGHLIGHT_COLORS[level]};border-radius:2px;`;
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
