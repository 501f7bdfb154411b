import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import redFlagFile from '../../ingredients/red-flags.json';
import sources from '../../ingredients/sources.json';
import { RED_FLAGS, RedFlagFileSchema, redFlagsFor } from '../../src/clinic/red-flags';
import { TREATMENT_TYPES } from '../../src/window/keys';
import { keyName } from '../../src/ui/i18n';

const locale = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${name}/messages.json`), 'utf8'),
  ) as Record<string, unknown>;

describe('ingredients/red-flags.json', () => {
  test('matches its schema, with unique ids', () => {
    expect(v.safeParse(RedFlagFileSchema, redFlagFile).issues).toBeUndefined();
    expect(new Set(RED_FLAGS.map((f) => f.id)).size).toBe(RED_FLAGS.length);
  });

  test('every flag cites sources that sources.json has', () => {
    for (const flag of RED_FLAGS)
      for (const id of flag.sources) expect(sources, `${flag.id}: ${id}`).toHaveProperty([id]);
  });

  test.each(TREATMENT_TYPES)('%s has an emergency, reasons to call now, and infection signs', (type) => {
    const flags = redFlagsFor([type]);
    expect(flags[0]?.urgency).toBe('emergency');
    expect(flags.filter((f) => f.urgency === 'now').length).toBeGreaterThanOrEqual(4);
    expect(flags.map((f) => f.id)).toContain('infection-signs');
  });

  test('cold sores and the eyes are on every treatment that opens the skin', () => {
    for (const type of ['microneedling', 'chemical-peel', 'laser-resurfacing'] as const)
      expect(redFlagsFor([type]).map((f) => f.id)).toEqual(
        expect.arrayContaining(['cold-sore', 'eye-symptoms', 'swelling-eyes']),
      );
  });

  test.each(['en', 'es', 'fr', 'de'])('every flag has its words in %s', (name) => {
    const messages = locale(name);
    for (const flag of RED_FLAGS) expect(messages, flag.id).toHaveProperty([keyName('redFlag_', flag.id)]);
  });
});
