import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { JSON_SCHEMA_PATH, protocolJsonSchemaText } from './protocol-json-schema';

test('docs/clinic-protocol.schema.json is the valibot schema converted (npm run schema rewrites it)', () => {
  expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(protocolJsonSchemaText());
});
