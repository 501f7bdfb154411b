import { HEADER_ALTERNATION, type HeaderKind, MAY_CONTAIN_ALTERNATION, headerKind } from './label-words';

export type SectionKind = HeaderKind | 'part' | 'lead';

/** A stretch of label text and what its header says it is. */
export interface LabelSection {
  kind: SectionKind;
  /** The header as printed (for `part`: the product name in a kit). */
  title: string | null;
  body: string;
}

interface Header {
  start: number;
  end: number;
  kind: HeaderKind | 'part';
  title: string;
}

/**
 * Headers on lines of their own, one right under another ("Key Ingredients" / "Benefits" /
 * "Ingredients"), are a page's tab strip copied with the text: labels of tabs, not sections, so
 * none of them decides what the text under the strip is.
 */
function tabStrip(text: string, headers: readonly Header[]): Set<Header> {
  const strip = new Set<Header>();
  const alone = (h: Header): boolean =>
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, h.start - 80), h.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(h.end));
  for (let i = 0; i + 1 < headers.length; i++) {
    const [a, b] = [headers[i], headers[i + 1]];
    if (!a || !b || !alone(a) || !alone(b)) continue;
    if (/^[ \t]*\n[ \t]*$/.test(text.slice(a.end, b.start))) {
      strip.add(a);
      strip.add(b);
    }
  }
  return strip;
}

// A known header followed by a colon anywhere, or alone on its line. An optional bracket after
// it carries a note such as "(in each gram)" or "(w/w)".
const KNOWN_WITH_COLON = new RegExp(
  `(?<![\\p{L}\\p{N}])(${HEADER_ALTERNATION})(?:\\s*\\([^()\\n]{0,40}\\))?\\s*[:：]`,
  'giu',
);
const KNOWN_ON_OWN_LINE = new RegExp(
  `(?<=^|\\n)[ \\t]*[-•*#>]*[ \\t]*(${HEADER_ALTERNATION})(?:\\s*\\([^()\\n]{0,40}\\))?[ \\t]*(?=\\n|$)`,
  'giu',
);
// Drug Facts panels flattened into one line print their headers without colons
// ("Active ingredient Benzoyl peroxide 2.5% Purpose Acne treatment Uses …").
const DRUG_FACTS = /\bactive\s+ingredients?\b[\s\S]*\b(?:inactive\s+ingredients?|purposes?)\b/i;
// Title Case or ALL CAPS as panels print them; lower-case "uses" in prose is not a header.
const DRUG_FACTS_HEADER =
  /(?<![\p{L}\p{N}])((?:Active|ACTIVE)\s+(?:[Ii]ngredients?|INGREDIENTS?)|(?:Inactive|INACTIVE)\s+(?:[Ii]ngredients?|INGREDIENTS?)|Purposes?|PURPOSES?|Uses|USES|Warnings?|WARNINGS?|Directions|DIRECTIONS|(?:Other|OTHER)\s+(?:[Ii]nformation|INFORMATION)|(?:Questions|QUESTIONS)(?:\s+(?:or|OR)\s+(?:[Cc]omments|COMMENTS))?\??|(?:Drug|DRUG)\s+(?:Facts|FACTS)(?:\s+\((?:continued|CONTINUED)\))?)(?:\s*\([^()\n]{0,40}\))?(?=\s)/gu;
// A colourant tail: "[+/- CI 77491, Mica]", "(+/-) May contain: …".
const PLUS_MINUS = new RegExp(
  `[\\[(]?\\s*\\+\\s*\\/\\s*-\\s*[\\])]?\\s*(?:(?:${MAY_CONTAIN_ALTERNATION})\\s*)?[:：]?`,
  'giu',
);
// An unknown "Name:" at the start of a line or sentence names a product in a kit ("Cleanser:",
// "STEP 01 Super Booster:") or a highlight ("Retinol: smooths lines"); its body decides which.
const PART_HEADER =
  /(?:^|(?<=\n|[.!?]\s|[.!?]\s\s|(?:^|\s)[-–•]\s?))[ \t]*[-–•*]?[ \t]*([\p{L}\p{N}][^\n:,;!?.]{0,58}?)\s*[:：](?![\d/])/gu;
const MAX_PART_TITLE_WORDS = 8;

function collectHeaders(text: string): Header[] {
  const headers: Header[] = [];
  const colon = text.includes(':') || text.includes('：');
  const newline = text.includes('\n');
  // A plain one-line list has no headers; skip the scans.
  if (!colon && !newline && !text.includes('/') && !DRUG_FACTS.test(text)) return headers;
  const add = (start: number, end: number, kind: HeaderKind | 'part', title: string): void => {
    if (headers.some((h) => start < h.end && end > h.start)) return;
    headers.push({ start, end, kind, title });
  };
  for (const regex of [colon ? KNOWN_WITH_COLON : null, newline ? KNOWN_ON_OWN_LINE : null]) {
    if (!regex) continue;
    for (const match of text.matchAll(regex)) {
      const phrase = match[1] ?? '';
      const kind = headerKind(phrase);
      if (kind) add(match.index, match.index + match[0].length, kind, phrase);
    }
  }
  // After the known headers, so "May Contain (+/-):" is one header, not a marker and a name.
  if (/\+\s*\/\s*-/.test(text))
    for (const match of text.matchAll(PLUS_MINUS)) {
      add(match.index, match.index + match[0].length, 'may-contain', match[0].trim());
    }
  if (DRUG_FACTS.test(text)) {
    for (const match of text.matchAll(DRUG_FACTS_HEADER)) {
      const phrase = (match[1] ?? '').replace(/\?$/, '');
      const kind = headerKind(phrase) ?? 'skip';
      add(match.index, match.index + match[0].length, kind, phrase);
    }
  }
  if (colon)
    for (const match of text.matchAll(PART_HEADER)) {
      const title = (match[1] ?? '').trim();
      if (title.split(/\s+/).length > MAX_PART_TITLE_WORDS) continue;
      add(match.index, match.index + match[0].length, 'part', title);
    }
  return headers.sort((a, b) => a.start - b.start);
}

// A skipped block (key ingredients, warnings) ends at a blank line or at a line that reads as a
// full list, because a label often runs on into the real list without a header.
const SKIP_END = /\n[ \t]*\n|\n(?=[^\n]*(?:,[^\n,]*){4})/;

/**
 * Splits a label into sections by its headers: the list itself, Drug Facts actives and inactives,
 * a "May contain" tail, the products of a kit, and blocks that are not a list (key ingredients,
 * warnings, directions). Text before the first header is `lead`.
 */
export function labelSections(text: string): LabelSection[] {
  const found = collectHeaders(text);
  const tabs = found.length > 1 ? tabStrip(text, found) : new Set<Header>();
  const headers = tabs.size ? found.filter((h) => !tabs.has(h)) : found;
  const sections: LabelSection[] = [];
  let cursor = 0;
  let kind: SectionKind = 'lead';
  let title: string | null = null;
  const close = (end: number): void => {
    const body = text.slice(cursor, end);
    if (kind === 'part') {
      // "Retinol: smooths lines" ends with its line; "Cleanser:" alone on a line heads a list.
      const lineEnd = body.indexOf('\n');
      if (lineEnd > 0 && body.slice(0, lineEnd).trim()) {
        sections.push({ kind, title, body: body.slice(0, lineEnd) });
        sections.push({ kind: 'lead', title: null, body: body.slice(lineEnd) });
        return;
      }
    }
    if (kind === 'skip') {
      const rest = SKIP_END.exec(body);
      if (rest) {
        sections.push({ kind, title, body: body.slice(0, rest.index) });
        sections.push({ kind: 'lead', title: null, body: body.slice(rest.index) });
        return;
      }
    }
    if (body.trim() || kind !== 'lead') sections.push({ kind, title, body });
  };
  for (const header of headers) {
    // "Active ingredient   Purpose" is the column heading of one Drug Facts table.
    if (kind === 'active' && /^purposes?$/i.test(header.title) && !text.slice(cursor, header.start).trim()) {
      cursor = header.end;
      continue;
    }
    // Inside a skipped block, "Retinol: smooths lines" is a highlight, not a kit product.
    if (header.kind === 'part' && kind === 'skip' && !SKIP_END.test(text.slice(cursor, header.start))) {
      continue;
    }
    close(header.start);
    cursor = header.end;
    kind = header.kind;
    title = header.title;
  }
  close(text.length);
  return sections;
}
