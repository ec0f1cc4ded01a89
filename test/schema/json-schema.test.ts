/** The committed JSON Schema is the one the zod schema generates (run `npm run schema`). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, jsonSchemaText } from '../../src/schema/json-schema.js';

it('schema/unit-year.schema.json is up to date with src/schema', () => {
  expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(jsonSchemaText());
});
