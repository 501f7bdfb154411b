import { LOADER_SCRIPT } from './loader-script';
import { covers, overlaps, parsePattern, patternText, type WebPattern } from './match-pattern';

/**
 * The sites the user added, and the loader registrations they call for, both computed from the
 * host permissions the browser reports (`permissions.getAll().origins`) and the manifest's own
 * matches: the browser is the one list, so nothing here can drift from it. Pure.
 */

/** A site the user added, as the options page lists it. */
export interface AddedSite {
  /** `example.com`, `*.example.com` (the domain and its subdomains), or `*` for every website. */
  host: string;
  /** The granted patterns behind it, as the browser reported them: removing the site removes all. */
  origins: string[];
}

/** A dynamic registration of the loader, in the shape `scripting.registerContentScripts` takes. */
export interface LoaderRegistration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: true;
}

/** The ids of this extension's loader registrations; nothing else it registers starts so. */
export const LOADER_ID_PREFIX = 'site:';

interface Grant {
  origin: string;
  pattern: WebPattern;
}

function webPatterns(patterns: readonly string[]): { text: string; pattern: WebPattern }[] {
  return patterns.flatMap((text) => {
    const pattern = parsePattern(text);
    return pattern ? [{ text, pattern }] : [];
  });
}

/**
 * The granted web-page patterns that are not the shops' own: what the manifest matches already
 * has the loader, whatever form the browser reports it in (Chrome reports a shop re-allowed from
 * its site-access menu as `https://www.shop.com/*`, inside the manifest's `https://*.shop.com/*`).
 */
function addedGrants(origins: readonly string[], manifest: readonly string[]): Grant[] {
  const shops = webPatterns(manifest);
  return webPatterns(origins)
    .filter(({ pattern }) => !shops.some((shop) => covers(shop.pattern, pattern)))
    .map(({ text, pattern }) => ({ origin: text, pattern }));
}

const sortKey = (host: string): string => (host === '*' ? '' : host.replace(/^\*\./, ''));

/**
 * The sites the user added, one entry per host, for the options page: every website first, then by
 * domain, a domain alone before it with its subdomains.
 */
export function addedSites(origins: readonly string[], manifest: readonly string[]): AddedSite[] {
  const byHost = new Map<string, string[]>();
  for (const { origin, pattern } of addedGrants(origins, manifest)) {
    byHost.set(pattern.host, [...(byHost.get(pattern.host) ?? []), origin]);
  }
  return [...byHost]
    .map(([host, grantOrigins]) => ({ host, origins: grantOrigins }))
    .sort(
      (a, b) =>
        sortKey(a.host).localeCompare(sortKey(b.host)) ||
        Number(a.host.startsWith('*.')) - Number(b.host.startsWith('*.')),
    );
}

/**
 * The loader registrations the granted host permissions call for: one per added pattern, none for
 * a pattern another added one covers (with "all websites" granted, one registration on every
 * http(s) page and none per site), and none where the manifest's content script runs already.
 */
export function loaderRegistrations(
  origins: readonly string[],
  manifest: readonly string[],
): LoaderRegistration[] {
  const added = new Map<string, WebPattern>();
  for (const { pattern } of addedGrants(origins, manifest)) added.set(patternText(pattern), pattern);
  const shops = webPatterns(manifest);
  return [...added]
    .filter(
      ([text, pattern]) => ![...added].some(([other, wider]) => other !== text && covers(wider, pattern)),
    )
    .map(([text, pattern]) => {
      // A wide pattern (every site, `*://www.shop.com`) also matches shop pages the manifest's
      // loader runs on: not there a second time.
      const excludeMatches = shops.filter((shop) => overlaps(pattern, shop.pattern)).map((shop) => shop.text);
      return {
        id: `${LOADER_ID_PREFIX}${text}`,
        matches: [text],
        ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
        js: [LOADER_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      };
    });
}
