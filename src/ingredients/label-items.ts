import { EXCLUSION_ALTERNATION, LEGEND_WORDS, PROSE_WORDS, WEAK_PROSE_WORDS } from './label-words';

/** One ingredient as printed, before it is numbered. */
export interface LabelItem {
  /** The name as printed, without footnote marks, percentages or may-contain marks. */
  name: string;
  /** The name outside brackets ("Retinyl Palmitate" of "Retinyl Palmitate (Vitamin A)"). */
  base: string;
  /** What the brackets hold, in order ("Vitamin A"). */
  brackets: string[];
  /** A printed strength ("Glycolic Acid 7%"). */
  percent: number | null;
  mayContain: boolean;
}

const OPEN = '([{';
const CLOSE = ')]}';
// A bracket group with many commas is almost always an unclosed bracket swallowing the list.
const MAX_COMMAS_IN_GROUP = 8;
// Blends of trade ingredients: "Polysorbate 20 (and) Retinol".
const BLEND = /^\s*(?:and|&|et|und|y|e)\s*$/i;
// Abbreviations that end with a dot inside one name ("Alcohol Denat.", "Rosa sp.").
const ABBREVIATION = /(?:^|[\s(])(?:denat|ext|extr|sp|spp|ssp|subsp|var|no|vit|nr|fl|st|hydr|hydrog)$/i;

function matchBrackets(text: string): Int32Array {
  const partner = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (OPEN.includes(c)) stack.push(i);
    else if (CLOSE.includes(c)) {
      const top = stack.at(-1);
      if (top !== undefined && OPEN.indexOf(text[top] ?? '') === CLOSE.indexOf(c)) {
        stack.pop();
        partner[top] = i;
        partner[i] = top;
      }
    }
  }
  return partner;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function commasBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) n++;
  return n;
}

/**
 * Cuts a list into raw items at commas, semicolons, bullets, middle dots, `、`, " - ", sentence
 * ends and `(and)`, never inside brackets. Newlines separate items in one-per-line lists and are
 * spaces in wrapped comma lists.
 */
export function splitItems(body: string): string[] {
  const lines = body.split('\n').filter((l) => l.trim());
  const wrapped = lines.length > 1 && lines.filter((l) => l.includes(',')).length * 2 >= lines.length;
  const partner = matchBrackets(body);
  const items: string[] = [];
  let start = 0;
  const flush = (end: number, next: number): void => {
    const raw = body.slice(start, end).replace(/\s+/g, ' ').trim();
    if (raw) items.push(raw);
    start = next;
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    const close = partner[i] ?? -1;
    if (close > i && OPEN.includes(c)) {
      const inner = body.slice(i + 1, close);
      if (c === '(' && BLEND.test(inner)) {
        flush(i, close + 1);
        i = close;
      } else if (commasBetween(body, i, close) <= MAX_COMMAS_IN_GROUP) {
        i = close;
      }
      continue;
    }
    switch (c) {
      case ',':
        // "1,2-Hexanediol" and a decimal comma ("Retinol 0,3 %") are one name.
        if (!(isDigit(body.charCodeAt(i - 1)) && isDigit(body.charCodeAt(i + 1)))) flush(i, i + 1);
        break;
      case ';':
      case '•':
      case '·':
      case '、':
      case '|':
      case '●':
      case '▪':
        flush(i, i + 1);
        break;
      case '\n':
        if (!wrapped) flush(i, i + 1);
        break;
      case '.': {
        const next = body[i + 1];
        const before = body.slice(Math.max(start, i - 8), i);
        const leader = body[i - 1] === '.' || next === '.';
        if ((next === undefined || /\s/.test(next)) && !leader && !ABBREVIATION.test(before)) flush(i, i + 1);
        break;
      }
      case '-':
      case '–':
      case '—':
        if (body[i - 1] === ' ' && body[i + 1] === ' ') flush(i, i + 1);
        break;
      case ' ':
        // "Water, Glycerin and Retinol": a list's last item after "and".
        if (/^ (?:and|&) /i.test(body.slice(i, i + 5)) && items.length > 0) flush(i, i + 4);
        break;
    }
  }
  flush(body.length, body.length);
  return items;
}

const FOOTNOTE = /[*†‡§¶^°]+/g;
const LEADING_FOOTNOTE = /^[*†‡§¶^°]/;
const LEADING_BULLET = /^(?:[-–—•·>*+]|\d{1,2}[.)]\s)\s*/;
const MAY_CONTAIN_MARK = /^(?:\[|\()?\s*\+\s*\/\s*-\s*(?:\]|\))?\s*/;
const PERCENT = /(?:^|\s|\()(<?\s*\d+(?:[.,]\d+)?)\s*%(?:\s*w\s*\/\s*[wv])?\)?/i;
const PERCENTS = /\(?\s*<?\s*\d+(?:[.,]\d+)?\s*%(?:\s*w\s*\/\s*[wv])?\s*\)?/gi;
const LEADER = /\s*(?:\.{3,}|…+|_{3,}|-{3,}).*$/;
const EXCLUSION_PREFIX = new RegExp(`^(?:${EXCLUSION_ALTERNATION}|no|non|zero|0\\s*%)\\s`, 'iu');
// "retinol-free formula", "Fragrance Free", "paraben frei".
const FREE_WORD = /[\p{L}\p{N}]-free\b|[\s-](?:free|frei|libre)$|무첨가/iu;
const WORD = /[\p{L}\p{N}'’]+/gu;
const MAX_NAME_WORDS = 10;

function isProse(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length > MAX_NAME_WORDS) return true;
  let weak = 0;
  for (const word of words) {
    if (PROSE_WORDS.has(word)) return true;
    if (WEAK_PROSE_WORDS.has(word)) weak++;
  }
  return weak >= 2 || (weak === 1 && words.length > 5);
}

function isLegend(text: string): boolean {
  const lower = text.toLowerCase();
  return isProse(text) || LEGEND_WORDS.some((word) => lower.includes(word));
}

function splitBrackets(name: string): { base: string; brackets: string[] } {
  const partner = matchBrackets(name);
  const brackets: string[] = [];
  let base = '';
  for (let i = 0; i < name.length; i++) {
    const close = partner[i] ?? -1;
    if (close > i) {
      const inner = name.slice(i + 1, close).trim();
      if (inner) brackets.push(inner);
      base += ' ';
      i = close;
    } else if (!OPEN.includes(name[i] ?? '') && !CLOSE.includes(name[i] ?? '')) {
      base += name[i];
    }
  }
  return { base: base.replace(/\s+/g, ' ').trim(), brackets };
}

/**
 * One raw item cleaned to an ingredient, or null when it is not one: a footnote legend
 * ("*Organic"), prose ("Please be aware that ingredient lists may change"), or an exclusion
 * ("retinol-free", "no parabens").
 */
export function cleanItem(raw: string, options: { active: boolean }): LabelItem | null {
  let text = raw.trim();
  let mayContain = false;
  if (LEADING_FOOTNOTE.test(text)) {
    const rest = text.replace(FOOTNOTE, ' ').trim();
    if (isLegend(rest)) return null;
  }
  text = text.replace(LEADING_BULLET, '');
  const plusMinus = MAY_CONTAIN_MARK.exec(text);
  if (plusMinus) {
    mayContain = true;
    text = text.slice(plusMinus[0].length);
  }
  // "Retinol: 0.3%" or a header glued to its first item.
  const colon = text.search(/[:：]\s*(?![^(]*\))/);
  if (colon >= 0) text = text.slice(colon + 1);
  text = text.replace(LEADER, '');
  const percentMatch = PERCENT.exec(text);
  const percent = percentMatch
    ? Number((percentMatch[1] ?? '').replace(/[<\s]/g, '').replace(',', '.'))
    : null;
  if (percentMatch && options.active) {
    // Drug Facts: what follows the strength is the purpose ("2.5% Acne treatment").
    const after = percentMatch.index + percentMatch[0].length;
    const head = text.slice(0, percentMatch.index).trim();
    text = head || text.slice(after);
  }
  text = text.replace(PERCENTS, ' ').replace(FOOTNOTE, '').replace(/\s+/g, ' ').trim();
  text = text.replace(/^[\s.,:;]+|[\s.,:;]+$/g, '').replace(/[\])}]+$/, (m) => balance(text, m));
  if (!text || percent === 0) return null;
  if (EXCLUSION_PREFIX.test(text) || FREE_WORD.test(text)) return null;
  const { base, brackets } = splitBrackets(text);
  if (!base && brackets.length === 0) return null;
  if (isProse(base)) return null;
  return {
    name: text,
    base: base || (brackets[0] ?? ''),
    brackets: base ? brackets : brackets.slice(1),
    percent,
    mayContain,
  };
}

/** Drops closing brackets at the end of a name that have no opening partner ("CI 77891]"). */
function balance(text: string, tail: string): string {
  let kept = '';
  for (const c of tail) {
    const open = OPEN[CLOSE.indexOf(c)] ?? '';
    const opens = text.split(open).length - 1;
    const closes = text.split(c).length - 1;
    if (opens >= closes) kept += c;
  }
  return kept;
}
