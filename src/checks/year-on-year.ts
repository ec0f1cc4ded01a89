/**
 * Warns when a figure the document compares with the prior year changed by more than a
 * threshold (default 30%) and `changeReasons` gives no reason: the sentence would then
 * state a large change without explaining it. Takes the data and the threshold in percent;
 * pushes warnings naming the figure, both years' amounts and the change.
 */
import { dec, toAmount, toPercent } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { Finding } from './finding.js';

export const DEFAULT_WARN_CHANGE_PERCENT = 30;

type ReasonKey = keyof UnitYear['changeReasons'];

interface Compared {
  label: string;
  current: number;
  prior: number;
  reason: ReasonKey;
}

function comparedFigures(data: UnitYear): Compared[] {
  const { accounts: a, priorYear: p } = data;
  return [
    { label: '收入总计', current: a.totals.income, prior: p.totals.income, reason: 'totals' },
    { label: '支出总计', current: a.totals.expenditure, prior: p.totals.expenditure, reason: 'totals' },
    { label: '财政拨款收入总计', current: a.fiscalTotals.income, prior: p.fiscalTotals.income, reason: 'fiscalTotals' },
    { label: '财政拨款支出总计', current: a.fiscalTotals.expenditure, prior: p.fiscalTotals.expenditure, reason: 'fiscalTotals' },
    { label: '一般公共预算财政拨款支出', current: a.generalBudget.actual, prior: p.generalBudgetExpenditure, reason: 'generalBudgetExpenditure' },
    { label: '“三公”经费支出', current: a.threePublic.total.actual, prior: p.threePublic.total, reason: 'threePublic' },
    { label: '因公出国（境）费', current: a.threePublic.abroad.actual, prior: p.threePublic.abroad, reason: 'abroad' },
    { label: '公务用车购置及运行维护费', current: a.threePublic.vehicle.actual, prior: p.threePublic.vehicle, reason: 'vehicle' },
    { label: '公务接待费', current: a.threePublic.reception.actual, prior: p.threePublic.reception, reason: 'reception' },
    { label: '机关运行经费', current: a.operatingCosts, prior: p.operatingCosts, reason: 'operatingCosts' },
  ];
}

export function warnUnexplainedChanges(data: UnitYear, thresholdPercent: number, warnings: Finding[]): void {
  for (const figure of comparedFigures(data)) {
    if (data.changeReasons[figure.reason] !== undefined) continue;
    const current = dec(figure.current);
    const prior = dec(figure.prior);
    if (current.equals(prior)) continue;
    const years = `${data.year - 1}年度${toAmount(prior)}万元，${data.year}年度${toAmount(current)}万元`;
    const fix = `请在 changeReasons.${figure.reason} 中说明变动原因`;
    const path = `$.changeReasons.${figure.reason}`;
    // Note: against a prior of 0 there is no percentage (DESIGN §4); any new spending counts as a large change.
    if (prior.isZero()) {
      warnings.push({ path, message: `${figure.label}由0变为${toAmount(current)}万元（${years}），${fix}` });
      continue;
    }
    const change = current.minus(prior).div(prior).times(100);
    if (change.abs().greaterThan(thresholdPercent)) {
      const direction = change.isPositive() ? '增长' : '下降';
      warnings.push({ path, message: `${figure.label}${direction}${toPercent(change.abs())}%（${years}），超过${thresholdPercent}%，${fix}` });
    }
  }
}
