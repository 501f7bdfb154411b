import type { BrandInput } from './family-schema';
import { DOSAGE_FORMS, EXCLUSION_WORDS, MENTION_STOP_WORDS } from './label-words';
import type { KnownMember, NameMatch } from './name-index';
import { nameKey } from './name-key';

/** A flagged ingredient that a label states in words rather than as an item of its list. */
export interface Mention {
  /** As printed ("adapalene", "Epiduo Forte", "過酸化ベンゾイル"). */
  printed: string;
  /** The members it stands for: one for a name, each flagged active of a brand. */
  members: KnownMember[];
  /** The brand, when the label named the medicine by brand. */
  brand: string | null;
}

/** Which names a scan looks for. */
export type MentionScope =
  /** Medicines' actives and drug brands: drug labels name them in sentences, wherever they are. */
  | 'drugs'
  /** Every member too: on a page that gives no list, its blurb is the best evidence there is. */
  | 'all';

export interface MentionIndex {
  find(text: string, scope: MentionScope): Mention[];
  /** Whether the text may name a medicine: false for most labels, which are read no further. */
  mayNameDrug(text: string): boolean;
}

interface Entry {
  words: string[];
  /** Empty for a look-alike: found so that the member inside it is not ("Polylactic Acid"). */
  members: KnownMember[];
  brand: string | null;
  /** Counts only with a dosage form or a strength after it (see `BrandSchema.alone`). */
  needsForm: boolean;
  drug: boolean;
}

interface CjkEntry {
  /** Without spaces, as `nameKey` writes names in Japanese and Korean. */
  key: string;
  entry: Entry;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
// A sentence ends at a full stop before a space (not "0.1%", "eq.to" or "et al. 2019"), a line
// break or a semicolon.
const SENTENCE_END =
  /(?<=[.!?。！？])(?<!\b(?:al|e\.g|i\.e|vs|approx|Dr|No|eq|denat|Denat|DENAT|ext|sp|var|vit)\.)\s+|[\n;；]/;
// A strength just before or after a name: "0.1% Retinal", "Retinol 0.3%", "Glycolic Acid (7%)".
const STRENGTH_BEFORE = /\d+(?:[.,]\d+)?\s*(?:%|mg|g)\s*(?:of\s+)?$/iu;
// On a page with no list, a blurb names its key ingredients first ("- Retinol: smooths…",
// "Featuring retinaldehyde"), or with a strength; a name deep in a paragraph is mentioned in passing
// ("Centella also carries a nice supporting cast of Vitamin A").
const BLURB_LEAD_WORDS = 4;
// "Renova 0.02%", "Differin 0.1 % w/w", "ベピオ2.5%": a strength right after the brand.
const STRENGTH_AFTER = /^\s*[(（]?\s*\d+(?:[.,]\d+)?\s*(?:%|mg|g\b|mcg|µg)/iu;
const MAX_NAME_WORDS = 6;
const NON_ASCII = /[\u0080-\uffff]/;
const BLURB_FAMILY = (member: KnownMember): boolean =>
  member.position !== 'low-level' && member.family !== 'fragrance';
// "0% Retinol", "0% 過酸化ベンゾイル (Benzoyl Peroxide)": a strength of nothing is an exclusion,
// to the next comma.
const ZERO_BEFORE = /(?:^|[,;、])\s*0\s*%[^,;、]*$/;
// After a name in Japanese or Korean, where words are not spaced: a particle, a dosage form or
// "preparation", a strength, or anything that is not a letter ends the name ("過酸化ベンゾイル製剤",
// "아다팔렌과", "アダパレン0.1%"); a letter of another word does not ("시트로넬올크크").
const CJK_NAME_END =
  /^(?:[^\p{L}]|$|(?:은|는|이|가|을|를|와|과|의|에|로|으로|도|만|을|を|が|は|の|と|に|で|も|や|製剤|配合)(?:[^\p{L}]|$))/u;
// A Chinese drug name, in Han characters only ("阿达帕林", "过氧化苯甲酰"): Chinese runs its words
// together, so the name is bounded by a function word or the end of a word such as 含有 (contains),
// 为 (is), 对 (to), 经过 (after), 包括 (including) before it, and 和/或/的/是 (and, or, of, is) or
// 凝胶/乳膏 (gel, cream) after it ("成分为阿达帕林", "阿达帕林和过氧化苯甲酰"). Any other letter
// beside it makes a longer word.
const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_BEFORE_NAME = /[为為是含有及和与與或的对對过過用括关關即以将將在从從]$/u;
const HAN_AFTER_NAME = /^[和与與及或的是为為凝乳软軟]/u;

function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: nameKey(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const STOP_KEYS = new Set([...MENTION_STOP_WORDS, ...EXCLUSION_WORDS].map(nameKey));
const STOP_CJK = [...MENTION_STOP_WORDS, ...EXCLUSION_WORDS].filter((w) => CJK.test(w));
const FORM_KEYS = new Set(DOSAGE_FORMS.filter((w) => !CJK.test(w)).map(nameKey));
const FORM_CJK = DOSAGE_FORMS.filter((w) => CJK.test(w));

/**
 * Whether a sentence states what the product contains, rather than comparing it with something,
 * excluding something, or advising about something ("Do not use with benzoyl peroxide", "gentler
 * than retinol", "formulated without retinyl palmitate").
 */
function statesContents(sentence: string, words: readonly { word: string }[]): boolean {
  if (words.some(({ word }) => STOP_KEYS.has(word))) return false;
  // Two-word stop phrases ("do not") are covered by their second word; contractions by the key's
  // space ("don t").
  for (let i = 0; i + 1 < words.length; i++) {
    if (STOP_KEYS.has(`${words[i]?.word} ${words[i + 1]?.word}`)) return false;
  }
  return !STOP_CJK.some((w) => sentence.includes(w));
}

/** Whether a name at words [from, to) opens its sentence or sits next to a strength, outside brackets. */
function leadsBlurb(
  sentence: string,
  words: readonly { start: number; end: number }[],
  from: number,
  to: number,
): boolean {
  const start = words[from]?.start ?? 0;
  const before = sentence.slice(0, start);
  // In brackets after another name, a name describes that one: "Beta-Carotene (Vitamin A)".
  if (before.lastIndexOf('(') > before.lastIndexOf(')')) return false;
  if (from < BLURB_LEAD_WORDS) return true;
  const end = words[to - 1]?.end ?? 0;
  return (
    STRENGTH_BEFORE.test(sentence.slice(Math.max(0, start - 16), start)) ||
    STRENGTH_AFTER.test(sentence.slice(end))
  );
}

/**
 * A regular expression that matches any of the words, written as a trie ("ad(?:apalene|…)|b…"):
 * one branch per first letter, so the engine does not try every name at every position.
 * `space` is what a space in a name matches.
 */
function trieSource(words: readonly string[], space: string): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(
      ([ch, child]) => (ch === ' ' ? space : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')) + source(child),
    );
    if (branches.length === 0) return '';
    const alternatives = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.end ? `(?:${alternatives})?` : alternatives;
  };
  return `(?:${source(root) || '(?!)'})`;
}

/**
 * Builds the finder from the engine's exact names (`NameIndex.names()`) and the drug brands. A
 * drug scan looks only for medicines and brands; an `all` scan for every member.
 */
export function buildMentionIndex(
  names: Iterable<readonly [string, NameMatch]>,
  brands: readonly BrandInput[],
): MentionIndex {
  const byFirstWord = new Map<string, Entry[]>();
  const cjk: CjkEntry[] = [];
  const add = (key: string, entry: Entry): void => {
    if (!key) return;
    if (CJK.test(key)) {
      cjk.push({ key, entry });
      return;
    }
    const words = key.split(' ');
    if (words.length > MAX_NAME_WORDS) return;
    const sized = { ...entry, words };
    const list = byFirstWord.get(words[0] ?? '');
    if (list) list.push(sized);
    else byFirstWord.set(words[0] ?? '', [sized]);
  };
  const byName = new Map<string, KnownMember>();
  for (const [key, match] of names) {
    if (match.kind === 'member') byName.set(match.member.name, match.member);
    // A blurb names actives; its alcohol or fragrance is as likely "alcohol-free" or a scent note.
    if (match.kind === 'member' && !match.member.drug && !BLURB_FAMILY(match.member)) continue;
    const members = match.kind === 'member' ? [match.member] : [];
    const drug = match.kind === 'member' ? match.member.drug : true;
    add(key, { words: [], members, brand: null, needsForm: false, drug });
  }
  for (const brand of brands) {
    const contained = brand.contains.flatMap((name) => byName.get(name) ?? []);
    if (contained.length === 0) continue;
    for (const name of [brand.name, ...(brand.aliases ?? [])]) {
      add(nameKey(name), {
        words: [],
        members: contained,
        brand: brand.name,
        needsForm: !brand.alone,
        drug: true,
      });
    }
  }
  // Longest names first, so "Benzoyl Peroxide" wins over a one-word name it starts with.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  cjk.sort((a, b) => b.key.length - a.key.length);
  // Most labels name no medicine: one test of the whole text decides whether to read its words
  // (a whole name must be there for a mention, so the hint is the whole name).
  const latin: string[] = [];
  for (const list of byFirstWord.values()) {
    for (const e of list) if (e.drug && e.members.length) latin.push(e.words.join(' '));
  }
  const cjkHints = cjk.filter(({ entry }) => entry.drug && entry.members.length).map(({ key }) => key);
  // Whole words, as in `nameKey`'s form: "deriva" is no hint inside "derivative".
  const drugHint = new RegExp(`(?:^| )${trieSource(latin, ' ')}(?= |$)|${trieSource(cjkHints, ' ')}`, 'u');
  // Plain ASCII text (most labels) is only lower-cased, which costs a third of `nameKey`.
  const asciiHint = new RegExp(`(?<![a-z0-9])${trieSource(latin, '[^a-z0-9]+')}(?![a-z0-9])`);

  const formFollows = (sentence: string, words: ReturnType<typeof wordsOf>, next: number, end: number) => {
    const after = sentence.slice(end);
    if (STRENGTH_AFTER.test(after) || FORM_CJK.some((form) => after.trimStart().startsWith(form)))
      return true;
    return [next, next + 1].some((i) => FORM_KEYS.has(words[i]?.word ?? ''));
  };

  return {
    mayNameDrug: (text) =>
      !NON_ASCII.test(text) ? asciiHint.test(text.toLowerCase()) : drugHint.test(nameKey(text)),
    find(text, scope) {
      const found: Mention[] = [];
      for (const sentence of text.split(SENTENCE_END)) {
        if (!sentence.trim()) continue;
        const words = wordsOf(sentence);
        if (!statesContents(sentence, words)) continue;
        for (let i = 0; i < words.length; i++) {
          const candidates = byFirstWord.get(words[i]?.word ?? '');
          if (!candidates) continue;
          const entry = candidates.find(
            (e) =>
              (scope === 'all' || e.drug) &&
              e.words.every((w, k) => words[i + k]?.word === w) &&
              (!e.needsForm ||
                formFollows(sentence, words, i + e.words.length, words[i + e.words.length - 1]?.end ?? 0)) &&
              (e.drug || e.members.length === 0 || leadsBlurb(sentence, words, i, i + e.words.length)),
          );
          if (!entry) continue;
          const first = words[i];
          if (ZERO_BEFORE.test(sentence.slice(0, first?.start ?? 0))) continue;
          const last = words[i + entry.words.length - 1];
          i += entry.words.length - 1;
          if (entry.members.length === 0) continue;
          found.push({
            printed: sentence.slice(first?.start ?? 0, last?.end ?? 0),
            members: entry.members,
            brand: entry.brand,
          });
        }
        if (cjk.length && CJK.test(sentence)) found.push(...cjkMentions(sentence, cjk, scope));
      }
      // A label that names its medicine's active names other medicines' brands only in passing
      // ("other acne gels: Bepio, Duac, Epiduo"); a brand counts where no active is named.
      const namesActive = found.some((m) => m.brand === null && m.members.some((member) => member.drug));
      return namesActive ? found.filter((m) => m.brand === null) : found;
    },
  };
}

/**
 * Names in Japanese and Korean, which are printed with and without spaces inside them: found in
 * the sentence's letters with spaces and punctuation taken out, then checked against what follows
 * them in the sentence as printed (see `CJK_NAME_END`).
 */
function cjkMentions(sentence: string, entries: readonly CjkEntry[], scope: MentionScope): Mention[] {
  const printed = sentence.normalize('NFKC').toLowerCase();
  let letters = '';
  const at: number[] = [];
  for (let i = 0; i < printed.length; i++) {
    const ch = printed[i] ?? '';
    if (/[\p{L}\p{N}]/u.test(ch)) {
      letters += ch;
      at.push(i);
    }
  }
  const found: Mention[] = [];
  for (const { key, entry } of entries) {
    if (!(scope === 'all' || entry.drug)) continue;
    const start = letters.indexOf(key);
    if (start < 0) continue;
    // Korean spaces its words; Japanese puts a particle in hiragana before a name ("本剤は過酸化
    // ベンゾイルを"), Chinese a function word (see HAN_ONLY). Otherwise a name glued to the end of another
    // word is part of that word ("크크레티노익애씨드").
    const before = printed[(at[start] ?? 0) - 1] ?? '';
    const chinese = entry.drug && !entry.needsForm && HAN_ONLY.test(key);
    const glued = /\p{L}/u.test(before) && !/\p{Script=Hiragana}/u.test(before);
    if (glued && !(chinese && HAN_BEFORE_NAME.test(before))) continue;
    if (ZERO_BEFORE.test(printed.slice(0, at[start] ?? 0))) continue;
    const end = at[start + key.length - 1] ?? printed.length;
    const after = printed.slice(end + 1);
    const formAfter = FORM_CJK.some((f) => after.startsWith(f)) || STRENGTH_AFTER.test(after);
    const nameEnds = CJK_NAME_END.test(after) || (chinese && HAN_AFTER_NAME.test(after));
    if (entry.needsForm ? !formAfter : !formAfter && !nameEnds) continue;
    if (entry.members.length > 0) {
      found.push({
        printed: sentence.normalize('NFKC').slice(at[start] ?? 0, end + 1),
        members: entry.members,
        brand: entry.brand,
      });
    }
    // Each place is read once: a longer name found here hides the shorter ones inside it.
    letters = letters.slice(0, start) + '\u0000'.repeat(key.length) + letters.slice(start + key.length);
  }
  return found;
}
