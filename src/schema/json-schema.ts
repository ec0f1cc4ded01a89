/**
 * Builds the JSON Schemas of the files people edit by hand from their zod schemas (the
 * single definitions), so editors can complete and check them: the data format
 * (schema/unit-year.schema.json), a pack's wording.json (schema/wording.schema.json) and an
 * edition of the statement forms the workbook readers look for (schema/table-edition.schema.json).
 * Takes nothing; returns each file's path and text. `npm run schema` (src/schema-cli.ts)
 * writes them; a test keeps the committed files equal to what this builds.
 */
import { z } from 'zod';
import { tableEditionSchema } from './table-edition.js';
import { unitYearSchema } from './unit-year.js';
import { wordingFileSchema } from './wording.js';
import { msg } from '../text/msg.js';

export interface JsonSchemaFile {
  /** Relative to the project root. */
  path: string;
  text(): string;
}

function schemaText(schema: z.ZodType, title: string): string {
  // Note: io 'input' describes what a person writes (defaulted fields optional);
  // refinements such as "two decimals" cannot be expressed and stay in zod.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

export const JSON_SCHEMA_FILES: readonly JsonSchemaFile[] = [
  { path: 'schema/unit-year.schema.json', text: () => schemaText(unitYearSchema, msg`部门决算说明数据（单位·年度）`) },
  { path: 'schema/wording.schema.json', text: () => schemaText(wordingFileSchema, msg`模板包的文字（wording.json）`) },
  { path: 'schema/table-edition.schema.json', text: () => schemaText(tableEditionSchema, msg`报表版本（公开表、财决报表的表名与表头）`) },
];
