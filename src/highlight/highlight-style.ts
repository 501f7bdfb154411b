/** The page's two highlight names and their tints, shared by the marks and the style that paints them. */
export const HIGHLIGHT_NAMES = { avoid: 'aftercare-lens-avoid', caution: 'aftercare-lens-caution' } as const;
export const HIGHLIGHT_COLORS = {
  avoid: 'rgba(217, 45, 32, 0.28)',
  caution: 'rgba(247, 144, 9, 0.30)',
} as const;

export type HighlightLevel = keyof typeof HIGHLIGHT_NAMES;
export const HIGHLIGHT_LEVELS = Object.keys(HIGHLIGHT_NAMES) as HighlightLevel[];

/**
 * The `::highlight()` rules, inserted into the page by the background (`scripting.insertCSS`)
 * with the scanner. Not adopted by the scanner itself: Firefox 140–152 hand a content script the
 * page's `adoptedStyleSheets` through an Xray wrapper that cannot be iterated or assigned (Mozilla
 * bug 1751346, fixed in 153), so the marks were set but never painted there. A browser without the
 * Highlight API drops these rules as invalid and gets the overlay instead.
 */
export const HIGHLIGHT_CSS = HIGHLIGHT_LEVELS.map(
  (level) => `::highlight(${HIGHLIGHT_NAMES[level]}) { background-color: ${HIGHLIGHT_COLORS[level]}; }`,
).join('\n');
