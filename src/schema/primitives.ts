/**
 * Building blocks of the data format: amounts in 万元 (at most two decimals, bounded),
 * counts, rates, clean text. Each carries a Chinese error message; the JSON path is added
 * by the error formatter (format-issues.ts).
 */
import { z } from 'zod';
import { typeError } from './format-issues.js';
import { msg } from '../text/msg.js';

/** Largest amount accepted, in 万元 (1000 亿元): anything larger is a typo in the unit. */
const MAX_AMOUNT_WAN = 10_000_000;

/** Note: `String(0.1 + 0.2)` is "0.30000000000000004", so a value computed in a
 * spreadsheet and pasted as JSON fails here on purpose: the data must hold the figure as
 * the statement prints it. Exponent forms such as 1e-7 fail too. */
const TWO_DECIMALS = /^-?\d+(\.\d{1,2})?$/;

/** Note: zod 4's z.number() refuses NaN and ±Infinity itself (JSON.parse turns 1e400 into
 * Infinity), so no finiteness refinement is needed; test/checks/primitives.test.ts proves it. */
export const amount = z
  .number({ error: typeError(msg`应为数字（万元）`) })
  // Note: `abort` keeps one message per value: 1e+308 is "too large", not also "too many decimals".
  .refine((n) => n >= 0, { error: msg`金额不能为负数`, abort: true })
  .refine((n) => n <= MAX_AMOUNT_WAN, { error: msg`金额超出合理范围（不超过${MAX_AMOUNT_WAN}万元），请检查单位是否为万元`, abort: true })
  .refine((n) => TWO_DECIMALS.test(String(n)), { error: msg`金额最多保留两位小数（万元）` })
  .describe(msg`金额，单位万元，最多两位小数`);

export const count = z
  .number({ error: typeError(msg`应为整数`) })
  .int({ error: msg`应为整数`, abort: true })
  .min(0, { error: msg`不能为负数` })
  .max(10_000_000, { error: msg`数量超出合理范围` });

/** Scores and weights in points, at most two decimals. */
export const points = z
  .number({ error: typeError(msg`应为数字（分）`) })
  .refine((n) => n >= 0 && n <= 100, { error: msg`分值应在0到100之间`, abort: true })
  .refine((n) => TWO_DECIMALS.test(String(n)), { error: msg`分值最多保留两位小数` });

/**
 * A self-assessed score. Not capped at 100 here: a score above its weight (the reference's
 * 101 in a weight-10 row) is refused by the checks, whose message names the project and
 * the indicator, which a bare range error could not.
 */
export const selfScore = z
  .number({ error: typeError(msg`应为数字（分）`) })
  .refine((n) => n >= 0 && n <= 1000, { error: msg`得分应在0到1000之间`, abort: true })
  .refine((n) => TWO_DECIMALS.test(String(n)), { error: msg`得分最多保留两位小数` });

/** A percentage as reported by another system (e.g. 预算执行进度 79.77), 0–1000. */
export const percentage = z
  .number({ error: typeError(msg`应为百分数（数字，不带%）`) })
  .refine((n) => n >= 0 && n <= 1000, { error: msg`百分数应在0到1000之间`, abort: true })
  .refine((n) => TWO_DECIMALS.test(String(n)), { error: msg`百分数最多保留两位小数` });

// Note: C0/C1 control characters (tab and newline included) never belong in a field of
// the document: a paragraph break is a new array element, not "\n".
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Characters, not UTF-16 units: a rare character outside the BMP counts once. */
const characters = (s: string): number => [...s].length;

/** Clean text of at most `max` characters; `where` says in the message why that many. */
function textUpTo(max: number, where: string) {
  return z
    .string({ error: typeError(msg`应为文字（字符串）`) })
    .refine((s) => s.trim().length > 0, { error: msg`不能为空`, abort: true })
    .refine((s) => !CONTROL.test(s), { error: msg`含有控制字符（如换行、制表符），请删除；分段请写成数组的多个元素`, abort: true })
    .refine((s) => s === s.trim(), { error: msg`首尾不能有空格` })
    .refine((s) => characters(s) <= max, { error: (issue) => msg`文字过长（${characters(String(issue.input))}字）：${where}最多${max}字` });
}

/**
 * Size limits the PDF can render. A paragraph flows over pages, so only its size matters
 * (20,000 characters render, 13 s for the paragraph). A table row never splits over two
 * pages (the paginator, render/pdf/paginate.ts, and the .docx's cantSplit rows), so no cell
 * may need more than a page, under the header rows repeated above it. Measured with one
 * field at a time grown in the reference data (Chinese characters, the widest common ones)
 * until the paginator refused the row, the longest texts that still fit were:
 * 部门整体支出绩效评价指标 二级指标 64, 三级指标 69, 备注 46, 指标解释 230, 评分规则 598;
 * 项目自评表 二级指标 120, 指标值 72, 度量单位 72, 完成值 96, 未完成原因 192, 三级指标 288
 * (三级指标 has since given 3 of its 24 parts to 完成值 and 得分: about 250; a row of every
 * cell at its limit below still renders).
 * The limits below keep about a quarter of room below the smallest of each group (other
 * fonts given with --fonts, line-breaking rules).
 */
export const text = textUpTo(20_000, msg`一段文字`);
/** 评分规则: a wide column. */
export const wideCellText = textUpTo(450, msg`PDF 表格的一行不能超过一页，此列`);
/** 三级指标（项目）、指标解释、未完成原因分析. */
export const cellText = textUpTo(150, msg`PDF 表格的一行不能超过一页，此列`);
/** The narrow columns: 二级指标、三级指标（部门）、指标值、度量单位、完成值、备注. */
export const shortCellText = textUpTo(35, msg`PDF 表格的一行不能超过一页，此列较窄`);

export const paragraphs = z.array(text, { error: typeError(msg`应为段落数组（每段一个字符串）`) }).min(1, { error: msg`至少应有一段` });

/** Functional-classification code: 类 3 digits, 款 5, 项 7. */
export const functionalCode = z
  .string({ error: typeError(msg`应为功能分类科目编码（字符串，带引号）`) })
  .regex(/^\d{3}(\d{2}){0,2}$/, { error: msg`功能分类科目编码应为3、5或7位数字，如"2040601"` });

/** Economic-classification code (部门预算支出经济分类): 类 3 digits, 款 5. */
export const economicCode = z
  .string({ error: typeError(msg`应为经济分类科目编码（字符串，带引号）`) })
  .regex(/^3\d{2}(\d{2})?$/, { error: msg`经济分类科目编码应为3位（类，如"301"）或5位（款，如"30101"）数字` });

export const isoDate = z
  .string({ error: typeError(msg`应为日期字符串，如"2024-09-30"`) })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg`日期格式应为 YYYY-MM-DD` })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: msg`不是有效日期`,
  });
