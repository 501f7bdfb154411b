import {
  EXCLUSION_ALTERNATION,
  EXCLUSION_FIRST_ALTERNATION,
  LEGEND_WORDS,
  MAYBE_PHARMACOPOEIA_MARK,
  PHARMACOPOEIA_MARK,
  PROSE_WORDS,
  WEAK_PROSE_WORDS,
} from './label-words';

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
  /** False when a separator other than a comma cut it from the item before ("denat. (and) Alcohol"). */
  afterComma?: boolean;
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
    const code = text.charCodeAt(i);
    // Only brackets need the character itself.
    if (code !== 40 && code !== 41 && code !== 91 && code !== 93 && code !== 123 && code !== 125) continue;
    const c = text[i] ?? '';
    if (OPEN.includes(c)) stack.push(i);
    else {
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

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function commasBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) n++;
  return n;
}

const enum Code {
  Newline = 10,
  Space = 32,
  Percent = 37,
  Ampersand = 38,
  OpenParen = 40,
  Comma = 44,
  Hyphen = 45,
  Dot = 46,
  Semicolon = 59,
  OpenSquare = 91,
  OpenCurly = 123,
  Bar = 124,
  MiddleDot = 0xb7,
  EnDash = 0x2013,
  EmDash = 0x2014,
  Bullet = 0x2022,
  BlackSquare = 0x25aa,
  BlackCircle = 0x25cf,
  IdeographicComma = 0x3001,
}

function isSpace(code: number): boolean {
  return code === Code.Space || code === Code.Newline || code === 9 || code === 13 || Number.isNaN(code);
}

/**
 * In a wrapped comma list, a newline still ends the list before a blank line, or before a last
 * stretch of text with no comma that is longer than a wrapped name ("Ingredient lists may change").
 */
function endsWrappedList(body: string, i: number): boolean {
  const rest = body.slice(i + 1);
  if (/^[ \t]*\n/.test(rest)) return true;
  return !rest.includes(',') && rest.trim().split(/\s+/).length > 3;
}

/** Whether newlines in a list body are wraps of a comma list rather than one item per line. */
function isWrappedCommaList(body: string): boolean {
  const lines = body.split('\n').filter((l) => l.trim());
  // Only commas that separate names count: not inside brackets ("Water (Aqua, Eau)"), not in
  // numbers ("1,2-Hexanediol", "Retinol 1,5 %").
  const separating = (line: string): boolean =>
    /,(?!\d)/.test(line.replace(/\([^()]*\)|\[[^[\]]*\]/g, '').replace(/\d,\d/g, ''));
  const withCommas = lines.filter(separating).length;
  // Two or more comma lines make a wrapped list; one comma line and a name below it are two lines.
  return lines.length > 1 && withCommas >= 2 && withCommas * 2 >= lines.length;
}

// Tables copied from ingredient-decoder sites: a row per ingredient, cells between bars.
const MIN_TABLE_ROWS = 3;

function isTable(body: string): boolean {
  let rows = 0;
  for (
    let at = body.indexOf('|');
    at >= 0 && rows < MIN_TABLE_ROWS;
    at = body.indexOf('|', body.indexOf('\n', at) + 1)
  ) {
    rows++;
    if (body.indexOf('\n', at) < 0) break;
  }
  return rows >= MIN_TABLE_ROWS;
}

/**
 * A decoder table read cell by cell: a cell that describes the ingredient in sentences ("Typically
 * causes less irritation than other AHAs, for example, glycolic acid") is left out whole, so the
 * names in its prose are not read as the product's; the other cells are split as lists are.
 */
function tableItems(body: string, sentenceEnds?: boolean[], afterComma?: boolean[]): string[] {
  const items: string[] = [];
  for (const cell of body.split(/[|\n]/)) {
    if (!cell.trim() || isProseItem(cell)) continue;
    items.push(...splitItems(cell, sentenceEnds, afterComma));
  }
  return items;
}

/**
 * Cuts a list into raw items at commas, semicolons, bullets, middle dots, `、`, " - ", sentence
 * ends and `(and)`, never inside brackets. Newlines separate items in one-per-line lists and are
 * spaces in wrapped comma lists.
 */
export function splitItems(body: string, sentenceEnds?: boolean[], afterComma?: boolean[]): string[] {
  if (body.includes('|') && body.includes('\n') && isTable(body))
    return tableItems(body, sentenceEnds, afterComma);
  const wrapped = body.includes('\n') && isWrappedCommaList(body);
  const partner = /[([{]/.test(body) ? matchBrackets(body) : null;
  const items: string[] = [];
  let start = 0;
  let byComma = false;
  const flush = (end: number, next: number, endsSentence = false, atComma = false): void => {
    let raw = body.slice(start, end);
    if (raw.includes('  ') || raw.includes('\n') || raw.includes('\t')) raw = raw.replace(/\s+/g, ' ');
    raw = raw.trim();
    if (raw) {
      items.push(raw);
      sentenceEnds?.push(endsSentence);
      afterComma?.push(byComma);
    } else if (endsSentence && sentenceEnds?.length) {
      sentenceEnds[sentenceEnds.length - 1] = true;
    }
    byComma = atComma;
    start = next;
  };
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    switch (code) {
      case Code.OpenParen:
      case Code.OpenSquare:
      case Code.OpenCurly: {
        const close = partner?.[i] ?? -1;
        if (close <= i) break;
        if (code === Code.OpenParen && BLEND.test(body.slice(i + 1, close))) {
          flush(i, close + 1);
          i = close;
        } else if (commasBetween(body, i, close) <= MAX_COMMAS_IN_GROUP) {
          i = close;
        }
        break;
      }
      case Code.Comma:
        // "1,2-Hexanediol" and a decimal comma ("Retinol 0,3 %") are one name.
        if (!(isDigit(body.charCodeAt(i - 1)) && isDigit(body.charCodeAt(i + 1))))
          flush(i, i + 1, false, true);
        break;
      case Code.Semicolon:
      case Code.Bullet:
      case Code.MiddleDot:
      case Code.IdeographicComma:
      case Code.Bar:
      case Code.BlackCircle:
      case Code.BlackSquare:
        flush(i, i + 1);
        break;
      case Code.Newline:
        if (!wrapped || endsWrappedList(body, i)) flush(i, i + 1, true);
        break;
      case Code.Dot: {
        const next = body.charCodeAt(i + 1);
        if (!isSpace(next) || body.charCodeAt(i - 1) === Code.Dot) break;
        if (!ABBREVIATION.test(body.slice(Math.max(start, i - 8), i))) flush(i, i + 1, true);
        break;
      }
      case Code.Hyphen:
      case Code.EnDash:
      case Code.EmDash:
        if (body.charCodeAt(i - 1) === Code.Space && body.charCodeAt(i + 1) === Code.Space) flush(i, i + 1);
        break;
      case Code.Percent:
        // "Octocrylene 2.70%Water": a strength glued to the next name.
        if (isUpper(body.charCodeAt(i + 1))) flush(i + 1, i + 1);
        break;
    }
  }
  flush(body.length, body.length);
  return items;
}

const FOOTNOTE = /[*†‡§¶^°]+/g;
const LEADING_FOOTNOTE = /^[*†‡§¶^°]/;
// Bullets, list numbers, and the "and" of an Oxford comma ("Glycerin, and Retinol").
const LEADING_BULLET = /^(?:(?:[-–—•·>*+]|\d{1,2}[.)]\s|(?:and|&)\s)\s*)+/i;
const MAY_CONTAIN_MARK = /^(?:\[|\()?\s*\+\s*\/\s*-\s*(?:\]|\))?\s*/;
const PERCENT = /(?:^|\s|\()(<?\s*\d+(?:[.,]\d+)?)\s*%(?:\s*w\s*\/\s*[wv])?\)?/i;
const PERCENTS = /\(?\s*<?\s*\d+(?:[.,]\d+)?\s*%(?:\s*w\s*\/\s*[wv])?(?!\p{L})\s*\)?/giu;
const LEADER = /\s*(?:\.{3,}|…+|_{3,}|-{3,}).*$/;
// A digit with a unit letter after it: the cheap look before `UNIT_STRENGTH`.
const MAYBE_UNIT = /\d\s*[mgµμi]/i;
// After a strength: "in a gel base", "w/w", "(as hydrous)", "eq. to …", "q.s.".
const STRENGTH_TAIL = /^\s*(?:in\b|w\s*\/\s*[wv]|\(?as\b|eq|equivalent|q\.?\s*s)/i;
// A strength in units other than %: "1 mg", "25mg in 1mL", "0.5 mg/g", "50 mg per gram".
const UNIT_STRENGTH =
  /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|μg|g|ml|iu)(?:\s*(?:\/|in|per)\s*(?:\d+(?:[.,]\d+)?\s*)?(?:g|gm|gram|ml|mL|kg))?(?![\p{L}\p{N}])/giu;
const EXCLUSION_PREFIX = new RegExp(`^(?:${EXCLUSION_ALTERNATION}|no|non|zero|0\\s*%)\\s`, 'iu');
// "retinol-free formula", "Fragrance Free", "paraben frei".
const FREE_WORD = /[\p{L}\p{N}]-free\b|[\s-](?:free|frei|libre)$|무첨가|無添加/iu;
const WORD = /[\p{L}\p{N}'’]+/gu;
const MAX_NAME_WORDS = 10;
const MAX_SLASHED_WORDS = 30;

// A bare name: letters, digits, spaces, hyphens, slashes, apostrophes; nothing to strip.
const PLAIN = /^[A-Za-z][A-Za-z0-9 '/-]*$/;
// The exclusion phrases' first words, from the data, and the prefix words above.
const EXCLUSION_START = new RegExp(
  `^(?:${EXCLUSION_FIRST_ALTERNATION}|no|non|zero|0)(?![\\p{L}\\p{N}])`,
  'iu',
);
const FREE = /free|frei|libre|무첨가|無添加/i;

function isExclusion(text: string): boolean {
  return (
    (EXCLUSION_START.test(text) && EXCLUSION_PREFIX.test(text)) || (FREE.test(text) && FREE_WORD.test(text))
  );
}

function isProse(text: string): boolean {
  const words = PLAIN.test(text)
    ? text.toLowerCase().split(/[ /-]+/)
    : (text.toLowerCase().match(WORD) ?? []);
  // A slash joins many names into one long INCI name ("Lactobacillus/Honeysuckle Flower/…/Ferment").
  if (words.length > (text.includes('/') ? MAX_SLASHED_WORDS : MAX_NAME_WORDS)) return true;
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
  if (!/[()[\]{}]/.test(name)) return { base: name, brackets: [] };
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
/** Whether a raw item reads as a sentence rather than a name. */
export function isProseItem(raw: string): boolean {
  return isProse(raw.replace(/\([^)]*\)/g, ' '));
}

export function cleanItem(raw: string, options: { active: boolean }): LabelItem | null {
  if (PLAIN.test(raw) && !/^(?:and|&)\s/i.test(raw)) {
    // Most items are a bare name: nothing to strip, only prose and exclusions to rule out.
    if (isProse(raw) || isExclusion(raw)) return null;
    return { name: raw, base: raw, brackets: [], percent: null, mayContain: false };
  }
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
  // "Adapalene USP", "Tretinoin BP 0.025%", "アダパレン 1mg": marks and units are not the name.
  if (MAYBE_PHARMACOPOEIA_MARK.test(text)) text = text.replace(PHARMACOPOEIA_MARK, ' ').trim();
  if (MAYBE_UNIT.test(text)) text = text.replace(UNIT_STRENGTH, ' ').trim();
  if (!text) return null;
  // "Titanium Dioxide 1.10%: Sunscreen", "Retinol: 0.3%": the name comes before the colon.
  const colon = text.search(/[:：]\s*(?![^(]*\))/);
  if (colon > 0) text = text.slice(0, colon);
  text = text.replace(LEADER, '');
  const percentMatch = PERCENT.exec(text);
  const percent = percentMatch
    ? Number((percentMatch[1] ?? '').replace(/[<\s]/g, '').replace(',', '.'))
    : null;
  if (percentMatch) {
    // What follows a strength is not the name: a Drug Facts purpose ("2.5% Acne treatment") or a
    // composition's base ("ammonium lactate 12% in a humectant lotion base").
    const after = percentMatch.index + percentMatch[0].length;
    const head = text.slice(0, percentMatch.index).trim();
    const tail = text.slice(after);
    if (options.active) text = head || tail;
    else if (head && (STRENGTH_TAIL.test(tail) || isProse(tail))) text = head;
  }
  text = text.replace(PERCENTS, ' ').replace(FOOTNOTE, '').replace(/\s+/g, ' ').trim();
  // Trailing punctuation, stray dashes and unmatched closing brackets, until nothing changes.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .replace(/^[\s.,:;]+|[\s.,:;%\-–—]+$/g, '')
      .replace(/[\])}]+$/, (m) => balance(text, m))
      .trim();
  }
  // No letter: punctuation, or a table's rank or rating ("20", "1-4").
  if (!/\p{L}/u.test(text)) return null;
  if (!text || percent === 0) return null;
  if (isExclusion(text)) return null;
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

const LOWER_START = /^\P{L}*\p{Ll}/u;
// Chemical prefixes start names in lower case without being prose: t-Butanol, sh-Oligopeptide-1.
const CHEMICAL_PREFIX = /^\P{L}*\p{Ll}{1,4}-/u;
const UPPER_START = /^\P{L}*\p{Lu}/u;
const MIXED_CASE_SHARE = 0.3;

/**
 * Whether the text after an unknown "Name:" is a list of ingredients (a product in a kit) rather
 * than a highlight ("Virgin Marula Oil: Hydrates, protects, heals, and rejuvenates the skin").
 * Lists start with a name and keep one letter case; marketing starts with prose or drifts into
 * lower-case verbs.
 */
export function readsAsList(rawItems: readonly string[], items: readonly LabelItem[]): boolean {
  const first = rawItems[0];
  if (items.length < 2 || first === undefined || isProse(first)) return false;
  let lower = 0;
  let upper = 0;
  for (const item of items) {
    if (CHEMICAL_PREFIX.test(item.name)) continue;
    if (LOWER_START.test(item.name)) lower++;
    else if (UPPER_START.test(item.name)) upper++;
  }
  return !(upper > 0 && lower >= (lower + upper) * MIXED_CASE_SHARE);
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
