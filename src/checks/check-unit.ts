/**
 * Checks stage: accounting identities and cross-references of one unit's data, run
 * before anything is computed or rendered. Takes validated UnitYear data and the catalog
 * index; returns every error (refuse the unit) and warning (tell the reviewer), each with
 * the JSON path, the figure found and the figure expected.
 */
import type { CatalogEntry } from '../schema/catalog.js';
import type { UnitYear } from '../schema/unit-year.js';
import { dec, sum, toAmount } from '../compute/decimal.js';
import { projectErrors, projectWarnings } from './project-checks.js';

export interface Finding {
  path: string;
  message: string;
}

export interface CheckResult {
  errors: Finding[];
  warnings: Finding[];
}

type Errors = Finding[];

/** Reports `found ≠ expected` as "X为a万元，应等于…之和b万元". */
function tie(errors: Errors, path: string, what: string, found: number, parts: number[], partsLabel: string): void {
  const expected = sum(parts);
  if (!dec(found).equals(expected)) {
    errors.push({ path, message: `${what}为${toAmount(found)}万元，应等于${partsLabel}${toAmount(expected)}万元（相差${toAmount(dec(found).minus(expected).abs())}万元）` });
  }
}

function checkFunctionalCodes(data: UnitYear, index: Map<string, CatalogEntry>, errors: Errors): void {
  const budgets = [
    ['generalBudget', data.accounts.generalBudget.items],
    ['governmentFund', data.accounts.governmentFund.items],
    ['stateCapital', data.accounts.stateCapital.items],
  ] as const;
  for (const [key, items] of budgets) {
    items.forEach((item, i) => {
      const path = `$.accounts.${key}.items[${i}]`;
      if (item.code.length !== 7) errors.push({ path: `${path}.code`, message: `支出明细应使用7位“项”级科目编码，实际为“${item.code}”` });
      for (const code of [item.code.slice(0, 3), item.code.slice(0, 5)]) {
        if (!index.has(code)) errors.push({ path: `${path}.code`, message: `功能分类科目“${code}”不在科目目录中（data/catalog/functional-classification.json）` });
      }
      const known = index.get(item.code);
      if (!known && !item.name) errors.push({ path: `${path}.code`, message: `功能分类科目“${item.code}”不在科目目录中；如为新增科目，请同时填写 name 和 definition` });
      if (!known?.definition && !item.definition) errors.push({ path: `${path}.definition`, message: `科目“${item.code}”在目录中没有名词解释，请填写 definition` });
    });
  }
  data.accounts.generalBudget.classes.forEach((c, i) => {
    if (c.code.length !== 3) errors.push({ path: `$.accounts.generalBudget.classes[${i}].code`, message: `“类”级科目编码应为3位，实际为“${c.code}”` });
    else if (!index.has(c.code)) errors.push({ path: `$.accounts.generalBudget.classes[${i}].code`, message: `功能分类科目“${c.code}”不在科目目录中` });
  });
}

function checkGeneralBudget(data: UnitYear, errors: Errors): void {
  const gb = data.accounts.generalBudget;
  tie(errors, '$.accounts.generalBudget.actual', '一般公共预算财政拨款支出', gb.actual, gb.classes.map((c) => c.actual), '各类支出之和');
  tie(errors, '$.accounts.generalBudget.actual', '一般公共预算财政拨款支出', gb.actual, gb.items.map((c) => c.actual), '各项支出之和');
  gb.classes.forEach((c, i) => {
    const items = gb.items.filter((item) => item.code.startsWith(c.code));
    tie(errors, `$.accounts.generalBudget.classes[${i}].actual`, `“${c.code}”类支出`, c.actual, items.map((item) => item.actual), '该类各项支出之和');
  });
  const seen = new Set<string>();
  gb.items.forEach((item, i) => {
    if (seen.has(item.code)) errors.push({ path: `$.accounts.generalBudget.items[${i}].code`, message: `科目“${item.code}”重复列示` });
    seen.add(item.code);
    if (!gb.classes.some((c) => item.code.startsWith(c.code))) {
      errors.push({ path: `$.accounts.generalBudget.items[${i}].code`, message: `科目“${item.code}”所属的类“${item.code.slice(0, 3)}”未在 classes 中列示` });
    }
  });
}

function checkTotals(data: UnitYear, errors: Errors): void {
  const { income: inc, expenditure: exp, totals } = data.accounts;
  tie(errors, '$.accounts.income.total', '本年收入合计', inc.total,
    [inc.generalBudget, inc.governmentFund, inc.stateCapital, inc.superiorSubsidy, inc.business, inc.operating, inc.subordinateRemittance, inc.other], '各项收入之和');
  tie(errors, '$.accounts.expenditure.total', '本年支出合计', exp.total,
    [exp.basic, exp.project, exp.remittanceToSuperior, exp.operating, exp.subsidyToSubordinate], '基本支出、项目支出、上缴上级支出、经营支出和对附属单位补助支出之和');
  tie(errors, '$.accounts.totals.income', '收入总计', totals.income, [inc.total, totals.openingBalance, totals.nonFiscalBalanceUsed], '本年收入合计、年初结转和结余、使用非财政拨款结余之和');
  tie(errors, '$.accounts.totals.expenditure', '支出总计', totals.expenditure, [exp.total, totals.balanceAllocation, totals.closingBalance], '本年支出合计、结余分配、年末结转和结余之和');
  const be = data.accounts.basicExpenditure;
  tie(errors, '$.accounts.expenditure.basic', '基本支出', exp.basic, [be.personnel, be.publicCosts], '人员经费与公用经费之和');
}

function checkThreePublic(data: UnitYear, errors: Errors): void {
  const tp = data.accounts.threePublic;
  const base = '$.accounts.threePublic';
  tie(errors, `${base}.total.actual`, '“三公”经费支出', tp.total.actual, [tp.abroad.actual, tp.vehicle.actual, tp.reception.actual], '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和');
  tie(errors, `${base}.total.budget`, '“三公”经费预算', tp.total.budget, [tp.abroad.budget, tp.vehicle.budget, tp.reception.budget], '三项预算之和');
  tie(errors, `${base}.vehicle.actual`, '公务用车购置及运行维护费', tp.vehicle.actual, [tp.vehicle.purchase.actual, tp.vehicle.operation.actual], '购置费与运行维护费之和');
  const op = tp.vehicle.operation;
  tie(errors, `${base}.vehicle.operation.actual`, '公务用车运行维护费', op.actual, [op.insurance, op.fuel, op.repair, op.other ?? 0], '保险费、油费、维修费及其他之和');
  const pu = tp.vehicle.purchase;
  tie(errors, `${base}.vehicle.purchase.actual`, '公务用车购置费', pu.actual, [pu.sedan.amount, pu.suv.amount, pu.bus.amount], '轿车、越野车、载客汽车购置金额之和');
  tie(errors, `${base}.reception.actual`, '公务接待费', tp.reception.actual, [tp.reception.domestic.actual, tp.reception.foreign.actual], '国内公务接待与外事接待之和');
  const p = data.priorYear.threePublic;
  tie(errors, '$.priorYear.threePublic.total', '上年“三公”经费', p.total, [p.abroad, p.vehicle, p.reception], '上年三项之和');
}

export function checkUnit(data: UnitYear, index: Map<string, CatalogEntry>): CheckResult {
  const errors: Errors = [];
  checkFunctionalCodes(data, index, errors);
  checkTotals(data, errors);
  checkGeneralBudget(data, errors);
  checkThreePublic(data, errors);
  errors.push(...projectErrors(data));
  return { errors, warnings: projectWarnings(data) };
}
