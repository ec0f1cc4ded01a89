/**
 * The prior-year figures of this year's file against the previous year's data file, when
 * one exists (data/<year-1>/<same name>.json): each figure under `priorYear` must equal
 * the current-year figure of that file, and the asset value's `prior` its `current`.
 * Takes this year's data and the previous year's (already validated); pushes errors.
 * Loading the file is the load stage's job (src/load/load-previous-year.ts).
 */
import { dec, toAmount } from '../compute/decimal.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { Finding } from './finding.js';

interface Pair {
  /** JSON path under this year's `priorYear` (or elsewhere) */
  path: string;
  label: string;
  stated: number;
  /** JSON path of the same figure in the previous year's file */
  sourcePath: string;
  source: number;
}

function assetValue(data: UnitYear): { current: number; prior: number; index: number } | undefined {
  const sections = data.departmentEvaluation?.overallAnalysis ?? [];
  const index = sections.findIndex((s) => s.assetValue !== undefined);
  const value = sections[index]?.assetValue;
  return value ? { current: value.current, prior: value.prior, index } : undefined;
}

export function checkPriorYear(data: UnitYear, previous: UnitYear, errors: Finding[]): void {
  const prevYear = previous.year;
  if (prevYear !== data.year - 1 || previous.unit.name !== data.unit.name) {
    errors.push({ path: '$.priorYear', message: `用于核对上年数的数据文件是“${previous.unit.name}”${prevYear}年度，应为“${data.unit.name}”${data.year - 1}年度` });
    return;
  }
  const p = data.priorYear;
  const a = previous.accounts;
  const pairs: Pair[] = [
    { path: '$.priorYear.totals.income', label: '上年收入总计', stated: p.totals.income, sourcePath: '$.accounts.totals.income', source: a.totals.income },
    { path: '$.priorYear.totals.expenditure', label: '上年支出总计', stated: p.totals.expenditure, sourcePath: '$.accounts.totals.expenditure', source: a.totals.expenditure },
    { path: '$.priorYear.fiscalTotals.income', label: '上年财政拨款收入总计', stated: p.fiscalTotals.income, sourcePath: '$.accounts.fiscalTotals.income', source: a.fiscalTotals.income },
    { path: '$.priorYear.fiscalTotals.expenditure', label: '上年财政拨款支出总计', stated: p.fiscalTotals.expenditure, sourcePath: '$.accounts.fiscalTotals.expenditure', source: a.fiscalTotals.expenditure },
    { path: '$.priorYear.generalBudgetExpenditure', label: '上年一般公共预算财政拨款支出', stated: p.generalBudgetExpenditure, sourcePath: '$.accounts.generalBudget.actual', source: a.generalBudget.actual },
    { path: '$.priorYear.threePublic.total', label: '上年“三公”经费支出', stated: p.threePublic.total, sourcePath: '$.accounts.threePublic.total.actual', source: a.threePublic.total.actual },
    { path: '$.priorYear.threePublic.abroad', label: '上年因公出国（境）费', stated: p.threePublic.abroad, sourcePath: '$.accounts.threePublic.abroad.actual', source: a.threePublic.abroad.actual },
    { path: '$.priorYear.threePublic.vehicle', label: '上年公务用车购置及运行维护费', stated: p.threePublic.vehicle, sourcePath: '$.accounts.threePublic.vehicle.actual', source: a.threePublic.vehicle.actual },
    { path: '$.priorYear.threePublic.reception', label: '上年公务接待费', stated: p.threePublic.reception, sourcePath: '$.accounts.threePublic.reception.actual', source: a.threePublic.reception.actual },
    { path: '$.priorYear.operatingCosts', label: '上年机关运行经费', stated: p.operatingCosts, sourcePath: '$.accounts.operatingCosts', source: a.operatingCosts },
  ];
  const assets = assetValue(data);
  const prevAssets = assetValue(previous);
  if (assets && prevAssets) {
    pairs.push({
      path: `$.departmentEvaluation.overallAnalysis[${assets.index}].assetValue.prior`, label: '上年资产总值', stated: assets.prior,
      sourcePath: `$.departmentEvaluation.overallAnalysis[${prevAssets.index}].assetValue.current`, source: prevAssets.current,
    });
  }
  for (const pair of pairs) {
    if (!dec(pair.stated).equals(dec(pair.source))) {
      errors.push({
        path: pair.path,
        message: `${pair.label}为${toAmount(pair.stated)}万元，应等于${prevYear}年度数据文件中的本年数（${pair.sourcePath}）${toAmount(pair.source)}万元（相差${toAmount(dec(pair.stated).minus(dec(pair.source)).abs())}万元）`,
      });
    }
  }
}
