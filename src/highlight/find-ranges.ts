/**
 * The places in an element's own text where each name occurs, as DOM ranges, matching case and
 * runs of whitespace loosely ("Retinyl  palmitate" across a line break). Reads text nodes only;
 * never changes the page.
 */
export function rangesOf(root: Element, names: readonly string[]): Range[] {
  const document = root.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const lower = text.toLowerCase();
  const locate = (offset: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > offset) i--;
    return [nodes[i] as Text, offset - (starts[i] ?? 0)];
  };
  const ranges: Range[] = [];
  for (const name of new Set(names)) {
    const pattern = name
      .trim()
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+');
    if (!pattern) continue;
    // Whole names only: "Retinol" must not light up inside "Retinol Alternative"s neighbour words.
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of lower.matchAll(regex)) {
      const [startNode, startOffset] = locate(match.index);
      const [endNode, endOffset] = locate(match.index + match[0].length);
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      ranges.push(range);
    }
  }
  return ranges;
}
