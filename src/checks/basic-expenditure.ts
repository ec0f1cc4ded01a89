/**
 * 一般公共预算财政拨款基本支出 = 人员经费 + 公用经费, and it cannot exceed the unit's 基本支出
 * from all sources (a unit with 事业收入 spends more on 基本支出 than the general budget pays).
 * Takes the data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { toAmount } from '../compute/decimal.js';
import { tieAmount } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkBasicExpenditure(data: UnitYear, _context: CheckContext, { errors }: CheckResult): void {
  const be = data.accounts.basicExpenditure;
  tieAmount(
    errors,
    '$.accounts.basicExpenditure.actual',
    msg`一般公共预算财政拨款基本支出`,
    be.actual,
    [be.personnel, be.publicCosts],
    msg`人员经费与公用经费之和`,
  );
  if (be.actual > data.accounts.expenditure.basic) {
    errors.push({
      path: '$.accounts.basicExpenditure.actual',
      message: msg`一般公共预算财政拨款基本支出为${toAmount(be.actual)}万元，不应大于本年基本支出${toAmount(data.accounts.expenditure.basic)}万元`,
    });
  }
}
