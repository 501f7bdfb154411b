import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Browser-neutral data for the real-browser tests: fixture pages under the shop addresses they
 * imitate, the stored settings a treatment makes, and a few pure helpers. Nothing here starts a
 * browser.
 */

export const ROOT = join(import.meta.dirname, '../../..');
export const FIXTURE_PAGES = join(ROOT, 'test/fixtures/pages');
export const RESULTS_DIR = join(ROOT, 'test-results');

/** The zone and locale the browsers are started in, so dates on screen do not depend on the host. */
export const TEST_TIME_ZONE = 'Europe/London';
export const TEST_LOCALE = 'en-GB';

export interface ShopPage {
  /** An address the content script matches (`src/extract/sites/shops.ts`). */
  url: string;
  /** The page served there, relative to `test/fixtures/pages/`. */
  fixture: string;
  /** False for a page without a product signal, where only the loader runs (no scan is reported). */
  product?: false;
}

/**
 * Fixture pages under real shop addresses. What each one holds (checked by the unit tests in
 * `test/extract/sites/`), judged about a day after microneedling with the default preset:
 */
export const SHOP_PAGES = {
  /** Retinol (avoid) and citric acid as a trace: badge "1". */
  sephoraRetinolSerum: {
    url: 'https://www.sephora.com/product/night-retinol-serum-P500001',
    fixture: 'sephora/retinol-serum-accordion.html',
  },
  /** Lactic acid (avoid), salicylic acid and parfum (caution), citric acid (trace): badge "1". */
  lookfantasticExfoliatingMask: {
    url: 'https://www.lookfantastic.fr/p/atelier-clair-masque-exfoliant-eclat-aha-bha-75ml/16789012/',
    fixture: 'thg/lookfantastic-fr-2024-exfoliating-mask.html',
  },
  /** Retinol (avoid): badge "1". */
  cultBeautyRetinolSerum: {
    url: 'https://www.cultbeauty.co.uk/lumiere-night-shift-retinol-serum/14567891.html',
    fixture: 'thg/cultbeauty-athena-retinol-serum.html',
  },
  /** Glycolic acid (avoid): badge "1". */
  amazonGlycolicToner: {
    url: 'https://www.amazon.com/Dewpoint-Glycolic-Toning-Solution/dp/B0TESTGLY1',
    fixture: 'amazon/glycolic-toner-product-facts.html',
  },
  /** Nothing flagged, citric acid as a trace: no badge. */
  amazonGentleCleanser: {
    url: 'https://www.amazon.de/-/de/PureDerm-Mildes-Reinigungsgel/dp/B0TESTDE01',
    fixture: 'amazon/cleansing-gel-detail-bullets-de.html',
  },
  /** Retinol (avoid): badge "1". */
  ultaRetinolSerum: {
    url: 'https://www.ulta.com/p/overnight-retinol-renewal-serum-pimprod2040117?sku=2612001',
    fixture: 'ulta/new-retinol-serum-accordion.html',
  },
  /** Nothing flagged, citric acid as a trace: no badge. */
  ultaCleanMoisturizer: {
    url: 'https://www.ulta.com/oat-cloud-barrier-moisturizer?productId=pimprod2019441',
    fixture: 'ulta/old-clean-moisturizer-productdetail.html',
  },
  /** A search page: no product. */
  ultaSearch: {
    url: 'https://www.ulta.com/shop/skin-care?search=retinol',
    fixture: 'ulta/search-results.html',
    product: false,
  },
  /** Glycolic acid (avoid) and salicylic acid (caution): badge "1". */
  shopifyResurfacingPeel: {
    url: 'https://atelier-derm.myshopify.com/products/midnight-resurfacing-peel',
    fixture: 'shopify/prestige-collapsible-peel.html',
  },
  /** Parfum only (caution): badge "!". */
  shopifyLipMask: {
    url: 'https://petal-theory.myshopify.com/products/berry-sleep-lip-mask',
    fixture: 'shopify/json-description-lip-mask.html',
  },
  /** A cosmetic product page with only "Key ingredients", no full list. */
  shopifyKeyIngredientsOnly: {
    url: 'https://dewy-co.myshopify.com/products/renewal-night-cream',
    fixture: 'generic/key-ingredients-only.html',
  },
  /** A supplement: a product page, but not a cosmetic one. */
  iherbVitaminC: {
    url: 'https://www.iherb.com/pr/sunmeadow-nutrition-buffered-vitamin-c-500-mg-120-veggie-capsules/90311',
    fixture: 'iherb/vitamin-c-supplement-overview.html',
  },
} as const satisfies Record<string, ShopPage>;

export function fixtureHtml(fixture: string): string {
  return readFileSync(join(FIXTURE_PAGES, fixture), 'utf8');
}

/**
 * Every address a fixture page's own markup can make the browser load (`src` and `href`
 * attributes, resolved against the page): a request to anything else, made from that page, was not
 * the page's doing.
 */
export function referencedUrls(html: string, pageUrl: string): Set<string> {
  const urls = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = (match[1] ?? match[2] ?? '').trim();
    if (!value || value.startsWith('#')) continue;
    try {
      urls.add(withoutHash(new URL(value, pageUrl).href));
    } catch {
      // Not an address.
    }
  }
  return urls;
}

export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/** An instant to the minute, as the extension stores it (`2026-11-24T18:00:00Z`). */
export function isoMinute(instant: Date): string {
  return new Date(Math.floor(instant.getTime() / 60_000) * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** The stored settings (`storage.local` item `settings`) for one microneedling treatment. */
export function microneedlingSettings(performedAt: Date, timeZone = TEST_TIME_ZONE): object {
  return {
    version: 1,
    preTreatmentWarning: { enabled: false },
    treatments: [
      {
        id: 'e2e',
        type: 'microneedling',
        depthMm: null,
        performedAt: isoMinute(performedAt),
        timeZone,
        preset: 'microneedling-guide',
        overrides: {},
      },
    ],
  };
}

/** What a patient types into a `datetime-local` field for this instant, on the clock of `timeZone`. */
export function dateTimeLocalValue(instant: Date, timeZone = TEST_TIME_ZONE): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** WCAG contrast ratio of two colours given as `rgb(…)`/`rgba(…)` strings (alpha ignored). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (v: number): number => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
