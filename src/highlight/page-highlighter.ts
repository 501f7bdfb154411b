import type { PageMarks } from '../verdict/page-marks';
import { showHighlight } from './page-highlight';

export interface PageHighlighter {
  /** The page's list element (or none), after each read of the page. */
  setList(element: Element | null): void;
  /** The names to mark, as the background decided them from the patient's windows. */
  setMarks(marks: PageMarks): void;
  stop(): void;
}

/**
 * Keeps the in-page marks in step with the page's list and the marks the background sends. The
 * scanner itself knows nothing of the patient's treatments.
 */
export function createPageHighlighter(): PageHighlighter {
  let element: Element | null = null;
  let marks: PageMarks = { avoid: [], caution: [] };
  let clear: () => void = () => undefined;
  let shown = '';
  const redraw = (): void => {
    const key = JSON.stringify(marks);
    if (element && key === shown) return;
    clear();
    clear = () => undefined;
    shown = '';
    if (!element || marks.avoid.length + marks.caution.length === 0) return;
    clear = showHighlight({ element, ...marks });
    shown = key;
  };
  return {
    setList(next) {
      if (next !== element) shown = '';
      element = next;
      redraw();
    },
    setMarks(next) {
      marks = next;
      redraw();
    },
    stop() {
      clear();
      element = null;
    },
  };
}
