/**
 * The format of a template pack's pack.json (templates/<pack>/pack.json): its name, the
 * province, the years and levels it is written for, the pack it extends, its wording
 * options, the public tables it lists, and the published documents its wording follows.
 * Takes nothing; exports the zod schema and its type. Strict: a misspelt key is an error.
 */
import { z } from 'zod';
import { PUBLIC_TABLE_IDS } from '../tables/table-ids.js';
import { text } from './primitives.js';
import { wordingOptionsSchema } from './wording-options.js';

export const ACCOUNTS_LEVELS = ['部门', '单位'] as const;
export type AccountsLevel = (typeof ACCOUNTS_LEVELS)[number];

const year = z.number().int().min(2000).max(2100);

export const packSchema = z.strictObject({
  $comment: z.string().optional(),
  name: z.string().regex(/^[a-z0-9-]+$/, { error: '模板包名称只能由小写字母、数字和连字符组成，并与所在文件夹同名' }),
  title: text.describe('模板包的中文说明'),
  province: text.describe('省份'),
  years: z
    .strictObject({ from: year, to: year.optional() })
    .describe('适用的决算年度：from 起，to 止（不填为至今）'),
  levels: z.array(z.enum(ACCOUNTS_LEVELS)).min(1).describe('适用的决算层级：部门、单位'),
  extends: z.string().optional().describe('继承的模板包；本包只写与之不同的部分'),
  options: wordingOptionsSchema.optional(),
  publicTables: z
    .array(z.enum(PUBLIC_TABLE_IDS))
    .optional()
    .describe('第五部分附表的表及其顺序（公开01表起编号）；不填则同上级模板包'),
  sources: z
    .array(z.strictObject({ title: text, citation: text, note: text.optional() }))
    .describe('本包文字所依据的已公开文件'),
});

export type PackManifest = z.output<typeof packSchema>;
