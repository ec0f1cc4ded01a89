/**
 * The format of the slot catalogue, `templates/catalogue/slots.json` (ARCHITECTURE.md §4):
 * every choice the templates make between published wordings, with its alternatives and the
 * published documents each alternative appears in, and every sentence slot, with how often
 * each alternative was seen in that slot per year and level. Takes nothing; exports the
 * zod schema and its type. Strict: a misspelt key is an error.
 *
 * A choice is named once (`yearWord`) and made per slot: the templates call
 * `{{pick "yearWord" "年度"}}` inside `{{#slot "part2.totals"}}…{{/slot}}`, and a unit's
 * style or its pack decides it for that slot or for the whole document (src/merge/slots.ts).
 */
import { z } from 'zod';
import { ACCOUNTS_LEVELS } from './pack.js';
import { text } from './primitives.js';
import { msg } from '../text/msg.js';

const year = z.number().int().min(2000).max(2100);

export const sourceSchema = z.strictObject({
  document: text.describe(msg`已公开文件的名称`),
  year: year.describe(msg`文件的决算年度`),
  level: z.enum(ACCOUNTS_LEVELS).describe(msg`部门或单位`),
  citation: text.describe(msg`网址，或仓库中的路径`),
  quote: z.string().optional().describe(msg`文件中出现这种写法的一句（原样）`),
});

const alternativeSchema = z
  .strictObject({
    title: z.string().optional().describe(msg`这种写法的说明`),
    sources: z.array(sourceSchema).describe(msg`出现这种写法的已公开文件`),
    note: z.string().optional().describe(msg`没有已公开文件可引时，说明这种写法从何而来`),
  })
  .refine((a) => a.sources.length > 0 || (a.note ?? '').length > 0, {
    error: msg`每种写法应注明至少一份出现它的已公开文件；没有时须在 note 中说明其来历`,
  });

const choiceSchema = z.strictObject({
  title: text.describe(msg`这一选择的中文说明`),
  /** Set for choices that a document makes once for every sentence unless a slot says otherwise (年/年度). */
  voice: z.boolean().optional().describe(msg`是否为全文统一的用词（如年份用词）`),
  /** Why the packs' default is the careful form rather than the most frequent published one (issue 20). */
  careful: z.string().optional().describe(msg`模板包默认写法不取已公开文件中最常见的一种、而取审慎写法的理由`),
  alternatives: z.record(z.string().min(1), alternativeSchema),
});

/** Per choice, per alternative: how many published documents used it in this slot, by "<year>/<level>". */
const countsSchema = z.record(z.string(), z.record(z.string(), z.record(z.string().regex(/^\d{4}\/(部门|单位)$/), z.number().int())));

const slotSchema = z.strictObject({
  title: text.describe(msg`句位的中文说明：所在部分与内容`),
  counts: countsSchema.optional().describe(msg`已公开文件中各写法出现的次数（npm run catalogue:count 写入）`),
});

export const slotCatalogueSchema = z.strictObject({
  $comment: z.string().optional(),
  choices: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), choiceSchema),
  slots: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/), slotSchema),
});

export type SlotCatalogue = z.output<typeof slotCatalogueSchema>;
export type PublishedSource = z.output<typeof sourceSchema>;
