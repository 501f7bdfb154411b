const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
  // Elements as well as text: a new element starts a new word, so minified markup
  // (<li>Retinol</li><li>Glycerin</li>) does not read as "RetinolGlycerin".
  const walker = document.createTreeWalker(root, 1 | 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      text += '\n';
      continue;
    }
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  const lower = text.toLowerCase();
  const locate = (offset: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > offset) i--;
    const node = nodes[i] as Text;
    return [node, Math.min(Math.max(offset - (starts[i] ?? 0), 0), node.length)];
  };
  const ranges: Range[] = [];
  for (const name of new Set(names)) {
    const pattern = name
      .trim()
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      // Spaces, and the stray separator of a name split in two ("Retinyl, Palmitate"), are loose.
      .replace(/[,.;]?\s+/g, '[\\s,.;]+');
    if (!pattern) continue;
    // Whole names only: "Retinol" must not light up inside "Retinol Alternative"s neighbour words.
    // Japanese and Korean run words and particles together ("本剤は過酸化ベンゾイルを"): there the engine has
    // already decided where the name ends, and the name is marked as it stands.
    const regex = CJK.test(name)
      ? new RegExp(pattern, 'gu')
      : new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'gu');
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
