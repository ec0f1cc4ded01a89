/**
 * 一般公共预算财政拨款基本支出 = 人员经费 + 公用经费, and it cannot exceed the unit's 基本支出
 * from all sources (a unit with 事业收入 spends more on 基本支出 than the general budget pays).
 * Takes the data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import type { Term } from './ties.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkBasicExpenditure(data: UnitYear, _context: CheckContext, { ties }: CheckResult): void {
  const be = data.accounts.basicExpenditure;
  const base = '$.accounts.basicExpenditure';
  const actual: Term = { path: `${base}.actual`, label: msg`一般公共预算财政拨款基本支出`, value: be.actual };
  ties.tie(
    actual,
    [
      { path: `${base}.personnel`, label: msg`人员经费`, value: be.personnel },
      { path: `${base}.publicCosts`, label: msg`公用经费`, value: be.publicCosts },
    ],
    msg`人员经费与公用经费之和`,
  );
  ties.notAbove(actual.path, actual.label, [actual], {
    path: '$.accounts.expenditure.basic',
    label: msg`本年基本支出`,
    value: data.accounts.expenditure.basic,
  });
}
