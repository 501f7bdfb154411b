import { cleanItem, isProseItem, type LabelItem, readsAsList, splitItems } from './label-items';
import { type LabelSection, labelSections } from './label-sections';
import { cleanLabelText } from './label-text';
import { EXCLUSION_ALTERNATION, EXCLUSION_FIRST_ALTERNATION, isNotContentHeader } from './label-words';

export type IngredientRole = 'active' | 'inactive' | 'ingredient';

export interface ParsedIngredient extends LabelItem {
  /** 1-based place in its part's list; Drug Facts actives come first. */
  position: number;
  role: IngredientRole;
}

export interface ParsedPart {
  /** The product's name inside a kit ("Cleanser"), or null for a single product. */
  title: string | null;
  ingredients: ParsedIngredient[];
}

export interface ParsedLabel {
  parts: ParsedPart[];
  /** Whether a list, active or inactive heading introduces a list. */
  headed: boolean;
  /** The label's sections, as its headers divide it (see `labelSections`). */
  sections: readonly LabelSection[];
}

export interface ParseOptions {
  /**
   * Whether two neighbouring items are one name split by a stray comma ("Retinyl, Palmitate").
   * The parser knows no names; the caller's dictionary decides.
   */
  isSplitName?: (first: string, second: string) => boolean;
}

// "free from retinol, parabens", "formulated without AHAs": the clause runs to the end of the
// sentence, line or bracket, and names nothing that is in the product.
// The clause may hold whole bracket groups ("Parfum (Fragrance)") and "Denat." without ending.
const EXCLUSION_CLAUSE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${EXCLUSION_ALTERNATION})(?![\\p{L}\\p{N}])(?:[^\\n.()\\]]|\\([^()\\n]*\\)|\\.(?=\\S)|(?<=denat)\\.)*`,
  'giu',
);
// A sentence that starts with "No" names what is not in the product ("No parabens, no retinol.").
const NO_SENTENCE = /(?:^|(?<=[.!?\n]\s*))no\s(?:[^\n.()]|\([^()\n]*\)|\.(?=\S)|(?<=denat)\.)*/gi;

// A cheap first look before the full clause pattern, which is slow on every label: a clause
// starts with its phrase's first word (from the data), a "No …" sentence with "no ".
const MAYBE_EXCLUSION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${EXCLUSION_FIRST_ALTERNATION})(?![\\p{L}\\p{N}])|no `,
  'iu',
);

// Fewer names after a highlight are its own words ("hydrates, plumps, smooths"), not a list.
const MIN_LIST_AFTER_HIGHLIGHT = 4;

/** The text less its exclusion clauses ("free from retinol", "No parabens."), which name nothing in the product. */
export function withoutExclusions(body: string): string {
  return MAYBE_EXCLUSION.test(body) ? body.replace(EXCLUSION_CLAUSE, ' ').replace(NO_SENTENCE, ' ') : body;
}

/** Items as cut from the text, before they are cleaned. */
interface RawItems {
  texts: string[];
  /** Whether each was cut from the one before at a comma (a stray comma may split one name in two). */
  afterComma: boolean[];
}

interface DraftPart {
  title: string | null;
  items: { item: LabelItem; role: IngredientRole }[];
  hasList: boolean;
  open: boolean;
}

/**
 * Reads a label as printed into the products it describes and their ingredients in order.
 * Pure: text in, names out; recognising what the names are is `analyzeLabel`'s job.
 */
export function parseLabel(text: string, options: ParseOptions = {}): ParsedLabel {
  return parseCleanLabel(cleanLabelText(text), options);
}

/** `parseLabel` for text already through `cleanLabelText`. */
export function parseCleanLabel(text: string, options: ParseOptions = {}): ParsedLabel {
  const sections = labelSections(text);
  const explicitList = sections.some(
    (s) => s.kind === 'list' || s.kind === 'active' || s.kind === 'inactive',
  );
  const parts: DraftPart[] = [];
  let current: DraftPart = { title: null, items: [], hasList: false, open: true };
  parts.push(current);
  const startPart = (title: string | null): DraftPart => {
    current = { title, items: [], hasList: false, open: true };
    parts.push(current);
    return current;
  };
  const rawItemsOf = (body: string, ends?: boolean[]): RawItems => {
    const afterComma: boolean[] = [];
    const texts = splitItems(withoutExclusions(body), ends, afterComma);
    return { texts, afterComma };
  };
  const cleaned = (raw: RawItems, active: boolean): LabelItem[] => {
    const items: LabelItem[] = [];
    const options = { active };
    for (let i = 0; i < raw.texts.length; i++) {
      const item = cleanItem(raw.texts[i] ?? '', options);
      if (item) items.push(raw.afterComma[i] ? item : { ...item, afterComma: false });
    }
    return items;
  };
  const itemsOf = (body: string, active: boolean): LabelItem[] => cleaned(rawItemsOf(body), active);

  // Text without a header mixes marketing with the list: a sentence that starts as prose ("Apply
  // two drops to clean skin, morning and evening.") is prose to its end, commas and all.
  const leadItems = (body: string): LabelItem[] => {
    const ends: boolean[] = [];
    const raw = rawItemsOf(body, ends);
    const kept: RawItems = { texts: [], afterComma: [] };
    let inProse = false;
    raw.texts.forEach((text, i) => {
      if (isProseItem(text)) inProse = true;
      else if (!inProse) {
        kept.texts.push(text);
        kept.afterComma.push(raw.afterComma[i] ?? false);
      }
      if (ends[i]) inProse = false;
    });
    return cleaned(kept, false);
  };

  for (const section of sections) {
    switch (section.kind) {
      case 'skip':
        break;
      case 'lead':
        if (!explicitList) {
          for (const item of leadItems(section.body)) current.items.push({ item, role: 'ingredient' });
        }
        break;
      case 'part': {
        const raw = rawItemsOf(section.body);
        const items = cleaned(raw, false);
        // A "Name: text" that does not read as a list is a highlight ("Retinol: smooths lines"),
        // though the real list may follow the highlight in the same run of text.
        if (!readsAsList(raw.texts, items)) {
          if (!section.body.trim()) startPart(section.title);
          else if (!explicitList) {
            const after = leadItems(section.body);
            if (after.length >= MIN_LIST_AFTER_HIGHLIGHT) {
              for (const item of after) current.items.push({ item, role: 'ingredient' });
            }
          }
          break;
        }
        const part = startPart(section.title);
        part.hasList = true;
        part.open = false;
        for (const item of items) part.items.push({ item, role: 'ingredient' });
        break;
      }
      case 'list':
      case 'active':
      case 'inactive':
      case 'may-contain': {
        const role: IngredientRole =
          section.kind === 'active' ? 'active' : section.kind === 'inactive' ? 'inactive' : 'ingredient';
        const continues = section.kind === 'inactive' || section.kind === 'may-contain';
        if ((current.hasList && !continues) || (!current.open && !continues)) startPart(null);
        if (section.kind !== 'may-contain' && section.kind !== 'active') current.hasList = true;
        for (const item of itemsOf(section.body, role === 'active')) {
          current.items.push({
            item: section.kind === 'may-contain' ? { ...item, mayContain: true } : item,
            role,
          });
        }
        current.open = true;
        break;
      }
    }
  }
  return {
    parts: parts
      .filter((p) => p.items.length > 0)
      .map((p) => ({ title: p.title, ingredients: numbered(joinSplitNames(p.items, options)) })),
    headed: explicitList,
    sections,
  };
}

/**
 * The text less what names nothing in the product: exclusion clauses ("free from retinol"), and
 * blocks of warnings, directions and "Free from" lists. Where a label states its actives in words,
 * it is here.
 */
export function statedText(parsed: ParsedLabel): string {
  let text = '';
  for (const s of parsed.sections) {
    if (s.kind === 'skip' && s.title !== null && isNotContentHeader(s.title)) continue;
    text += s.kind === 'part' && s.title ? `${s.title}: ${s.body}\n` : `${s.body}\n`;
  }
  return withoutExclusions(text);
}

function joinSplitNames(items: DraftPart['items'], options: ParseOptions): DraftPart['items'] {
  const isSplitName = options.isSplitName;
  if (!isSplitName) return items;
  const joined: DraftPart['items'] = [];
  for (const entry of items) {
    const previous = joined.at(-1);
    if (
      previous &&
      entry.item.afterComma !== false &&
      previous.role === entry.role &&
      previous.item.brackets.length === 0 &&
      isSplitName(previous.item.base, entry.item.base)
    ) {
      // As printed: the stray comma stays in the name, so the page's own text can be marked.
      const name = `${previous.item.name}, ${entry.item.name}`;
      joined[joined.length - 1] = {
        role: entry.role,
        item: {
          ...entry.item,
          name,
          base: `${previous.item.base}, ${entry.item.base}`,
          percent: entry.item.percent ?? previous.item.percent,
        },
      };
    } else {
      joined.push(entry);
    }
  }
  return joined;
}

function numbered(items: DraftPart['items']): ParsedIngredient[] {
  const actives = items.filter((e) => e.role === 'active');
  const rest = items.filter((e) => e.role !== 'active');
  return [...actives, ...rest].map(({ item, role }, index) => ({
    name: item.name,
    base: item.base,
    brackets: item.brackets,
    percent: item.percent,
    mayContain: item.mayContain,
    role,
    position: index + 1,
  }));
}
