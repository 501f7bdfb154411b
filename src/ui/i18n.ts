import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * The UI text for a key in the browser's language (from `_locales`), with `$1`… filled in.
 * Falls back to English where the browser has no i18n API (unit tests).
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // No i18n API here: use the English source below.
  }
  const entry = en[key] as { message: string; placeholders?: Record<string, { content: string }> };
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** The message key of a treatment type or window key, whose ids use hyphens. */
export function keyName<P extends string>(prefix: P, id: string): MessageKey {
  return `${prefix}${id.replace(/-/g, '_')}` as MessageKey;
}
