import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CHROME_BUILD,
  launchChromiumWithExtension,
  openPopup,
  openShopPage,
  POPUP_SIZE,
  popupHeight,
  saveScreenshot,
  storeSettings,
  waitForBadge,
} from '../support/chromium-extension';
import { HOUR_MS, microneedlingSettings, SHOP_PAGES } from '../support/shop-pages';

/**
 * The flagged popup in the patient's language: Chromium started in German, Spanish and French
 * (`--lang`; Debian's chromium-l10n), so the browser's own i18n picks the extension's `_locales`.
 * Every word the popup shows, its folds opened, is the language's: no English message of the
 * extension appears in it. A screenshot per language: `test-results/popup-flagged-<lang>.png`.
 */

type Messages = Record<string, { message: string }>;
const messages = (language: string): Messages =>
  JSON.parse(readFileSync(join(CHROME_BUILD, '_locales', language, 'messages.json'), 'utf8')) as Messages;

/** The English messages' words (placeholders taken out), long enough to mean something. */
const ENGLISH = Object.values(messages('en'))
  .map((entry) => entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').trim())
  .filter((phrase) => phrase.length >= 12 && !phrase.includes('Aftercare Lens'));

describe.each(['de', 'es', 'fr'])('the flagged popup in %s (Chromium)', (language) => {
  test('answers first, in the language, with every word of it in the language, and fits', async () => {
    const ext = await launchChromiumWithExtension({ language });
    try {
      const own = messages(language);
      await storeSettings(ext, microneedlingSettings(new Date(Date.now() - 26 * HOUR_MS)));
      const shop = await openShopPage(ext, SHOP_PAGES.lookfantasticExfoliatingMask);
      await waitForBadge(ext, shop.tabId, '1');
      const popup = await openPopup(ext, shop.tabId);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
      const verdict = await popup.locator('header + p.verdict.not-yet').innerText();
      expect(verdict.startsWith(own.verdictNotYet?.message.split('$WHEN$')[0] ?? '?')).toBe(true);
      await saveScreenshot(popup, `popup-flagged-${language}`);
      const { scroll, content } = await popupHeight(popup);
      console.log(`flagged popup in ${language}: ${content} px`);
      expect(scroll, `${language}: ${content} px of content`).toBeLessThanOrEqual(POPUP_SIZE.height);

      // Everything the patient can open, opened: the reasons, the notes, the traces, what to use
      // instead, the list as read and the paste box.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const shown = (await popup.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(ENGLISH.filter((phrase) => shown.includes(phrase))).toEqual([]);
      expect(shown).toContain(own.familyReason_fragrance?.message);
      expect(shown).toContain(own.listReason_acid_group_one?.message);
      await Promise.all([popup.close(), shop.page.close()]);
      expect(ext.pageErrors).toEqual([]);
    } finally {
      await ext.close();
    }
  });
});
