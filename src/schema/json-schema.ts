/**
 * Builds the JSON Schema of the data format from the zod schema (the single definition),
 * so editors can complete and check data files. Takes nothing; returns a JSON value.
 * `npm run schema` writes it to schema/unit-year.schema.json; a test keeps the committed
 * file equal to what this builds.
 */
import { z } from 'zod';
import { unitYearSchema } from './unit-year.js';
import { msg } from '../text/msg.js';

export const JSON_SCHEMA_PATH = 'schema/unit-year.schema.json';

function buildJsonSchema(): Record<string, unknown> {
  // Note: io 'input' describes what a person writes (defaulted fields optional);
  // refinements such as "two decimals" cannot be expressed and stay in zod.
  const schema = z.toJSONSchema(unitYearSchema, { io: 'input', unrepresentable: 'any' });
  return { ...schema, title: msg`部门决算说明数据（单位·年度）` };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
