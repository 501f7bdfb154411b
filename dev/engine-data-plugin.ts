import type { Plugin } from 'vite';

// Fields of a family file the engine never reads: evidence and advice for people, shown by the
// popup and options (which import the full files) and checked by the data tests.
const FOR_PEOPLE = new Set([
  '$schema',
  'why',
  'source',
  'sources',
  'alternatives',
  'inGuide',
  'reason',
  'notes',
]);

function withoutPeopleFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPeopleFields);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !FOR_PEOPLE.has(key))
      .map(([key, inner]) => [key, withoutPeopleFields(inner)]),
  );
}

/**
 * Content-script builds only: the ingredient family files keep what the engine reads (names,
 * aliases, patterns, levels, position and context rules, reasons, notes) and drop the rest, as the
 * content script is injected into every shop page.
 */
export function engineDataPlugin(): Plugin {
  return {
    name: 'aftercare-lens:engine-data',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/[\\/]ingredients[\\/](?!label-words|list-position|treatment-windows|sources)[\w-]+\.json$/.test(id)
      ) {
        return null;
      }
      const data = withoutPeopleFields(JSON.parse(code)) as { alternatives?: unknown };
      data.alternatives = [];
      return { code: JSON.stringify(data), map: null };
    },
  };
}
