import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageTable, tableWording, type Wording } from '../i18n/messages';

/** The languages `--lang` offers: the extension's own `_locales`. */
export const CLI_LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type CliLanguage = (typeof CLI_LANGUAGES)[number];

const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');

/**
 * The words of the extension's messages in `language`, read from the same `messages.json` the
 * browser reads (English unless `--lang` says otherwise), for the reasons and notes of a report.
 */
export function cliWording(language: CliLanguage = 'en'): Wording {
  const table = JSON.parse(
    readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8'),
  ) as MessageTable;
  return tableWording(table, language);
}
