import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alwaysCheckSite } from '../../src/permissions/site-access';
import { installFakeSiteAccess } from '../permissions/fake-site-access';

const SHOP_PRODUCT = 'https://www.sephora.com/product/night-serum-P500001';

/** What an earlier session registered for a site ("Always check this site", before this change). */
const earlierRegistration = (pattern: string) => ({
  id: `site:${pattern}`,
  matches: [pattern],
  js: ['loader.js'],
  runAt: 'document_idle',
  persistAcrossSessions: true,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The service worker starting: fresh modules, the background's main function run. */
const startWorker = async (): Promise<void> => {
  vi.resetModules();
  const { default: background } = await import('../../entrypoints/background');
  background.main();
  await settle();
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('when the extension starts, the loader follows the host access the browser reports', () => {
  test('a site revoked while it was not running loses its loader; one granted meanwhile gets it', async () => {
    const browser = installFakeSiteAccess({
      granted: ['https://kept.example/*', 'https://granted-meanwhile.example/*'],
      registered: [
        earlierRegistration('https://revoked.example/*'),
        earlierRegistration('https://kept.example/*'),
      ],
    });
    await startWorker();
    expect(browser.loadersOn('https://revoked.example/product/1')).toBe(0);
    expect(browser.loadersOn('https://granted-meanwhile.example/product/1')).toBe(1);
    expect(browser.loadersOn('https://kept.example/product/1')).toBe(1);
  });

  test('a second start changes nothing', async () => {
    const browser = installFakeSiteAccess({ granted: ['https://a.example/*'] });
    await startWorker();
    const before = browser.registered();
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts');
    await startWorker();
    expect(browser.registered()).toEqual(before);
    expect(register).not.toHaveBeenCalled();
    expect(unregister).not.toHaveBeenCalled();
  });

  test('the shops get their loader from the manifest only, whatever form the browser reports them in', async () => {
    // Chrome reports a shop re-allowed from its site-access menu by the page's origin.
    const browser = installFakeSiteAccess({ granted: ['https://www.sephora.com/*'] });
    await startWorker();
    expect(browser.registered()).toEqual([]);
    expect(browser.loadersOn(SHOP_PRODUCT)).toBe(1);
  });

  test('what it did not register (another id) is left alone', async () => {
    const other = { id: 'other', matches: ['https://a.example/*'], js: ['other.js'] };
    const browser = installFakeSiteAccess({ registered: [other] });
    await startWorker();
    expect(browser.registered()).toEqual([other]);
  });
});

describe('while it runs, the loader follows permissions added and removed anywhere', () => {
  test('a site granted from the browser’s menu gets the loader (Chrome’s and Firefox’s forms)', async () => {
    const browser = installFakeSiteAccess();
    await startWorker();
    await browser.grant('https://chrome-menu.example/*');
    await browser.grant('*://firefox-panel.example');
    await settle();
    expect(browser.loadersOn('https://chrome-menu.example/p/1')).toBe(1);
    expect(browser.loadersOn('https://firefox-panel.example/p/1')).toBe(1);
    expect(browser.loadersOn('http://firefox-panel.example/p/1')).toBe(1);
  });

  test('a site revoked from the browser’s menu loses the loader', async () => {
    const browser = installFakeSiteAccess({ granted: ['https://a.example/*', 'https://b.example/*'] });
    await startWorker();
    await browser.revoke('https://a.example/*');
    await settle();
    expect(browser.loadersOn('https://a.example/p/1')).toBe(0);
    expect(browser.loadersOn('https://b.example/p/1')).toBe(1);
  });

  test('"all websites": the loader once on every http(s) page, once on a shop; back to the sites after', async () => {
    const browser = installFakeSiteAccess({ granted: ['https://a.example/*'] });
    await startWorker();
    await browser.grant('<all_urls>');
    await settle();
    expect(browser.loadersOn('https://a.example/p/1')).toBe(1);
    expect(browser.loadersOn('http://any.example/p/1')).toBe(1);
    expect(browser.loadersOn(SHOP_PRODUCT)).toBe(1);
    expect(browser.loadersOn('file:///home/label.html')).toBe(0);

    await browser.revoke('<all_urls>');
    await settle();
    expect(browser.loadersOn('https://a.example/p/1')).toBe(1);
    expect(browser.loadersOn('http://any.example/p/1')).toBe(0);
    expect(browser.loadersOn(SHOP_PRODUCT)).toBe(1);
  });

  test('changes in quick succession: each site registered once, none lost', async () => {
    const browser = installFakeSiteAccess();
    await startWorker();
    await Promise.all([
      browser.grant('https://a.example/*'),
      browser.grant('https://b.example/*'),
      browser.grant('https://c.example/*'),
    ]);
    await settle();
    for (const site of ['a', 'b', 'c']) expect(browser.loadersOn(`https://${site}.example/p`)).toBe(1);
  });
});

describe('"Always check this site"', () => {
  test('asks for that one site; the loader follows once granted', async () => {
    const browser = installFakeSiteAccess();
    await startWorker();
    expect(await alwaysCheckSite('https://shop.example/products/serum?variant=2')).toBe(true);
    await settle();
    expect(browser.granted()).toEqual(['https://shop.example/*']);
    expect(browser.loadersOn('https://shop.example/products/cream')).toBe(1);
    expect(browser.loadersOn(SHOP_PRODUCT)).toBe(1);
  });

  test('declined: nothing is granted or registered', async () => {
    const browser = installFakeSiteAccess();
    browser.answerRequests(false);
    await startWorker();
    expect(await alwaysCheckSite('https://shop.example/products/serum')).toBe(false);
    await settle();
    expect(browser.granted()).toEqual([]);
    expect(browser.registered()).toEqual([]);
  });
});
