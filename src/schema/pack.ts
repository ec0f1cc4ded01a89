/**
 * The format of a template pack's pack.json (templates/<pack>/pack.json): its name, the
 * province, the years and levels it is written for, the pack it extends, its wording
 * options, the public tables it lists, and the published documents its wording follows.
 * Takes nothing; exports the zod schema and its type. Strict: a misspelt key is an error.
 */
import { z } from 'zod';
import { PUBLIC_TABLE_IDS } from '../tables/table-ids.js';
import { text } from './primitives.js';
import { styleSchema } from './style.js';
import { wordingOptionsSchema } from './wording-options.js';
import { msg } from '../text/msg.js';

export const ACCOUNTS_LEVELS = [msg`部门`, msg`单位`] as const;
export type AccountsLevel = (typeof ACCOUNTS_LEVELS)[number];

const year = z.number().int().min(2000).max(2100);

export const packSchema = z.strictObject({
  $comment: z.string().optional(),
  name: z.string().regex(/^[a-z0-9-]+$/, { error: msg`模板包名称只能由小写字母、数字和连字符组成，并与所在文件夹同名` }),
  title: text.describe(msg`模板包的中文说明`),
  province: text.describe(msg`省份`),
  years: z
    .strictObject({ from: year, to: year.optional() })
    .describe(msg`适用的决算年度：from 起，to 止（不填为至今）`),
  levels: z.array(z.enum(ACCOUNTS_LEVELS)).min(1).describe(msg`适用的决算层级：部门、单位`),
  extends: z.string().optional().describe(msg`继承的模板包；本包只写与之不同的部分`),
  options: wordingOptionsSchema.optional().describe(msg`文字选项（旧写法，仍可使用）：现写在 style 中`),
  style: styleSchema
    .pick({ choices: true, numbers: true })
    .optional()
    .describe(msg`本包的默认写法：各句位选用的写法（已公开文件中最常见的一种），以及数字写法`),
  publicTables: z
    .array(z.enum(PUBLIC_TABLE_IDS))
    .optional()
    .describe(msg`第五部分附表的表及其顺序（公开01表起编号）；不填则同上级模板包`),
  sources: z
    .array(z.strictObject({ title: text, citation: text, note: text.optional() }))
    .describe(msg`本包文字所依据的已公开文件`),
});

export type PackManifest = z.output<typeof packSchema>;
