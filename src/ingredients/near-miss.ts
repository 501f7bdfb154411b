/**
 * Finds names one typing slip away (one letter missing, added, changed, or two swapped) from a
 * set of long names, for misspellings no one has listed yet ("Retinyl Plamitate"). Short names
 * are left out: "Malic Acid" is one letter from "Maleic Acid", a different ingredient.
 */
export const NEAR_MISS_MIN_LENGTH = 12;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const MIN_WORD_FOR_SLIP = 4;

/** The length of the word around position i: a slip in a short word ("vitamin a/e") changes the name. */
function wordLengthAt(text: string, i: number): number {
  let start = i;
  while (start > 0 && text[start - 1] !== ' ') start--;
  let end = i;
  while (end < text.length && text[end] !== ' ') end++;
  return end - start;
}

/** Optimal-string-alignment distance of at most 1, with the slip inside a word of four letters or more. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true;
  if (
    Math.min(wordLengthAt(a, i), wordLengthAt(b, i)) < MIN_WORD_FOR_SLIP ||
    /\d/.test(a[i] ?? '') ||
    /\d/.test(b[i] ?? '')
  ) {
    return false;
  }
  const rest = (x: number, y: number): boolean => a.slice(x) === b.slice(y);
  if (a.length === b.length) {
    return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  }
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

export interface NearMissIndex<T> {
  /** The one known name this key is a slip of, or undefined when none or more than one. */
  find(key: string): T | undefined;
}

export function buildNearMissIndex<T>(
  entries: Iterable<readonly [string, T]>,
  minLength = NEAR_MISS_MIN_LENGTH,
): NearMissIndex<T> {
  // Each long name under itself and every form with one letter deleted (SymSpell's trick): two
  // names within one edit share at least one of these forms.
  const byForm = new Map<string, { key: string; value: T }[]>();
  let longest = 0;
  for (const [key, value] of entries) {
    if (key.length < minLength) continue;
    longest = Math.max(longest, key.length);
    for (const form of [key, ...deletions(key)]) {
      const list = byForm.get(form);
      if (list) list.push({ key, value });
      else byForm.set(form, [{ key, value }]);
    }
  }
  return {
    find(key) {
      // Beyond one letter longer than the longest name, nothing can be one slip away.
      if (key.length < minLength - 1 || key.length > longest + 1) return undefined;
      const found = new Map<string, T>();
      for (const form of [key, ...deletions(key)]) {
        for (const candidate of byForm.get(form) ?? []) {
          if (withinOneEdit(key, candidate.key)) found.set(candidate.key, candidate.value);
        }
      }
      const values = new Set(found.values());
      return values.size === 1 ? [...values][0] : undefined;
    },
  };
}
