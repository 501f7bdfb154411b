import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, protocolJsonSchemaText } from './protocol-json-schema';

// npm run schema: writes the protocol's JSON Schema from the valibot schema.
writeFileSync(JSON_SCHEMA_PATH, protocolJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
