import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { type FakeSiteAccess, installFakeSiteAccess } from '../permissions/fake-site-access';

let container: HTMLElement;

const settle = async (ms = 30): Promise<void> => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
};

/** The options page as the user opens it, with the browser's host access as given. */
async function openOptions(granted: string[] = []): Promise<FakeSiteAccess> {
  const browser = installFakeSiteAccess({ granted });
  await act(() => {
    render(
      <OptionsApp
        locale="en-GB"
        timeZone="Europe/Berlin"
        welcome={false}
        clock={() => new Date('2026-11-26T12:00:00+01:00')}
      />,
      container,
    );
  });
  // The settings load first, then this section reads the browser's permissions.
  await settle();
  await settle();
  return browser;
}

const section = (): HTMLElement => {
  const found = container.querySelector<HTMLElement>('section[aria-labelledby="added-sites-title"]');
  if (!found) throw new Error('no "Sites you added" section');
  return found;
};
const listed = (): string[] =>
  [...section().querySelectorAll('li .site')].map((site) => site.textContent ?? '');
const removeButton = (name: string): HTMLButtonElement => {
  const button = [...section().querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === `Remove ${name}`,
  );
  if (!button) throw new Error(`no button "Remove ${name}"`);
  return button;
};
const status = (): string => container.querySelector('[role="status"]')?.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('"Sites you added" on the options page', () => {
  test('none added: says how to add one, and lists nothing (the supported shops are not "added")', async () => {
    await openOptions();
    expect(section().querySelector('h2')?.textContent).toBe('Sites you added');
    expect(section().textContent).toContain(
      'You have not added any site. On a shop the extension does not read, open the popup and choose "Always check this site".',
    );
    expect(section().querySelectorAll('li, button')).toHaveLength(0);
  });

  test('lists each added site once, by its host, with a named Remove button', async () => {
    await openOptions([
      'https://shop.example/*',
      'http://shop.example/*',
      // Firefox's extensions panel: "Always allow on beauty.example".
      '*://beauty.example',
      'https://*.brand.example/*',
      // Chrome: a shop the user re-allowed from its site-access menu is still a shop.
      'https://www.sephora.com/*',
    ]);
    expect(listed()).toEqual(['beauty.example', 'brand.example and its subdomains', 'shop.example']);
    for (const name of listed()) {
      expect(removeButton(name).textContent).toBe('Remove');
      expect(removeButton(name).type).toBe('button');
    }
  });

  test('"all websites" granted is listed as such, and can be removed', async () => {
    const browser = await openOptions(['<all_urls>', 'https://shop.example/*']);
    expect(listed()).toEqual(['All websites', 'shop.example']);
    await act(() => removeButton('All websites').click());
    await settle();
    expect(browser.granted()).toEqual(['https://shop.example/*']);
    expect(listed()).toEqual(['shop.example']);
  });

  test('a host is shown as text, never read as markup', async () => {
    await openOptions(['https://<img src=x onerror=alert(1)>/*']);
    expect(section().querySelector('img')).toBeNull();
    expect(listed()).toEqual(['<img src=x onerror=alert(1)>']);
  });

  test('Remove takes the site’s host access back (each grant behind it), and says so', async () => {
    const browser = await openOptions([
      'https://shop.example/*',
      'http://shop.example/*',
      'https://b.example/*',
    ]);
    await act(() => removeButton('shop.example').click());
    await settle();
    expect(browser.granted()).toEqual(['https://b.example/*']);
    expect(listed()).toEqual(['b.example']);
    expect(status()).toBe('shop.example removed: its pages are no longer checked.');
  });

  test('a removal the browser refuses: the site stays listed and the page says why', async () => {
    const browser = await openOptions(['https://shop.example/*']);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValue(new Error('The browser said no'));
    await act(() => removeButton('shop.example').click());
    await settle();
    expect(browser.granted()).toEqual(['https://shop.example/*']);
    expect(listed()).toEqual(['shop.example']);
    expect(status()).toBe('shop.example was not removed: The browser said no');
  });

  test('follows changes made elsewhere while the page is open (the popup, the browser’s menus)', async () => {
    const browser = await openOptions();
    await act(() => browser.grant('https://new.example/*'));
    await settle();
    expect(listed()).toEqual(['new.example']);
    await act(() => browser.grant('https://other.example/*'));
    await act(() => browser.revoke('https://new.example/*'));
    await settle();
    expect(listed()).toEqual(['other.example']);
    await act(() => browser.revoke('https://other.example/*'));
    await settle();
    expect(listed()).toEqual([]);
    expect(section().textContent).toContain('You have not added any site.');
  });

  test('stops following once the page is closed', async () => {
    const browser = await openOptions();
    expect(browser.listening()).toBe(true);
    await act(() => render(null, container));
    expect(browser.listening()).toBe(false);
  });
});
