import { cleanItem, isProseItem, type LabelItem, readsAsList, splitItems } from './label-items';
import { labelSections } from './label-sections';
import { cleanLabelText } from './label-text';
import { EXCLUSION_ALTERNATION, EXCLUSION_FIRST_ALTERNATION } from './label-words';

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

function withoutExclusions(body: string): string {
  return MAYBE_EXCLUSION.test(body) ? body.replace(EXCLUSION_CLAUSE, ' ').replace(NO_SENTENCE, ' ') : body;
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
  const sections = labelSections(cleanLabelText(text));
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
  const rawItemsOf = (body: string): string[] => splitItems(withoutExclusions(body));
  const cleaned = (raw: readonly string[], active: boolean): LabelItem[] =>
    raw.map((r) => cleanItem(r, { active })).filter((item): item is LabelItem => item !== null);
  const itemsOf = (body: string, active: boolean): LabelItem[] => cleaned(rawItemsOf(body), active);

  // Text without a header mixes marketing with the list: a sentence that starts as prose ("Apply
  // two drops to clean skin, morning and evening.") is prose to its end, commas and all.
  const leadItems = (body: string): LabelItem[] => {
    const ends: boolean[] = [];
    const raw = splitItems(withoutExclusions(body), ends);
    const kept: string[] = [];
    let inProse = false;
    raw.forEach((item, i) => {
      if (isProseItem(item)) inProse = true;
      else if (!inProse) kept.push(item);
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
        if (!readsAsList(raw, items)) {
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
  };
}

function joinSplitNames(items: DraftPart['items'], options: ParseOptions): DraftPart['items'] {
  const isSplitName = options.isSplitName;
  if (!isSplitName) return items;
  const joined: DraftPart['items'] = [];
  for (const entry of items) {
    const previous = joined.at(-1);
    if (
      previous &&
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
