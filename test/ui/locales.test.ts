import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

interface Placeholder {
  content: string;
  example?: string;
}

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

type Messages = Record<string, Entry>;

const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');
const REQUIRED_LOCALES = ['es', 'fr', 'de'];

/**
 * Messages that may read exactly as in English: the product's name and treatment or
 * product words that the other languages borrow unchanged.
 */
const SAME_AS_ENGLISH = new Set([
  'Aftercare Lens',
  'Microneedling',
  'Dermaplaning',
  'Microdermabrasion',
  'Serum',
]);

/** The Chrome Web Store's limit for a manifest description. */
const MAX_DESCRIPTION = 132;

function load(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** `$NAME$` references in a message, lower-cased as the browsers match them; `$$` is a literal dollar. */
function references(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map(([, name = '']) =>
    name.toLowerCase(),
  );
}

function placeholderContents(entry: Entry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
}

const en = load('en');
const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'en')
  .map((d) => d.name)
  .sort();

test('the translated locales are present', () => {
  expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
});

test('the English source is itself consistent', () => {
  for (const [key, entry] of Object.entries(en)) {
    const declared = Object.keys(placeholderContents(entry));
    for (const name of references(entry.message)) expect(declared, `en ${key}`).toContain(name);
  }
});

describe.each(locales)('%s', (locale) => {
  const messages = load(locale);

  test('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  test('uses only the fields browsers read', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const field of Object.keys(entry)) {
        expect(['message', 'description', 'placeholders'], `${key}.${field}`).toContain(field);
      }
      for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
        for (const field of Object.keys(placeholder)) {
          expect(['content', 'example'], `${key}.placeholders.${name}.${field}`).toContain(field);
        }
      }
    }
  });

  test('every message is a non-empty string', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  test('placeholders match English and every reference is declared', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const source = en[key];
      if (!source) continue; // reported by the key test
      const names = Object.keys(entry.placeholders ?? {});
      const sourceNames = Object.keys(source.placeholders ?? {});
      expect(names.sort(), `${key} placeholder names`).toEqual(sourceNames.sort());
      expect(placeholderContents(entry), `${key} placeholder contents`).toEqual(placeholderContents(source));

      const declared = Object.keys(placeholderContents(entry));
      const used = references(entry.message);
      for (const name of used) expect(declared, `${key} uses $${name.toUpperCase()}$`).toContain(name);
      // A placeholder English shows must not be dropped from the translation.
      expect([...new Set(used)].sort(), `${key} placeholders used`).toEqual(
        [...new Set(references(source.message))].sort(),
      );
    }
  });

  test('no message is left in English, apart from names and borrowed terms', () => {
    const untranslated = Object.entries(messages)
      .filter(([key, entry]) => en[key] && entry.message === en[key].message)
      .filter(([, entry]) => !SAME_AS_ENGLISH.has(entry.message))
      // Placeholders and punctuation only ("$WHERE$: $WHAT$"): nothing to translate.
      .filter(([, entry]) => /\p{L}/u.test(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '')))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  test('the store description fits', () => {
    expect(messages.extDescription?.message.length ?? 0).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });
});
