const NON_ASCII = /[\u0080-\uffff]/;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const ASCII_NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;
// Japanese and Korean labels are printed with and without spaces inside one name
// (레티닐 팔미테이트 / 레티닐팔미테이트), so spaces carry no meaning there.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The form in which names are compared: lower case, Latin accents dropped (Rétinol = Retinol),
 * compatibility forms folded (full-width letters), and every run of punctuation or space as one
 * space ("Alcohol Denat." = "alcohol denat", "L-(+)-Lactic Acid" = "l lactic acid").
 */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower.replace(ASCII_NOT_LETTER_OR_DIGIT, ' ').trim();
  const folded = lower
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
  return CJK.test(folded) ? folded.replace(/ /g, '') : folded;
}
