import { toJsonSchema } from '@valibot/to-json-schema';
import { ProtocolSchema } from '../../src/clinic/protocol-schema';

export const JSON_SCHEMA_PATH = 'docs/clinic-protocol.schema.json';

/**
 * `docs/clinic-protocol.schema.json`, converted from the valibot schema the extension reads with.
 * Checks that JSON Schema cannot state (depth only for microneedling, a preset of the same type,
 * no family twice in the way back's order) are left out here and listed in docs/clinic-protocol.md.
 */
export function protocolJsonSchemaText(): string {
  const schema = toJsonSchema(ProtocolSchema, { errorMode: 'ignore', target: 'draft-2020-12' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://github.com/aftercare-lens/aftercare-lens/docs/clinic-protocol.schema.json',
      title: 'Aftercare Lens clinic protocol, version 1',
    },
    null,
    2,
  )}\n`;
}
