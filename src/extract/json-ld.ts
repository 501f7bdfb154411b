/** A JSON-LD node as found in a page: untrusted, so every field is read with a type check. */
export type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out);
  } else if (isObject(value)) {
    out.push(value);
    if ('@graph' in value) flatten(value['@graph'], out);
    // A page that says what it is about: shop-apotheke.com's product is only the `mainEntity`
    // of a `WebPage` block.
    if ('mainEntity' in value) flatten(value.mainEntity, out);
  }
}

/**
 * The page's JSON-LD blocks, from the list of scripts the browser keeps (and reuses between reads
 * while the page is unchanged) rather than a search of the whole page.
 */
export function jsonLdScripts(document: Document): HTMLScriptElement[] {
  return [...document.scripts].filter((script) => script.type.trim().toLowerCase() === 'application/ld+json');
}

/** Every JSON-LD object on the page, `@graph` members and `mainEntity` included. Broken blocks are skipped. */
export function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of jsonLdScripts(document)) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A shop's malformed JSON-LD says nothing; the other blocks still count.
    }
  }
  return nodes;
}

/**
 * A schema.org type as compared: without its prefix ("https://schema.org/Product",
 * "schema:Product") and in lower case, as pages write `"@type": "product"` too.
 */
export function typeName(type: string): string {
  return type
    .trim()
    .replace(/^.*[/#:]/, '')
    .toLowerCase();
}

/** Whether a node has one of the given `@type`s (a string or a list), in any case, with or without prefix. */
export function hasType(node: JsonObject, ...types: string[]): boolean {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  const wanted = types.map(typeName);
  return list.some((t) => typeof t === 'string' && wanted.includes(typeName(t)));
}

// Shops that escape their JSON-LD or meta text as HTML a second time (shop-apotheke.com's
// breadcrumbs say "Beauty &amp; Pflege", makeup.md's og:title "Balsam de p&#259;r"; WordPress
// plugins write "&#8211;"): the character references are read, as text, never as markup. Named
// references beyond these are left as printed.
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Text with the character references a second escaping left in it read as the characters. */
export function unescaped(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? reference;
    const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

/** A string field, or the `name` of an object field (`brand: { name }`), or null. */
export function stringField(node: JsonObject | undefined, key: string): string | null {
  const value = node?.[key];
  if (typeof value === 'string') return unescaped(value).trim() || null;
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string').map(unescaped);
    return strings.length ? strings.join(', ') : null;
  }
  if (isObject(value) && typeof value.name === 'string') return unescaped(value.name).trim() || null;
  return null;
}

/** `additionalProperty` values whose name passes `isName` (a common Product extension). */
export function propertyValues(node: JsonObject, isName: (name: string) => boolean): string[] {
  const properties = node.additionalProperty;
  const list = Array.isArray(properties) ? properties : [properties];
  return list
    .filter(isObject)
    .filter((p) => typeof p.name === 'string' && isName(p.name))
    .map((p) => p.value)
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** The names of a BreadcrumbList's items, in order. */
export function breadcrumbNames(node: JsonObject): string[] {
  const items = Array.isArray(node.itemListElement) ? node.itemListElement : [];
  return items
    .filter(isObject)
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .map((item) => stringField(item, 'name') ?? (isObject(item.item) ? stringField(item.item, 'name') : null))
    .filter((name): name is string => !!name);
}
