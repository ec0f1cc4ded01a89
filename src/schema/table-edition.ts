/**
 * The format of an edition file (data/editions/<name>.json): what one series of statement
 * forms prints, as the readers of a unit's 公开表 and 财决 workbooks look for it
 * (src/load/workbook/tables). The packs (templates/) hold the words the tool writes; an
 * edition holds the words it reads, each file with the sources it follows. Takes nothing;
 * exports the zod schema, its type and the kinds of table the readers know.
 *
 * The readers take every edition at once: a title found in any edition names its table, and
 * the headings of all editions are alternatives (a column headed by any of them is read).
 * Words are compared after normalisation (full-width to half-width, spaces and quotes
 * dropped, src/load/workbook/cells.ts normalizeLabel), so the file writes them as printed.
 */
import { z } from 'zod';
import { text } from './primitives.js';
import { msg } from '../text/msg.js';

/** The tables the readers know, by what they hold (src/load/workbook/tables/read-*.ts). */
export const TABLE_KINDS = [
  'summary',
  'fiscalSummary',
  'income',
  'expenditure',
  'fiscalDetail',
  'generalBudget',
  'generalBudgetFlow',
  'generalBudgetDetail',
  'basicDetail',
  'generalBudgetProject',
  'governmentFund',
  'stateCapital',
  'stateCapitalExpenditure',
  'threePublic',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

/** Words of which any one will do, as printed. */
const words = z.array(text).min(1);

/** A regular expression's source, checked to compile. */
const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { error: msg`不是有效的正则表达式` },
);

/** A figure column: its own (lowest) header, any of `labels`, under a header `under` when given. */
const column = z.union([words, z.strictObject({ labels: words, under: text })]);

/** Fields of the data under `accounts`, as a dotted path (income.generalBudget). */
const field = z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, { error: msg`应为数据中 accounts 下的字段路径，如 income.generalBudget` });

const headingsSchema = z
  .strictObject({
    $comment: z.string().optional(),
    total: words.describe(msg`合计行（功能分类各表）`),
    columnNumbers: words.describe(msg`栏次行`),
    lineNumbers: words.describe(msg`行次列（总表，不读）`),
    item: words.describe(msg`总表每一侧的项目列`),
    subtotal: words.describe(msg`小计`),
    codeLevels: z.tuple([text, text, text]).describe(msg`功能分类科目编码分列的三列：类、款、项`),
    codeEnding: words.describe(msg`科目编码列的表头结尾，如“编码”`),
    subjectName: words.describe(msg`科目名称列`),
    amount: words.describe(msg`金额列（决算数）`),
    budget: words.describe(msg`预算数`),
    actual: words.describe(msg`决算数`),
    economicCode: words.describe(msg`基本支出决算明细表的经济分类科目编码列`),
    personnelTotal: words.describe(msg`人员经费合计`),
    publicCostsTotal: words.describe(msg`公用经费合计`),
    funds: z
      .strictObject({ generalBudget: words, governmentFund: words, stateCapital: words })
      .describe(msg`三项财政拨款（财政拨款收入支出决算总表的行与列）`),
    fundIncomeSuffix: words.describe(msg`财政拨款收入行在资金名称后所加的字，如“收入”`),
    columns: z
      .strictObject({
        income: z
          .strictObject({
            total: column,
            fiscal: column,
            superiorSubsidy: column,
            business: column,
            operating: column,
            subordinateRemittance: column,
            other: column,
          })
          .describe(msg`收入决算表的各收入列，按数据中的字段`),
        expenditure: z
          .strictObject({
            total: column,
            basic: column,
            project: column,
            remittanceToSuperior: column,
            operating: column,
            subsidyToSubordinate: column,
          })
          .describe(msg`支出决算表的各支出列，按数据中的字段`),
        split: z
          .strictObject({ total: column, basic: column, project: column })
          .describe(msg`一般公共预算、国有资本经营预算支出决算表的合计、基本支出、项目支出列`),
        flow: z
          .strictObject({ opening: column, income: column, total: column, basic: column, project: column, closing: column })
          .describe(msg`政府性基金、国有资本经营收入支出决算表的年初、本年收入、本年支出、年末列`),
      })
      .describe(msg`按功能分类列示的各表的金额列`),
    summary: z
      .strictObject({ income: z.record(z.string(), field), expenditure: z.record(z.string(), field) })
      .describe(msg`收入支出决算总表两侧的行名及其在数据中的字段`),
    fiscalSummary: z
      .strictObject({ opening: words, closing: words, currentIncome: words, currentExpenditure: words, grandTotal: words })
      .describe(msg`财政拨款收入支出决算总表的合计与结转行`),
    threePublic: z
      .strictObject({
        total: z.array(words).min(1),
        abroad: z.array(words).min(1),
        vehicle: z.array(words).min(1),
        purchase: z.array(words).min(1),
        operation: z.array(words).min(1),
        reception: z.array(words).min(1),
      })
      .describe(msg`“三公”经费表各栏的表头，从上到下（其下再分预算数、决算数）`),
    numbering: pattern.describe(msg`总表行名前的序号（一、（一）1.），读取时去掉`),
    unitAndYear: pattern.describe(msg`表名前的“<单位><年度>年度”，识别表名时去掉`),
  })
  .describe(msg`表头与行名`);

const furnitureSchema = z
  .strictObject({
    $comment: z.string().optional(),
    labels: z.array(pattern).describe(msg`表名前或表上方的表号，如“公开\\d+表”`),
    titleSuffix: z.array(pattern).optional().describe(msg`表名后所带的文字，如“（财决08表）”`),
    sheetCode: pattern.optional().describe(msg`工作表名开头的表号，如“Z08_1 ”`),
    unitLine: words.describe(msg`单位行的前缀，如“编制单位：”`),
    amountLine: words.describe(msg`金额单位行的前缀，如“金额单位：”`),
    amountUnits: z
      .strictObject({ tenThousandYuan: words, other: words })
      .describe(msg`金额单位：万元（照读），以及其他单位（拒绝，不作换算）`),
    notes: words.describe(msg`表下说明的开头，如“说明：”`),
  })
  .describe(msg`表格四周的文字`);

export const tableEditionSchema = z.strictObject({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  name: z.string().regex(/^[a-z0-9-]+$/, { error: msg`版本名称只能由小写字母、数字和连字符组成，并与文件名相同` }),
  title: text.describe(msg`这一系列报表的中文名称`),
  sources: z
    .array(z.strictObject({ id: z.string().optional(), title: text, citation: text, note: text.optional() }))
    .min(1)
    .describe(msg`所依据的公开资料`),
  titles: z.partialRecord(z.enum(TABLE_KINDS), words).describe(msg`各表的表名（按读取方式分类）`),
  unread: z
    .array(z.strictObject({ titles: words, why: text }))
    .optional()
    .describe(msg`能识别但不读取的表，及不读的原因（列为提示）`),
  furniture: furnitureSchema,
  headings: headingsSchema.optional(),
});

export type TableEdition = z.output<typeof tableEditionSchema>;
export type TableHeadings = z.output<typeof headingsSchema>;
export type ColumnHeading = z.output<typeof column>;
