// A type-only import: the pages never load a locale file themselves (the browser's i18n reads
// `_locales`), so Vite is never asked to import a file from `public/`.
import type en from '../../public/_locales/en/messages.json';

/** Every message key of `public/_locales/en/messages.json`, the source every locale must match. */
export type MessageKey = keyof typeof en;

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** One locale's `messages.json`, as read from disk (the CLI, the tests). */
export type MessageTable = Readonly<Record<string, MessageEntry>>;

/**
 * A message as the browsers' `i18n.getMessage` returns it: each `$NAME$` replaced by its
 * placeholder's content, `$1`…`$9` in that content by the substitutions, `$$` by `$`; an empty
 * string for a key the table lacks (as the browsers do).
 */
export function formatMessage(table: MessageTable, key: string, substitutions: readonly string[]): string {
  const entry = table[key];
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders.get(name.toLowerCase());
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/**
 * Where words come from: the browser's `i18n` in the extension, a locale file in the CLI and the
 * tests. Everything that words the core's codes (`./core-text.ts`) takes one.
 */
export interface Wording {
  /** The message for `key`, with `$1`… filled in. */
  text(key: MessageKey, ...substitutions: string[]): string;
  /** The language the messages are in (`de`): picks plural forms and the words of dates. */
  language: string;
}

/** A wording over one locale's table (the CLI's English, a test's German). */
export function tableWording(table: MessageTable, language: string): Wording {
  return { text: (key, ...substitutions) => formatMessage(table, key, substitutions), language };
}

/** The message key a data id names: `family_` + `benzoyl-peroxide` is `family_benzoyl_peroxide`. */
export function keyName(prefix: string, id: string): MessageKey {
  return `${prefix}${id.replace(/[^A-Za-z0-9]/g, '_')}` as MessageKey;
}

/** Keys that come as a `_one` and an `_other` form, by their common stem. */
export type PluralStem = {
  [K in MessageKey]: K extends `${infer Stem}_other`
    ? `${Stem}_one` extends MessageKey
      ? Stem
      : never
    : never;
}[MessageKey];

/**
 * The form of a counted message the language needs for `count` (`…_one`, `…_other`), chosen by
 * `Intl.PluralRules`: the browsers' i18n has no plurals. English, German, Spanish and French need
 * only these two for whole numbers (French `one` covers 0 and 1; Spanish and French `many`, for
 * round millions, reads as `other`).
 */
export function pluralKey(language: string, stem: PluralStem, count: number): MessageKey {
  const category = new Intl.PluralRules(language).select(count);
  return `${stem}_${category === 'one' ? 'one' : 'other'}` as MessageKey;
}

/** `text` of the plural form for `count`; `count` is passed as `$1`, then the other substitutions. */
export function plural(words: Wording, stem: PluralStem, count: number, ...substitutions: string[]): string {
  return words.text(
    pluralKey(words.language, stem, count),
    new Intl.NumberFormat(words.language).format(count),
    ...substitutions,
  );
}
