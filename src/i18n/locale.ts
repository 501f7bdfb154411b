/**
 * The locale dates and numbers are written in: the browser's own preference in the language of
 * the messages ("en-GB" in a British browser, whose messages are English), else that language
 * itself. Dates then never come in another language than the sentence around them: a Japanese
 * browser, which gets English messages, gets English dates too.
 */
export function textLocale(language: string, preferred: readonly string[]): string {
  const primary = language.toLowerCase();
  return preferred.find((tag) => tag.split('-')[0]?.toLowerCase() === primary) ?? language;
}
