/** `npm run schema`: writes the JSON Schema generated from the zod schema. */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, jsonSchemaText } from './json-schema.js';
import { msg } from '../text/msg.js';

writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
console.log(msg`已写入 ${JSON_SCHEMA_PATH}`);
