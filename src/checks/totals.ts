/**
 * The totals of the 收入支出决算总表 and the 财政拨款收入支出决算总表: 本年收入合计 = Σ
 * income sources; 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 收入总计 and
 * 支出总计 with their carry-over lines; 财政拨款 totals against the three fiscal budgets.
 * Takes the data; pushes errors and warnings.
 */
import { dec, sum, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import { notAbove, tieAmount, type CheckResult } from './finding.js';

export function checkTotals(data: UnitYear, { errors, warnings }: CheckResult): void {
  const { income: inc, expenditure: exp, totals } = data.accounts;
  tieAmount(errors, '$.accounts.income.total', '本年收入合计', inc.total,
    [inc.generalBudget, inc.governmentFund, inc.stateCapital, inc.superiorSubsidy, inc.business, inc.operating, inc.subordinateRemittance, inc.other], '各项收入之和');
  tieAmount(errors, '$.accounts.expenditure.total', '本年支出合计', exp.total,
    [exp.basic, exp.project, exp.remittanceToSuperior, exp.operating, exp.subsidyToSubordinate], '基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和');
  tieAmount(errors, '$.accounts.totals.income', '收入总计', totals.income, [inc.total, totals.openingBalance, totals.nonFiscalBalanceUsed], '本年收入合计、年初结转和结余、使用非财政拨款结余之和');
  tieAmount(errors, '$.accounts.totals.expenditure', '支出总计', totals.expenditure, [exp.total, totals.balanceAllocation, totals.closingBalance], '本年支出合计、结余分配、年末结转和结余之和');
  // Note: in the 收入支出决算总表 收入总计 always equals 支出总计; the documents can word a
  // difference (DESIGN §3), so a difference is a question for the reviewer, not a refusal.
  if (!dec(totals.income).equals(dec(totals.expenditure))) {
    warnings.push({ path: '$.accounts.totals', message: `收入总计${toAmount(totals.income)}万元与支出总计${toAmount(totals.expenditure)}万元不相等；决算报表中二者应相等，请核对年初、年末结转和结余` });
  }
  checkFiscalTotals(data, errors);
}

/**
 * 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营 (income side), and 财政拨款支出 = the
 * three budgets' spending. The 财政拨款 totals add the fiscal carry-overs, which the data
 * holds only inside the unit's overall 年初/年末结转和结余: without carry-overs they must be
 * equal, with them they must lie between the fiscal figure and the fiscal figure plus the
 * carry-over.
 */
function checkFiscalTotals(data: UnitYear, errors: CheckResult['errors']): void {
  const { income: inc, totals, fiscalTotals, generalBudget, governmentFund, stateCapital } = data.accounts;
  const fiscalIncome = [inc.generalBudget, inc.governmentFund, inc.stateCapital];
  const fiscalSpending = [generalBudget.actual, governmentFund.actual, stateCapital.actual];
  const incomeLabel = '一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和';
  const spendingLabel = '一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出之和';
  if (dec(totals.openingBalance).isZero()) {
    tieAmount(errors, '$.accounts.fiscalTotals.income', '财政拨款收入总计（没有年初结转和结余时）', fiscalTotals.income, fiscalIncome, incomeLabel);
  } else {
    notAbove(errors, '$.accounts.fiscalTotals.income', incomeLabel, sum(fiscalIncome), '财政拨款收入总计', fiscalTotals.income);
    notAbove(errors, '$.accounts.fiscalTotals.income', '财政拨款收入总计', fiscalTotals.income, `${incomeLabel}与年初结转和结余之和`, sum([...fiscalIncome, totals.openingBalance]));
  }
  if (dec(totals.closingBalance).isZero()) {
    tieAmount(errors, '$.accounts.fiscalTotals.expenditure', '财政拨款支出总计（没有年末结转和结余时）', fiscalTotals.expenditure, fiscalSpending, spendingLabel);
  } else {
    notAbove(errors, '$.accounts.fiscalTotals.expenditure', spendingLabel, sum(fiscalSpending), '财政拨款支出总计', fiscalTotals.expenditure);
    notAbove(errors, '$.accounts.fiscalTotals.expenditure', '财政拨款支出总计', fiscalTotals.expenditure, `${spendingLabel}与年末结转和结余之和`, sum([...fiscalSpending, totals.closingBalance]));
  }
  notAbove(errors, '$.accounts.expenditure.total', spendingLabel.replace('之和', '合计'), sum(fiscalSpending), '本年支出合计', data.accounts.expenditure.total);
}
