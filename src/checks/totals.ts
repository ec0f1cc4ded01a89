/**
 * The totals of the 收入支出决算总表 and the 财政拨款收入支出决算总表: 本年收入合计 = Σ
 * income sources; 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 收入总计 and
 * 支出总计 with their carry-over lines; 财政拨款 totals against the three fiscal budgets.
 * Takes the data; pushes errors and warnings.
 */
import { dec, sum, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import { notAbove, tieAmount } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkTotals(data: UnitYear, _context: CheckContext, { errors, warnings }: CheckResult): void {
  const { income: inc, expenditure: exp, totals } = data.accounts;
  tieAmount(
    errors,
    '$.accounts.income.total',
    msg`本年收入合计`,
    inc.total,
    [
      inc.generalBudget,
      inc.governmentFund,
      inc.stateCapital,
      inc.superiorSubsidy,
      inc.business,
      inc.operating,
      inc.subordinateRemittance,
      inc.other,
    ],
    msg`各项收入之和`,
  );
  tieAmount(
    errors,
    '$.accounts.expenditure.total',
    msg`本年支出合计`,
    exp.total,
    [exp.basic, exp.project, exp.remittanceToSuperior, exp.operating, exp.subsidyToSubordinate],
    msg`基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和`,
  );
  tieAmount(
    errors,
    '$.accounts.totals.income',
    msg`收入总计`,
    totals.income,
    [inc.total, totals.openingBalance, totals.nonFiscalBalanceUsed],
    msg`本年收入合计、年初结转和结余、使用非财政拨款结余之和`,
  );
  tieAmount(
    errors,
    '$.accounts.totals.expenditure',
    msg`支出总计`,
    totals.expenditure,
    [exp.total, totals.balanceAllocation, totals.closingBalance],
    msg`本年支出合计、结余分配、年末结转和结余之和`,
  );
  // Note: in the 收入支出决算总表 收入总计 always equals 支出总计; the documents can word a
  // difference (ARCHITECTURE.md §3), so a difference is a question for the reviewer, not a refusal.
  if (!dec(totals.income).equals(dec(totals.expenditure))) {
    warnings.push({
      path: '$.accounts.totals',
      message: msg`收入总计${toAmount(totals.income)}万元与支出总计${toAmount(totals.expenditure)}万元不相等；决算报表中二者应相等，请核对年初、年末结转和结余`,
    });
  }
  checkFiscalTotals(data, errors);
}

/**
 * The 财政拨款收入支出决算总表: 财政拨款收入总计 = 本年财政拨款收入 (一般公共预算 + 政府性基金 +
 * 国有资本经营) + 年初财政拨款结转和结余; 财政拨款支出总计 = 本年财政拨款支出 (the three
 * budgets' spending) + 年末财政拨款结转和结余; both totals equal. The 财政拨款 carry-overs are
 * part of the unit's own, so neither exceeds it, and the 财政拨款 spending is part of 本年支出合计.
 */
function checkFiscalTotals(data: UnitYear, errors: CheckResult['errors']): void {
  const { income: inc, totals, fiscalTotals: ft, generalBudget, governmentFund, stateCapital } = data.accounts;
  const fiscalIncome = [inc.generalBudget, inc.governmentFund, inc.stateCapital];
  const fiscalSpending = [generalBudget.actual, governmentFund.actual, stateCapital.actual];
  tieAmount(
    errors,
    '$.accounts.fiscalTotals.income',
    msg`财政拨款收入总计`,
    ft.income,
    [...fiscalIncome, ft.openingBalance],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入与年初财政拨款结转和结余之和`,
  );
  tieAmount(
    errors,
    '$.accounts.fiscalTotals.expenditure',
    msg`财政拨款支出总计`,
    ft.expenditure,
    [...fiscalSpending, ft.closingBalance],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出与年末财政拨款结转和结余之和`,
  );
  if (!dec(ft.income).equals(dec(ft.expenditure))) {
    errors.push({
      path: '$.accounts.fiscalTotals',
      message: msg`财政拨款收入总计${toAmount(ft.income)}万元与财政拨款支出总计${toAmount(ft.expenditure)}万元应相等（相差${toAmount(dec(ft.income).minus(dec(ft.expenditure)).abs())}万元）；请核对年初、年末财政拨款结转和结余`,
    });
  }
  notAbove(
    errors,
    '$.accounts.fiscalTotals.openingBalance',
    msg`年初财政拨款结转和结余`,
    ft.openingBalance,
    msg`年初结转和结余`,
    totals.openingBalance,
  );
  notAbove(
    errors,
    '$.accounts.fiscalTotals.closingBalance',
    msg`年末财政拨款结转和结余`,
    ft.closingBalance,
    msg`年末结转和结余`,
    totals.closingBalance,
  );
  notAbove(
    errors,
    '$.accounts.expenditure.total',
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出合计`,
    sum(fiscalSpending),
    msg`本年支出合计`,
    data.accounts.expenditure.total,
  );
}
