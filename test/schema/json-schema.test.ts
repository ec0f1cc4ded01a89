/** The committed JSON Schemas are the ones the zod schemas generate (run `npm run schema`). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { JSON_SCHEMA_FILES } from '../../src/schema/json-schema.js';

it.each(JSON_SCHEMA_FILES.map((file) => [file.path, file] as const))('%s is up to date with src/schema', (_path, file) => {
  expect(readFileSync(file.path, 'utf8')).toBe(file.text());
});
