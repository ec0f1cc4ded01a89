/**
 * The economic-classification catalog format (data/catalog/economic-classification.json):
 * 部门预算支出经济分类科目, 类 (3 digits) and 款 (5 digits), each with the sources that
 * print it. Takes nothing; exports the schema and its type.
 */
import { z } from 'zod';
import { CATALOG_LEVEL } from './catalog.js';
import { economicCode, text } from './primitives.js';

export const economicCatalogSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(z.strictObject({ id: z.string(), title: text, kind: text, editions: text.optional(), citation: text })),
  entries: z.array(
    z.strictObject({
      code: economicCode,
      level: z.enum([CATALOG_LEVEL.class, CATALOG_LEVEL.section]),
      name: text,
      sources: z.array(z.string()).min(1),
      note: text.optional(),
    }),
  ),
});

export type EconomicCatalog = z.output<typeof economicCatalogSchema>;
