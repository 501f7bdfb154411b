import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { SHOPS } from '../../../src/extract/sites/shops';
import { PAGES } from '../fixture';

const SHOP_NAMES = Object.keys(SHOPS);

// Like refined-github's build/features.test.ts: a shop cannot be added without the rest of its set.
describe('every supported shop is complete', () => {
  test.each(SHOP_NAMES)('%s: an adapter, saved pages, and a test on the shared harness', (shop) => {
    expect(SITE_ADAPTERS.map((a) => a.name)).toContain(shop);
    expect(readdirSync(join(PAGES, shop)).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(1);
    const testFile = join(import.meta.dirname, `${shop}.test.ts`);
    expect(existsSync(testFile), `${shop}.test.ts`).toBe(true);
    // describeShop itself checks that every fixture is a case, that there is a listing negative and
    // that the loader accepts every product address.
    expect(readFileSync(testFile, 'utf8')).toContain(`describeShop('${shop}', [`);
  });

  test('every adapter has its entry in the shop table (domains, product addresses)', () => {
    expect(SITE_ADAPTERS.map((a) => a.name).filter((name) => !SHOP_NAMES.includes(name))).toEqual([]);
  });
});
