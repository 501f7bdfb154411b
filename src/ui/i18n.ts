import { browser } from 'wxt/browser';
import { problemText } from '../i18n/core-text';
import { textLocale } from '../i18n/locale';
import { type MessageKey, plural, type PluralStem, type Wording } from '../i18n/messages';
import { ProblemError } from '../storage/problem';

export { keyName, type MessageKey } from '../i18n/messages';

/**
 * The UI text for a key, in the language the browser picked from `_locales`, with `$1`… filled
 * in. The pages never import a locale file: the browser's i18n is the one source (in unit tests,
 * a stand-in over the same files, `test/setup/i18n.ts`).
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The browser's i18n as the wording of the core's codes (`src/i18n/core-text.ts`). */
export const words: Wording = {
  text: t,
  // The language of the messages the browser picked (not the UI's: a Japanese browser gets English).
  get language() {
    return t('language') || 'en';
  },
};

/** The form of a counted message `count` needs ("1 day", "5 days"), `count` as `$1`. */
export function tn(stem: PluralStem, count: number, ...substitutions: string[]): string {
  return plural(words, stem, count, ...substitutions);
}

/** Why saving failed, for "Not saved: …": a refused value in the patient's words, else the browser's. */
export function errorText(error: unknown): string {
  if (error instanceof ProblemError) return problemText(words, error.problem);
  return error instanceof Error ? error.message : String(error);
}

/** The locale for dates beside the messages (`textLocale`): the browser's preference in their language. */
export function uiLocale(): string {
  return textLocale(words.language, navigator.languages);
}
