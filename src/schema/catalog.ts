/**
 * The functional-classification catalog format (data/catalog/functional-classification.json):
 * the sources it was gathered from, and per 类/款/项 code its name, the editions (years of
 * the 政府收支分类科目) that name is known for, the sources that print it, and for a 项 the
 * definition used in the 名词解释. A code whose name changed between editions has one
 * entry per name, with editions that do not overlap. Takes nothing; exports the schema.
 */
import { z } from 'zod';
import { functionalCode, text } from './primitives.js';

const year = z.number().int().min(1990).max(2100);

/** The catalogs' level column: the words the catalog files use for 类, 款 and 项. */
// text: vocabulary
export const CATALOG_LEVEL = { class: '类', section: '款', item: '项' } as const;

export const catalogSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.array(
    z.strictObject({
      id: z.string().regex(/^[A-Za-z0-9_-]+$/),
      title: text,
      kind: text,
      editions: text.optional(),
      citation: text,
    }),
  ),
  entries: z.array(
    z.strictObject({
      code: functionalCode,
      level: z.enum([CATALOG_LEVEL.class, CATALOG_LEVEL.section, CATALOG_LEVEL.item]),
      name: text,
      editions: z.strictObject({ from: year, to: year.optional() }),
      sources: z.array(z.string()).min(1),
      definition: text.optional(),
      definitionSource: z.string().optional(),
      definitionWording: z.string().optional(),
      note: text.optional(),
    }),
  ),
});

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogEntry = Catalog['entries'][number];
