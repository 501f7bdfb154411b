import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  alternativeText,
  familyName,
  noteText,
  planOrderWhy,
  planWhy,
  presetLabel,
  presetWhy,
  problemText,
  reasonText,
} from '../../src/i18n/core-text';
import {
  formatMessage,
  type MessageKey,
  type MessageTable,
  plural,
  type PluralStem,
  type Wording,
} from '../../src/i18n/messages';
import { analyzeLabel } from '../../src/ingredients/analyze-label';
import { RAW_FAMILIES } from '../../src/ingredients/family-data';
import { FAMILY_IDS } from '../../src/ingredients/family-schema';
import { LINE_REASON_CODES, type Note, PLAIN_REASON_CODES, type Reason } from '../../src/ingredients/reasons';
import { PLAN_FILE } from '../../src/routine/plans';
import { type Problem, PROBLEM_CODES } from '../../src/storage/problem';
import { WINDOW_KEYS } from '../../src/window/keys';
import { PRESET_IDS } from '../../src/window/preset-schema';
import { PRESETS } from '../../src/window/presets';
import { realLabels } from '../corpus/real-labels';
import { messagesOf } from '../setup/i18n';

/**
 * The core returns codes (a finding's reason and note, an alternative, a preset, a plan, a
 * problem with stored settings); the UI and the CLI word them through one renderer
 * (`src/i18n/core-text.ts`). Here every code the core can return is worded in every locale: each
 * message it asks for exists, takes the substitutions the renderer gives, and leaves no
 * placeholder unfilled. The codes come from the core's own lists (`LINE_REASON_CODES`,
 * `PLAIN_REASON_CODES`, `PROBLEM_CODES`, the family and preset ids) and from the data, so a new
 * code or data entry without its messages fails here; and from what the engine returns for every
 * label of the corpus.
 */

const LANGUAGES = readdirSync(join(import.meta.dirname, '../../public/_locales')).sort();

/** Every reason the engine can give: each family's, and each list-position code (plural forms too). */
const REASONS: Reason[] = [
  ...FAMILY_IDS.map((family): Reason => ({ code: 'family', family })),
  ...LINE_REASON_CODES.map((code): Reason => ({ code, marker: 'Phenoxyethanol' })),
  ...[1, 2, 3, 21].map((others): Reason => ({ code: 'acid-group', others })),
  { code: 'near-end', ingredient: 'Citric Acid' },
  ...PLAIN_REASON_CODES.map((code): Reason => ({ code })),
];

/** Every note: each member note of the data, and a drug brand's. */
const NOTES: Note[] = [
  ...RAW_FAMILIES.flatMap((f) => Object.keys(f.notes ?? {})).map((note): Note => ({ code: 'member', note })),
  { code: 'brand', brand: 'Epiduo', member: 'Adapalene' },
];

const ALTERNATIVES = [...new Set(RAW_FAMILIES.flatMap((f) => (f.alternatives ?? []).map((a) => a.id)))];

const PROBLEMS: Problem[] = PROBLEM_CODES.flatMap((code) =>
  [null, 'version', 'treatments.0.timeZone', 'settings.treatments.2', 'shelf.products.1.addedAt'].map(
    (path) => ({ code, path }),
  ),
);

/** The counted messages the pages word, each with counts that need every plural form. */
const PLURALS: PluralStem[] = [
  'listReason_acid_group',
  'windowLengthDays',
  'windowLengthHours',
  'rampEvenings',
  'introDays',
  'introEvenings',
  'popupListRead',
];

interface Recording {
  words: Wording;
  /** Keys asked for that the locale lacks. */
  missing: string[];
  /** Each key asked for, with the most substitutions it was given. */
  given: Map<string, number>;
}

function recording(language: string): Recording {
  const table: MessageTable = messagesOf(language);
  const missing: string[] = [];
  const given = new Map<string, number>();
  return {
    missing,
    given,
    words: {
      language,
      text(key: MessageKey, ...substitutions: string[]) {
        if (!table[key]) missing.push(key);
        given.set(key, Math.max(given.get(key) ?? 0, substitutions.length));
        return formatMessage(table, key, substitutions);
      },
    },
  };
}

const UNFILLED = /\$[A-Za-z0-9_@]+\$|\$\d/;

/** Every text the renderer makes for every code, in one language. */
function everything(words: Wording): string[] {
  return [
    ...REASONS.map((r) => reasonText(words, r)),
    ...NOTES.map((n) => noteText(words, n)),
    ...ALTERNATIVES.map((id) => alternativeText(words, id)),
    ...PRESET_IDS.flatMap((id) => [presetLabel(words, id), presetWhy(words, id), planWhy(words, id)]),
    planOrderWhy(words),
    ...PROBLEMS.map((p) => problemText(words, p)),
    ...WINDOW_KEYS.map((key) => familyName(words, key)),
    ...PLURALS.flatMap((stem) => [0, 1, 2, 5, 21, 1000000].map((n) => plural(words, stem, n, 'x'))),
  ];
}

describe.each(LANGUAGES)('every code the core returns, worded in %s', (language) => {
  const { words, missing, given } = recording(language);
  const texts = everything(words);

  test('has a message for every code', () => {
    expect(missing).toEqual([]);
  });

  test('every text is words, with every placeholder filled', () => {
    expect(texts.filter((text) => !/\p{L}/u.test(text) || UNFILLED.test(text))).toEqual([]);
  });

  test('each message takes no more substitutions than the renderer gives it', () => {
    const table = messagesOf(language);
    const over = [...given].flatMap(([key, count]) =>
      Object.values(table[key]?.placeholders ?? {})
        .map((p) => Number(/^\$(\d)$/.exec(p.content)?.[1] ?? 0))
        .filter((n) => n > count)
        .map((n) => `${key} uses $${n} of ${count}`),
    );
    expect(over).toEqual([]);
  });

  test('the engine’s findings on every real label of the corpus read as words', () => {
    const unworded: string[] = [];
    for (const label of realLabels()) {
      for (const f of analyzeLabel(label.text, label.type ? { productType: label.type } : {}).findings) {
        const reason = reasonText(words, f.reason);
        const note = f.note ? noteText(words, f.note) : 'x';
        if (!reason || !note || UNFILLED.test(reason) || UNFILLED.test(note))
          unworded.push(`${label.file}: ${JSON.stringify(f)}`);
      }
    }
    expect(unworded).toEqual([]);
  });
});

describe('the data keeps its English as the translators’ reference', () => {
  const en = messagesOf('en');
  const english = (key: string): string | undefined => en[key]?.message;
  const key = (prefix: string, id: string): string => `${prefix}${id.replace(/[^A-Za-z0-9]/g, '_')}`;

  test('each family’s reason and each member note in ingredients/*.json is its English message', () => {
    const differ = RAW_FAMILIES.flatMap((f) => [
      ...(english(key('familyReason_', f.id)) === f.reason ? [] : [`${f.id}: reason`]),
      ...Object.entries(f.notes ?? {})
        .filter(([id, text]) => english(key('note_', id)) !== text)
        .map(([id]) => `${f.id}: note ${id}`),
    ]);
    expect(differ).toEqual([]);
  });

  test('each alternative’s suggestion is its English message', () => {
    const differ = RAW_FAMILIES.flatMap((f) => f.alternatives ?? []).filter(
      (a) => english(key('alternative_', a.id)) !== a.suggestion,
    );
    expect(differ.map((a) => a.id)).toEqual([]);
  });

  test('each preset’s label and why, and each plan’s why, are their English messages', () => {
    const differ = [
      ...PRESETS.filter((p) => english(key('preset_', p.id)) !== p.label).map((p) => `${p.id}: label`),
      ...PRESETS.filter((p) => english(key('presetWhy_', p.id)) !== p.why).map((p) => `${p.id}: why`),
      ...PLAN_FILE.plans
        .filter((p) => english(key('planWhy_', p.preset)) !== p.why)
        .map((p) => `${p.preset}: plan why`),
      ...(english('planOrderWhy') === PLAN_FILE.orderWhy ? [] : ['orderWhy']),
    ];
    expect(differ).toEqual([]);
  });
});

test('the renderer reads the same files the browser does', () => {
  const onDisk = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/_locales/de/messages.json'), 'utf8'),
  ) as MessageTable;
  expect(messagesOf('de')).toEqual(onDisk);
});
