/**
 * The totals of the 收入支出决算总表 and the 财政拨款收入支出决算总表: 本年收入合计 = Σ
 * income sources; 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助; 收入总计 and
 * 支出总计 with their carry-over lines; 财政拨款 totals against the three fiscal budgets.
 * Takes the data; adds the ties to the result's ledger (ties.ts judges them together, so a
 * wrong 本年收入合计 is one error, not one more on the 收入总计 it feeds).
 */
import { dec, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { CheckContext, CheckResult } from './check-context.js';
import type { Term } from './ties.js';
import { msg } from '../text/msg.js';

const A = '$.accounts';

export function checkTotals(data: UnitYear, _context: CheckContext, { ties }: CheckResult): void {
  const { income: inc, expenditure: exp, totals } = data.accounts;
  const term = (path: string, label: string, value: number): Term => ({ path: `${A}.${path}`, label, value });
  const incomeTotal = term('income.total', msg`本年收入合计`, inc.total);
  const expenditureTotal = term('expenditure.total', msg`本年支出合计`, exp.total);
  const fiscalIncome = [
    term('income.generalBudget', msg`一般公共预算财政拨款收入`, inc.generalBudget),
    term('income.governmentFund', msg`政府性基金预算财政拨款收入`, inc.governmentFund),
    term('income.stateCapital', msg`国有资本经营预算财政拨款收入`, inc.stateCapital),
  ];
  ties.tie(
    incomeTotal,
    [
      ...fiscalIncome,
      term('income.superiorSubsidy', msg`上级补助收入`, inc.superiorSubsidy),
      term('income.business', msg`事业收入`, inc.business),
      term('income.operating', msg`经营收入`, inc.operating),
      term('income.subordinateRemittance', msg`附属单位上缴收入`, inc.subordinateRemittance),
      term('income.other', msg`其他收入`, inc.other),
    ],
    msg`各项收入之和`,
  );
  ties.tie(
    expenditureTotal,
    [
      term('expenditure.basic', msg`基本支出`, exp.basic),
      term('expenditure.project', msg`项目支出`, exp.project),
      term('expenditure.remittanceToSuperior', msg`上缴上级支出`, exp.remittanceToSuperior),
      term('expenditure.operating', msg`经营支出`, exp.operating),
      term('expenditure.subsidyToSubordinate', msg`对附属单位补助支出`, exp.subsidyToSubordinate),
    ],
    msg`基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和`,
  );
  const totalIncome = term('totals.income', msg`收入总计`, totals.income);
  const totalExpenditure = term('totals.expenditure', msg`支出总计`, totals.expenditure);
  const opening = term('totals.openingBalance', msg`年初结转和结余`, totals.openingBalance);
  const closing = term('totals.closingBalance', msg`年末结转和结余`, totals.closingBalance);
  ties.tie(
    totalIncome,
    [incomeTotal, opening, term('totals.nonFiscalBalanceUsed', msg`使用非财政拨款结余`, totals.nonFiscalBalanceUsed)],
    msg`本年收入合计、年初结转和结余、使用非财政拨款结余之和`,
  );
  ties.tie(
    totalExpenditure,
    [expenditureTotal, term('totals.balanceAllocation', msg`结余分配`, totals.balanceAllocation), closing],
    msg`本年支出合计、结余分配、年末结转和结余之和`,
  );
  // Note: in the 收入支出决算总表 收入总计 always equals 支出总计; the documents can word a
  // difference (ARCHITECTURE.md §3), so a difference is a question for the reviewer, not a refusal.
  ties.tie(totalIncome, [totalExpenditure], msg`支出总计`, {
    severity: 'warning',
    at: `${A}.totals`,
    message: () =>
      msg`收入总计${toAmount(totals.income)}万元与支出总计${toAmount(totals.expenditure)}万元不相等；决算报表中二者应相等，请核对年初、年末结转和结余`,
  });
  checkFiscalTotals(data, { fiscalIncome, opening, closing, expenditureTotal }, ties);
}

/**
 * The 财政拨款收入支出决算总表: 财政拨款收入总计 = 本年财政拨款收入 (一般公共预算 + 政府性基金 +
 * 国有资本经营) + 年初财政拨款结转和结余; 财政拨款支出总计 = 本年财政拨款支出 (the three
 * budgets' spending) + 年末财政拨款结转和结余; both totals equal. The 财政拨款 carry-overs are
 * part of the unit's own, so neither exceeds it, and the 财政拨款 spending is part of 本年支出合计.
 */
function checkFiscalTotals(
  data: UnitYear,
  shared: { fiscalIncome: Term[]; opening: Term; closing: Term; expenditureTotal: Term },
  ties: CheckResult['ties'],
): void {
  const { fiscalTotals: ft, generalBudget, governmentFund, stateCapital } = data.accounts;
  const term = (path: string, label: string, value: number): Term => ({ path: `${A}.${path}`, label, value });
  const fiscalSpending = [
    term('generalBudget.actual', msg`一般公共预算财政拨款支出`, generalBudget.actual),
    term('governmentFund.actual', msg`政府性基金预算财政拨款支出`, governmentFund.actual),
    term('stateCapital.actual', msg`国有资本经营预算财政拨款支出`, stateCapital.actual),
  ];
  const fiscalOpening = term('fiscalTotals.openingBalance', msg`年初财政拨款结转和结余`, ft.openingBalance);
  const fiscalClosing = term('fiscalTotals.closingBalance', msg`年末财政拨款结转和结余`, ft.closingBalance);
  const income = term('fiscalTotals.income', msg`财政拨款收入总计`, ft.income);
  const expenditure = term('fiscalTotals.expenditure', msg`财政拨款支出总计`, ft.expenditure);
  ties.tie(
    income,
    [...shared.fiscalIncome, fiscalOpening],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入与年初财政拨款结转和结余之和`,
  );
  ties.tie(
    expenditure,
    [...fiscalSpending, fiscalClosing],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出与年末财政拨款结转和结余之和`,
  );
  ties.tie(income, [expenditure], msg`财政拨款支出总计`, {
    at: `${A}.fiscalTotals`,
    message: () =>
      msg`财政拨款收入总计${toAmount(ft.income)}万元与财政拨款支出总计${toAmount(ft.expenditure)}万元应相等（相差${toAmount(dec(ft.income).minus(dec(ft.expenditure)).abs())}万元）；请核对年初、年末财政拨款结转和结余`,
  });
  ties.notAbove(fiscalOpening.path, fiscalOpening.label, [fiscalOpening], shared.opening);
  ties.notAbove(fiscalClosing.path, fiscalClosing.label, [fiscalClosing], shared.closing);
  ties.notAbove(
    shared.expenditureTotal.path,
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款支出合计`,
    fiscalSpending,
    shared.expenditureTotal,
  );
}
