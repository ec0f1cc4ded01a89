/**
 * The format of a template pack's wording.json (templates/<pack>/wording.json): the words a
 * document prints that are not one sentence of a template — the names of the income and
 * spending lines, the level words (部门/单位), grades, the 自评表's fund lines, chart titles
 * and categories, the 附表's titles and headings. Takes nothing; exports two zod schemas:
 *
 * - `wordingFileSchema`: one pack's file. Every key is optional (a pack writes only what
 *   differs from the pack it extends); an unknown key is an error, since a misspelt key
 *   would silently leave the parent's word in place.
 * - `wordingSchema`: the wording of a resolved pack (the chain merged, src/merge/packs.ts):
 *   every key present.
 *
 * A template that needs a new group of words adds it here first. The JSON Schema for
 * editors (schema/wording.schema.json, `npm run schema`) is generated from the file schema.
 */
import { z } from 'zod';
import { publicTablesWordingSchema } from './public-table-forms.js';
import { ACCOUNTS_LEVELS } from './pack.js';
import { text } from './primitives.js';
import { msg } from '../text/msg.js';

/** A note for the pack's author, at any level of the file; never printed. */
const comment = z.string().optional().describe(msg`说明（不输出）`);

const group = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ $comment: comment, ...shape });

const levelWords = group({
  accounts: text.describe(msg`决算名称，如“部门决算”`),
  profile: text.describe(msg`第一部分标题，如“部门概况”`),
  duties: text.describe(msg`第一部分一的标题，如“部门职责”`),
  self: text.describe(msg`自称，如“本部门”`),
  tableUnit: text.describe(msg`附表单位行的前缀，如“部门：”`),
  tableNoteSubject: text.describe(msg`附表“注：本表反映…”中的主语，如“部门”`),
  whole: text.describe(msg`整体绩效自评的主体，如“部门整体”`),
  projects: text.describe(msg`预算项目的称呼，如“部门预算项目”`),
});

const barChart = group({
  title: text.describe(msg`图题（不含“图N：”）`),
  categories: z.array(text).min(1).describe(msg`横轴的各组名称`),
});
const pieChart = group({ title: text.describe(msg`图题（不含“图N：”）`) });

export const wordingSchema = group({
  $schema: z.string().optional().describe(msg`供编辑器使用的 JSON Schema 路径`),
  levels: group(Object.fromEntries(ACCOUNTS_LEVELS.map((level) => [level, levelWords])) as Record<(typeof ACCOUNTS_LEVELS)[number], typeof levelWords>).describe(
    msg`随决算层级（部门/单位）变化的用词`,
  ),
  headings: group({ threePublic: text.describe(msg`第二部分七的标题`) }).describe(msg`随版本变化的标题`),
  income: group({
    generalBudget: text,
    governmentFund: text,
    stateCapital: text,
    superiorSubsidy: text,
    business: text,
    operating: text,
    subordinateRemittance: text,
    other: text,
  }).describe(msg`收入各项的名称（构成句、图2）`),
  expenditure: group({
    basic: text,
    project: text,
    remittanceToSuperior: text,
    operating: text,
    subsidyToSubordinate: text,
  }).describe(msg`支出各项的名称（构成句、图3）`),
  threePublic: group({ abroad: text, vehicle: text, reception: text }).describe(msg`“三公”经费各项的名称`),
  grades: group({ excellent: text, good: text, fair: text, poor: text }).describe(msg`绩效评价等级（按得分分档）`),
  fundLines: group({ total: text, fiscal: text, fiscalSpecialAccount: text, unitFunds: text, other: text }).describe(
    msg`项目自评表预算执行一栏的资金行`,
  ),
  charts: group({
    amountAxis: text.describe(msg`柱状图纵轴标题`),
    yearWord: text.describe(msg`柱状图图例中年份后的用词`),
    fig1: barChart,
    fig2: pieChart,
    fig3: pieChart,
    fig4: barChart,
    fig5: barChart,
    fig6: pieChart,
    fig7: pieChart,
  }).describe(msg`图1—图7`),
  publicTables: publicTablesWordingSchema.describe(msg`第五部分附表：各表的表样（表名、栏目、固定行、页面方向、注）`),
  numerals: z.array(text).min(1).describe(msg`中文序数（一、二、……），按印出的条目编号“（一）”`),
  nothing: z.array(text).describe(msg`数据中表示“没有”的文字（无、暂无……）：写“主要用于…”等句时不印这样的文字`),
  vehicles: group({ sedan: text, suv: text, bus: text }).describe(msg`公务用车的车型`),
  vehicleCosts: group({ insurance: text, fuel: text, repair: text, other: text }).describe(msg`公务用车运行维护费的各项`),
  vehicleUses: group({
    leaders: text,
    confidential: text,
    emergency: text,
    lawEnforcement: text,
    specialProfessional: text,
    other: text,
  }).describe(msg`车辆的用途`),
});

export type Wording = z.output<typeof wordingSchema>;

/**
 * The same schema with every key optional, down to the leaves, and the same descriptions.
 * Note: zod 4 has no deep partial; objects are rebuilt here, everything else kept as it is.
 */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodObject)) return schema;
  const shape = Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, value]) => [key, deepPartial(value).optional()]));
  const partial = z.strictObject(shape);
  return schema.description === undefined ? partial : partial.describe(schema.description);
}

export const wordingFileSchema = deepPartial(wordingSchema).describe(msg`模板包的文字（wording.json）：只写与上级模板包不同的键`);
