// Elements whose text is never part of what a shopper reads.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);
const BLOCK =
  /^(?:P|DIV|LI|UL|OL|DL|DT|DD|TR|TD|TH|TABLE|TBODY|SECTION|ARTICLE|H[1-6]|HEADER|FOOTER|BLOCKQUOTE|PRE|DETAILS|SUMMARY|FIGURE|FIGCAPTION|ADDRESS|MAIN|ASIDE|NAV)$/;

/**
 * The text of an element as a reader sees its structure: block elements and `<br>` become line
 * breaks, so a list printed one per line stays one per line. Hidden accordion or tab content is
 * included (it is in the page, only folded). Reads the DOM; never parses HTML.
 */
export function readableText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Line breaks in the HTML source are spaces on screen; only <br> and blocks break lines.
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const name = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        if (name === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCK.test(name);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/** The trimmed text of the first element matching a selector, or null. */
export function textOf(root: ParentNode, selector: string): string | null {
  const element = root.querySelector(selector);
  const text = element ? readableText(element) : '';
  return text || null;
}
