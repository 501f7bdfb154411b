// Characters that are invisible on screen but split or glue words in copied label text:
// zero-width spaces and joiners, word joiner, BOM, soft hyphen, and bidi controls.
export const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E\u2066-\u2069\u061C]/g;
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
// Trademark signs would become "TM" under NFKC; superscript digits are footnote marks, not part
// of a name ("Retinol¹" is not "Retinol1").
const MARKS = /[™®©℠]/g;
const SUPERSCRIPT = /[⁰¹²³⁴-⁹]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Label text as copied from a page or a file, with the look-alike characters folded: odd spaces,
 * invisible characters, full-width punctuation (，；：（）), and line-break variants.
 */
// Markup printed as text ("Glycerin<br>Retinol", "&lt;b&gt;Glycolic Acid&lt;/b&gt;" once decoded):
// line-level tags are line breaks, other tags are spaces. Plain string work, never parsed as HTML.
const LINE_TAG = /<\s*(?:br|\/?p|\/?li|\/?div|\/?ul|\/?ol|\/?tr)\b[^<>]{0,80}>/gi;
const OTHER_TAG = /<\s*\/?[a-z][a-z0-9-]*\b[^<>]{0,80}>/gi;

function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(LINE_TAG, '\n').replace(OTHER_TAG, ' ') : text;
}

export function cleanLabelText(raw: string): string {
  const text = withoutTags(raw);
  if (!NON_ASCII.test(text)) {
    const lines = text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text;
    return /[\t\v\f]/.test(lines) ? lines.replace(/[\t\v\f]/g, ' ') : lines;
  }
  return text
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(SUPERSCRIPT, '*')
    .replace(LINE_BREAK, '\n')
    .replace(ODD_SPACE, ' ')
    .normalize('NFKC');
}
