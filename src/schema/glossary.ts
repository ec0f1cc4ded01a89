/**
 * The format of a template pack's glossary.json: the fixed 名词解释 terms, those printed
 * before the unit's 功能分类科目 terms and those after them. Takes nothing; exports the zod
 * schema and the types compute and merge use.
 */
import { z } from 'zod';
import { text } from './primitives.js';
import { msg } from '../text/msg.js';

const term = z.strictObject({ label: text.describe(msg`名词`), definition: text.describe(msg`解释`) });

export const glossarySchema = z.strictObject({
  $comment: z.string().optional(),
  before: z.array(term).describe(msg`排在功能分类科目之前的名词解释`),
  after: z.array(term).describe(msg`排在功能分类科目之后的名词解释`),
});

export type GlossaryTerm = z.output<typeof term>;
export type Glossary = z.output<typeof glossarySchema>;
