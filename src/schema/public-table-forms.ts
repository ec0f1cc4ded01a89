/**
 * The format of the `publicTables` section of a pack's wording.json: the description of the
 * edition's 公开表 forms, one description that the document's 第五部分 附表 (.pdf, .docx) and the
 * workbook (.xlsx) are both laid out from. Takes nothing; exports the zod schema and its type.
 *
 * - the title block: `label` (公开{nn}表, on the right), `amountUnit` (金额单位：万元); the unit
 *   line comes from the template public-tables/unit-line;
 * - `titles` of the tables, `words` shared by several forms (项目, 合计, 类 款 项 …);
 * - the fixed lines of the two 总表: `incomeLines` (公开01表 收入), `fundLines` (公开04表 收入,
 *   and the lines under its 年初财政拨款结转和结余), `classLines` (the 支出 side of both: every
 *   功能分类 类 the form prints, 0.00 where none);
 * - `forms`, by table id: the orientation of its page, its type size, whether the workbook
 *   prints it on one page, its money columns (a figure key of compute and the heading the form prints over it,
 *   sub-columns under a `group` heading) and the subject of its 注 line.
 *
 * Strict: a misspelt key is an error, named with its path in wording.json.
 */
import { z } from 'zod';
import { PUBLIC_TABLE_IDS } from '../tables/table-ids.js';
import { text } from './primitives.js';
import { msg } from '../text/msg.js';

const column = z.strictObject({
  key: z.string().min(1).describe(msg`栏目对应的数字（计算结果的键，如 total、basic、301）`),
  heading: text.describe(msg`栏目名称`),
  group: text.optional().describe(msg`上一行合并的栏目名称（如“本年支出”下的合计、基本支出、项目支出）`),
});

const line = z.strictObject({
  key: z.string().min(1).describe(msg`行对应的数字（计算结果的键）`),
  label: text.describe(msg`行名，含序号（如“一、一般公共预算财政拨款收入”）`),
});

const fundLine = line.extend({
  opening: text.describe(msg`“年初财政拨款结转和结余”下该项的行名，不带序号（读回工作簿时据此与收入行区分）`),
});

const classLine = z.strictObject({
  code: z.string().regex(/^\d{3}$/, { error: msg`应为3位功能分类“类”编码` }),
  label: text.describe(msg`行名，含序号（如“一、一般公共服务支出”）`),
});

export const tableFormSchema = z.strictObject({
  $comment: z.string().optional(),
  orientation: z.enum(['portrait', 'landscape']).describe(msg`页面方向：portrait 纵向，landscape 横向`),
  size: z.enum(['small', 'smaller']).optional().describe(msg`表内字号：small 五号（默认），smaller 小五号（栏目多的宽表）`),
  onePage: z.boolean().optional().describe(msg`工作簿中整表缩印在一页上（行数固定的短表）`),
  columns: z.array(column).min(1).optional().describe(msg`按功能分类列示的表的金额栏目，依次排列`),
  note: text.optional().describe(msg`表下“注：本表反映部门本年度……”中“本年度”之后的文字；不填则不印注`),
});

export const publicTablesWordingSchema = z.strictObject({
  $comment: z.string().optional(),
  partTitle: text,
  label: z.string().includes('{nn}', { error: msg`表号格式中应有 {nn}（两位序号）` }),
  amountUnit: text,
  thousands: z.boolean().optional(),
  numerals: z.array(text).min(1),
  titles: z.partialRecord(z.enum(PUBLIC_TABLE_IDS), text),
  words: z.record(z.string(), text),
  incomeLines: z.array(line).min(1),
  fundLines: z.array(fundLine).min(1),
  classLines: z.array(classLine).min(1),
  forms: z.partialRecord(z.enum(PUBLIC_TABLE_IDS), tableFormSchema),
});

export type TableForm = z.output<typeof tableFormSchema>;
export type PublicTablesWording = z.output<typeof publicTablesWordingSchema>;
