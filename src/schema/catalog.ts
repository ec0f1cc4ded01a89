/**
 * The functional-classification catalog format (data/catalog/functional-classification.json):
 * code → name, short name (类) and standard definition (项, for 名词解释).
 */
import { z } from 'zod';
import { functionalCode, text } from './primitives.js';

export const catalogSchema = z.strictObject({
  $comment: z.string().optional(),
  edition: z.string(),
  entries: z.array(
    z.strictObject({
      code: functionalCode,
      name: text,
      shortName: text.optional(),
      definition: text.optional(),
    }),
  ),
});

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogEntry = Catalog['entries'][number];
