/**
 * Match patterns for web pages, as the browsers report host permissions: enough to tell whether one
 * pattern's pages include another's, or share some with it. Pure: no browser API.
 */
export interface WebPattern {
  /** `*` is http and https, as in a match pattern. */
  scheme: '*' | 'http' | 'https';
  /** `*` (any host), `*.example.com` (the domain and its subdomains) or `example.com`. */
  host: string;
  /** A port the pattern names, or null for any port. */
  port: string | null;
  /** `/*`, or a path that may end in `*`. */
  path: string;
}

// scheme://host[:port][/path]. Firefox reports the hosts a user allows from its extensions panel
// without a path ("*://example.com", OriginControls.setAlwaysOn in ExtensionPermissions.sys.mjs):
// a missing path is every path, as Firefox reads permissions ({ ignorePath: true }).
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::(\d+))?(\/.*)?$/;

/** A web page pattern, or null for `file:`, `chrome:` and other patterns that are not web pages. */
export function parsePattern(pattern: string): WebPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', port: null, path: '/*' };
  const match = PATTERN.exec(pattern);
  if (!match) return null;
  const [, scheme, host = '', port, path] = match;
  return {
    scheme: scheme === 'http' || scheme === 'https' ? scheme : '*',
    host: host.toLowerCase(),
    port: port ?? null,
    path: path ?? '/*',
  };
}

/** The pattern as a content script's `matches` takes it: `<all_urls>` becomes its web part. */
export function patternText({ scheme, host, port, path }: WebPattern): string {
  return `${scheme}://${host}${port === null ? '' : `:${port}`}${path}`;
}

/** Every host is one pattern's: all websites. */
export function isEverySite(pattern: WebPattern): boolean {
  return pattern.host === '*';
}

const schemeCovers = (a: WebPattern, b: WebPattern): boolean => a.scheme === '*' || a.scheme === b.scheme;

function hostCovers(a: WebPattern, b: WebPattern): boolean {
  if (a.host === '*' || a.host === b.host) return true;
  if (!a.host.startsWith('*.')) return false;
  // "*.example.com" is the domain itself and every subdomain, also a subdomain pattern below it.
  const domain = a.host.slice(2);
  const bDomain = b.host.startsWith('*.') ? b.host.slice(2) : b.host;
  return bDomain === domain || bDomain.endsWith(`.${domain}`);
}

const portCovers = (a: WebPattern, b: WebPattern): boolean => a.port === null || a.port === b.port;

const pathCovers = (a: WebPattern, b: WebPattern): boolean =>
  a.path === b.path || (a.path.endsWith('*') && b.path.startsWith(a.path.slice(0, -1)));

/** Every page `b` matches, `a` matches too. */
export function covers(a: WebPattern, b: WebPattern): boolean {
  return schemeCovers(a, b) && hostCovers(a, b) && portCovers(a, b) && pathCovers(a, b);
}

/**
 * Some page matches both. Exact for the patterns seen here (each part of one either covers or
 * is covered by the other's, or they share none).
 */
export function overlaps(a: WebPattern, b: WebPattern): boolean {
  const either = (test: (x: WebPattern, y: WebPattern) => boolean): boolean => test(a, b) || test(b, a);
  return either(schemeCovers) && either(hostCovers) && either(portCovers) && either(pathCovers);
}
