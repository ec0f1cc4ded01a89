/**
 * How each kind of field looks in the fill-in workbook: its number format, the data
 * validation Excel and WPS enforce while the clerk types, and a short hint for the cell
 * note. Takes a FieldInfo (and the enum's words); returns the CellRule.
 */
import type { FieldInfo } from '../schema/field-info.js';
import { msg } from '../text/msg.js';

export type ValidationRule =
  | { type: 'whole'; min: number; max: number; error: string }
  /** A formula that must hold; `{ref}` stands for the cell it is set on. */
  | { type: 'custom'; formula: string; error: string }
  /** A drop-down list; `strict`: nothing else may be typed (an enum), else other words pass with a notice (suggestions). */
  | { type: 'list'; values: readonly string[]; strict: boolean; error: string };

export interface CellRule {
  /** Excel number format; '@' keeps typed digits (codes, project numbers) as text. */
  numberFormat: string | undefined;
  validation: ValidationRule | undefined;
  hint: string;
}

const decimals = (max: number, what: string): ValidationRule => ({
  type: 'custom',
  formula: `AND(ISNUMBER({ref}),{ref}>=0,{ref}<=${max},ROUND({ref},2)={ref})`,
  error: msg`${what}：应为0到${max}之间的数字，最多两位小数`,
});

/** A free-text field with words to pick from: the drop-down offers them, and any other word is kept after a notice. */
export function suggestionRule(words: readonly string[]): CellRule {
  return {
    numberFormat: '@',
    validation: {
      type: 'list',
      values: words,
      strict: false,
      error: msg`不是常用的写法（${words.join('、')}）；如确是本单位的写法，请点“确定”保留`,
    },
    hint: msg`可从下拉列表中选择（${words.join('、')}），也可填写本单位的写法`,
  };
}

export function cellRule(info: FieldInfo, words: readonly string[] | undefined): CellRule {
  switch (info.kind) {
    case 'amount':
      return {
        numberFormat: '0.00',
        validation: decimals(10_000_000, msg`金额（万元）`),
        hint: msg`金额，单位万元，最多两位小数（按决算报表填列）`,
      };
    case 'count':
      return { numberFormat: '0', validation: { type: 'whole', min: 0, max: 10_000_000, error: msg`应为不小于0的整数` }, hint: msg`整数` };
    case 'year':
      return {
        numberFormat: '0',
        validation: { type: 'whole', min: 2000, max: 2100, error: msg`应为四位年度，如2024` },
        hint: msg`四位年度，如2024`,
      };
    case 'points':
      return { numberFormat: undefined, validation: decimals(100, msg`分值`), hint: msg`分值，0到100，最多两位小数` };
    case 'score':
      return { numberFormat: undefined, validation: decimals(1000, msg`数值`), hint: msg`数字，最多两位小数（不带%）` };
    case 'enum':
    case 'boolean': {
      const values = words ?? [];
      return {
        numberFormat: '@',
        validation: { type: 'list', values, strict: true, error: msg`应为以下之一：${values.join('、')}` },
        hint: msg`从下拉列表中选择：${values.join('、')}`,
      };
    }
    case 'date':
      return { numberFormat: '@', validation: undefined, hint: msg`日期，写作 2024-09-30` };
    case 'code':
      return { numberFormat: '@', validation: undefined, hint: msg`科目编码，只写数字，如 2040601（按文本填写）` };
    case 'numberOrText':
      return { numberFormat: undefined, validation: undefined, hint: msg`数字或文字` };
    case 'text':
      return { numberFormat: '@', validation: undefined, hint: msg`文字` };
  }
}
