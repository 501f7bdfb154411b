import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type MessageTable } from '../../src/i18n/messages';

/**
 * WXT's fake browser has no i18n: this stands in for it with the real `_locales` files, read as
 * the browsers read them (`formatMessage`). English unless a test asks for another language.
 */

const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');
const tables = new Map<string, MessageTable>();

export function messagesOf(language: string): MessageTable {
  let table = tables.get(language);
  if (!table) {
    table = JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as MessageTable;
    tables.set(language, table);
  }
  return table;
}

/** The language the fake browser's i18n answers in, until the next test. */
export function useLanguage(language: string): void {
  const table = messagesOf(language);
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: unknown) =>
    formatMessage(table, key, [substitutions ?? []].flat().map(String));
  fakeBrowser.i18n.getUILanguage = () => language;
}

useLanguage('en');
beforeEach(() => useLanguage('en'));
