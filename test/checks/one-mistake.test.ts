/**
 * One mistake, one error, on the figure that is wrong (issue 22, ties.ts): a figure typed
 * wrong breaks every total it takes part in, and the error names it once, with the value it
 * should have, instead of blaming the right totals it feeds. Each case changes one figure
 * of the reference (or of the test unit with every 附表 detail) and expects exactly one error.
 */
import { describe, expect, it } from 'vitest';
import { validateUnit } from '../../src/load/load-unit.js';
import { checkLoadedUnit } from '../../src/pipeline.js';
import type { UnitYearInput } from '../support/unit-year-data.js';
import { referenceData } from '../support/unit-year-data.js';
import { detailedUnit } from '../workbook/detailed-unit.js';

function errorsOf(d: UnitYearInput): string[] {
  const loaded = validateUnit(new TextEncoder().encode(JSON.stringify(d)));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return checkLoadedUnit(loaded.data).result.errors.map((e) => `${e.path}：${e.message}`);
}

describe('one mistake gives one error', () => {
  it('a 本年收入合计 typed 10 too high: on 本年收入合计, not on the 收入总计 that agrees with the sources', () => {
    const d = referenceData();
    d.accounts.income.total = 1173.82;
    // Σ sources: 一般公共预算 1163.82, the rest 0; 收入总计 1163.82 − 年初 0 − 使用结余 0 = 1163.82; 1173.82 − 1163.82 = 10.
    expect(errorsOf(d)).toEqual([
      '$.accounts.income.total：本年收入合计为1173.82万元，应为1163.82万元（相差10.00万元）：各项收入之和为1163.82万元，按收入总计1163.82万元倒算是1163.82万元',
    ]);
  });

  it('a source typed wrong that two totals contain: on the source', () => {
    const d = referenceData();
    d.accounts.income.generalBudget = 1173.82;
    // 本年收入合计 1163.82, 财政拨款收入总计 1163.82 (年初 0) and 一般公共预算 spending 1163.82 + 年末 0 − 年初 0 all give 1163.82 back.
    expect(errorsOf(d)).toEqual([
      '$.accounts.income.generalBudget：一般公共预算财政拨款收入为1173.82万元，应为1163.82万元（相差10.00万元）：按本年收入合计1163.82万元倒算是1163.82万元，按财政拨款收入总计1163.82万元倒算是1163.82万元，按一般公共预算本年支出与年末结转和结余之和倒算是1163.82万元',
    ]);
  });

  it('a 项 typed wrong whose 经济分类 split still holds: on the 项, not on its 类 or the total', () => {
    const d = detailedUnit();
    d.accounts.generalBudget.items[0]!.actual = 694.39;
    // 2040601: 301 589.04 + 302 104.35 = 693.39 (the split), and the 类 204 and the total both lack 1.00.
    const errors = errorsOf(d);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^\$\.accounts\.generalBudget\.items\[0\]\.actual：科目“2040601”的决算数为694\.39万元，应为693\.39万元（相差1\.00万元）/,
    );
  });

  it('a part typed wrong that only its own total contains: one error on that total, saying the total agrees with the higher one', () => {
    const d = referenceData();
    d.accounts.expenditure.project = 279.9;
    // 893.92 + 279.90 = 1173.82 against 本年支出合计 1163.82, which 支出总计 1163.82 confirms.
    expect(errorsOf(d)).toEqual([
      '$.accounts.expenditure.total：本年支出合计为1163.82万元，应等于基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和1173.82万元（相差10.00万元）；本年支出合计与支出总计相符，请先核对各项',
    ]);
  });
});
