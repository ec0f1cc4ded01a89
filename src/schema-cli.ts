/** `npm run schema`: writes the JSON Schemas generated from the zod schemas (src/schema/json-schema.ts). */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILES } from './schema/json-schema.js';
import { msg } from './text/msg.js';

for (const file of JSON_SCHEMA_FILES) {
  writeFileSync(file.path, file.text());
  console.log(msg`已写入 ${file.path}`);
}
