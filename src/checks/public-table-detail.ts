/**
 * The detail the public tables (第五部分 附表) are laid out from, tied to the figures the
 * prose states, row by row and column by column, so that a table can never disagree with
 * the text: byFunction's columns add up to the 收入、支出 lines; each item's 经济分类 split
 * adds up to its 决算数 and, over the 一般公共预算 items, to the 基本支出 and the 基本支出
 * 明细 by 款; 人员经费 = 301 + 303 and 公用经费 = the other classes; each fund's 年初 +
 * 收入 − 支出 = 年末; the 三公 vehicle budgets add up. Checks only what the data gives.
 * Takes the data, the functional names and the economic catalog's names; pushes errors.
 */
import { dec, sum, toAmount } from '../compute/decimal.js';
import type { FunctionalNames } from '../compute/functional-names.js';
import { FUND_KEYS, type EconomicNames, type FundKey } from '../compute/public-tables/public-tables-data.js';
import type { UnitYear } from '../schema/unit-year.js';
import { tieAmount, type Finding } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const FUND_LABEL: Record<FundKey, string> = {
  generalBudget: msg`一般公共预算`,
  governmentFund: msg`政府性基金预算`,
  stateCapital: msg`国有资本经营预算`,
};

export function checkPublicTableDetail(data: UnitYear, { names, economicNames }: CheckContext, { errors }: CheckResult): void {
  checkByFunction(data, names, errors);
  checkEconomicSplits(data, economicNames, errors);
  checkBasicDetail(data, economicNames, errors);
  checkFundBalances(data, errors);
  checkVehicleBudgets(data, errors);
}

function checkByFunction(data: UnitYear, names: FunctionalNames, errors: Finding[]): void {
  const rows = data.accounts.byFunction;
  if (!rows) return;
  const base = '$.accounts.byFunction';
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const path = `${base}[${i}].code`;
    if (row.code.length !== 7) errors.push({ path, message: msg`按功能分类列示的收支应使用7位“项”级科目编码，实际为“${row.code}”` });
    const previous = seen.get(row.code);
    if (previous !== undefined) errors.push({ path, message: msg`科目“${row.code}”重复列示（另见 ${base}[${previous}]）` });
    seen.set(row.code, i);
    for (const code of [row.code.slice(0, 3), row.code.slice(0, 5), row.code]) {
      if (row.code.length === 7 && names.name(code) === undefined) {
        errors.push({
          path,
          message: msg`科目“${code}”不在功能分类科目目录中，数据中也没有给出名称；请在 functionalCodes 中加入 {"code": "${code}", "name": "…"}`,
        });
      }
    }
  });
  const inc = data.accounts.income;
  const exp = data.accounts.expenditure;
  const column = (pick: (row: NonNullable<UnitYear['accounts']['byFunction']>[number]) => number) => rows.map(pick);
  tieAmount(
    errors,
    `${base}[*].income.fiscal`,
    msg`按功能分类列示的财政拨款收入合计`,
    sum(column((r) => r.income.fiscal)).toNumber(),
    [inc.generalBudget, inc.governmentFund, inc.stateCapital],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和`,
  );
  for (const [key, label] of [
    ['superiorSubsidy', msg`上级补助收入`],
    ['business', msg`事业收入`],
    ['operating', msg`经营收入`],
    ['subordinateRemittance', msg`附属单位上缴收入`],
    ['other', msg`其他收入`],
  ] as const) {
    tieAmount(
      errors,
      `${base}[*].income.${key}`,
      msg`按功能分类列示的${label}合计`,
      sum(column((r) => r.income[key])).toNumber(),
      [inc[key]],
      `$.accounts.income.${key}`,
    );
  }
  for (const [key, label] of [
    ['basic', msg`基本支出`],
    ['project', msg`项目支出`],
    ['remittanceToSuperior', msg`上缴上级支出`],
    ['operating', msg`经营支出`],
    ['subsidyToSubordinate', msg`对附属单位补助支出`],
  ] as const) {
    tieAmount(
      errors,
      `${base}[*].expenditure.${key}`,
      msg`按功能分类列示的${label}合计`,
      sum(column((r) => r.expenditure[key])).toNumber(),
      [exp[key]],
      `$.accounts.expenditure.${key}`,
    );
  }
  // Every 项 the 财政拨款 was spent under is a row of the 支出决算表 too.
  for (const fund of FUND_KEYS) {
    data.accounts[fund].items.forEach((item, i) => {
      if (!dec(item.actual).isZero() && !seen.has(item.code)) {
        errors.push({
          path: `$.accounts.${fund}.items[${i}].code`,
          message: msg`科目“${item.code}”有${FUND_LABEL[fund]}财政拨款支出${toAmount(item.actual)}万元，但 accounts.byFunction 中没有这一项`,
        });
      }
    });
  }
}

function checkEconomicSplits(data: UnitYear, economicNames: EconomicNames, errors: Finding[]): void {
  for (const fund of FUND_KEYS) {
    data.accounts[fund].items.forEach((item, i) => {
      if (!item.economic) return;
      const path = `$.accounts.${fund}.items[${i}].economic`;
      checkEconomicCodes(item.economic, path, 'class', economicNames, errors);
      tieAmount(
        errors,
        path,
        msg`科目“${item.code}”按经济分类列示的支出合计`,
        sum(item.economic.flatMap((e) => [e.basic, e.project])).toNumber(),
        [item.actual],
        msg`该科目决算数`,
      );
    });
  }
  const gb = data.accounts.generalBudget.items;
  if (gb.length > 0 && gb.every((item) => item.economic)) {
    const basic = sum(gb.flatMap((item) => item.economic!.map((e) => e.basic)));
    tieAmount(
      errors,
      '$.accounts.generalBudget.items[*].economic',
      msg`一般公共预算各科目按经济分类列示的基本支出合计`,
      basic.toNumber(),
      [data.accounts.basicExpenditure.actual],
      msg`一般公共预算财政拨款基本支出（$.accounts.basicExpenditure.actual）`,
    );
  }
}

function checkBasicDetail(data: UnitYear, economicNames: EconomicNames, errors: Finding[]): void {
  const be = data.accounts.basicExpenditure;
  if (!be.economic) return;
  const base = '$.accounts.basicExpenditure.economic';
  checkEconomicCodes(be.economic, base, 'section', economicNames, errors);
  const personnel = be.economic.filter((e) => e.code.startsWith('301') || e.code.startsWith('303'));
  const publicCosts = be.economic.filter((e) => !personnel.includes(e));
  tieAmount(
    errors,
    '$.accounts.basicExpenditure.personnel',
    msg`人员经费`,
    be.personnel,
    personnel.map((e) => e.amount),
    msg`基本支出明细中301、303类各款之和`,
  );
  tieAmount(
    errors,
    '$.accounts.basicExpenditure.publicCosts',
    msg`公用经费`,
    be.publicCosts,
    publicCosts.map((e) => e.amount),
    msg`基本支出明细中其余各类各款之和`,
  );
  const gb = data.accounts.generalBudget.items;
  if (gb.length > 0 && gb.every((item) => item.economic)) {
    const classes = [
      ...new Set([...be.economic.map((e) => e.code.slice(0, 3)), ...gb.flatMap((item) => item.economic!.map((e) => e.code))]),
    ].sort();
    for (const cls of classes) {
      const bySection = sum(be.economic.filter((e) => e.code.startsWith(cls)).map((e) => e.amount));
      const byItems = gb.flatMap((item) => item.economic!.filter((e) => e.code === cls).map((e) => e.basic));
      tieAmount(
        errors,
        base,
        msg`基本支出明细中“${cls}”类各款之和`,
        bySection.toNumber(),
        byItems,
        msg`一般公共预算各科目该类基本支出之和`,
      );
    }
  }
}

/** The codes of one economic split: of the level's length, in the catalog, none twice. */
function checkEconomicCodes(
  entries: readonly { code: string }[],
  base: string,
  level: 'class' | 'section',
  economicNames: EconomicNames,
  errors: Finding[],
): void {
  const seen = new Set<string>();
  entries.forEach((e, k) => {
    const path = `${base}[${k}].code`;
    if (level === 'class' && e.code.length !== 3) errors.push({ path, message: msg`此处应为3位经济分类“类”编码，实际为“${e.code}”` });
    else if (level === 'section' && e.code.length !== 5)
      errors.push({ path, message: msg`此处应为5位经济分类“款”编码，实际为“${e.code}”` });
    else if (economicNames.name(e.code) === undefined)
      errors.push({ path, message: msg`经济分类科目“${e.code}”不在经济分类科目目录（data/catalog/economic-classification.json）中` });
    if (seen.has(e.code)) errors.push({ path, message: msg`经济分类“${e.code}”重复列示` });
    seen.add(e.code);
  });
}

function checkFundBalances(data: UnitYear, errors: Finding[]): void {
  const a = data.accounts;
  const ft = a.fiscalTotals;
  for (const [key, total] of [
    ['openingByFund', ft.openingBalance],
    ['closingByFund', ft.closingBalance],
  ] as const) {
    const byFund = ft[key];
    if (!byFund) continue;
    tieAmount(
      errors,
      `$.accounts.fiscalTotals.${key}`,
      key === 'openingByFund' ? msg`年初财政拨款结转和结余` : msg`年末财政拨款结转和结余`,
      total,
      FUND_KEYS.map((f) => byFund[f]),
      msg`各预算类别之和`,
    );
  }
  const zero = { generalBudget: 0, governmentFund: 0, stateCapital: 0 };
  const opening = ft.openingByFund ?? (ft.openingBalance === 0 ? zero : undefined);
  const closing = ft.closingByFund ?? (ft.closingBalance === 0 ? zero : undefined);
  if (!opening || !closing) return;
  for (const fund of FUND_KEYS) {
    // 年初 + 本年收入 − 本年支出 = 年末, for each budget (财政拨款收入支出决算总表).
    const expected = dec(opening[fund]).plus(a.income[fund]).minus(a[fund].actual);
    if (!expected.equals(dec(closing[fund]))) {
      errors.push({
        path: ft.closingByFund ? `$.accounts.fiscalTotals.closingByFund.${fund}` : '$.accounts.fiscalTotals',
        message: msg`${FUND_LABEL[fund]}财政拨款：年初结转和结余${toAmount(opening[fund])}万元 + 本年收入${toAmount(a.income[fund])}万元 − 本年支出${toAmount(a[fund].actual)}万元 = ${toAmount(expected)}万元，应等于年末结转和结余${toAmount(closing[fund])}万元`,
      });
    }
  }
  for (const fund of ['governmentFund', 'stateCapital'] as const) {
    const items = a[fund].items;
    const withOpening = items.filter((i) => i.opening !== undefined);
    const withClosing = items.filter((i) => i.closing !== undefined);
    if (withOpening.length > 0)
      tieAmount(
        errors,
        `$.accounts.${fund}.items[*].opening`,
        msg`${FUND_LABEL[fund]}各科目年初结转和结余之和`,
        sum(items.map((i) => i.opening ?? 0)).toNumber(),
        [opening[fund]],
        msg`该预算的年初财政拨款结转和结余`,
      );
    if (withClosing.length > 0)
      tieAmount(
        errors,
        `$.accounts.${fund}.items[*].closing`,
        msg`${FUND_LABEL[fund]}各科目年末结转和结余之和`,
        sum(items.map((i) => i.closing ?? 0)).toNumber(),
        [closing[fund]],
        msg`该预算的年末财政拨款结转和结余`,
      );
  }
}

function checkVehicleBudgets(data: UnitYear, errors: Finding[]): void {
  const v = data.accounts.threePublic.vehicle;
  if (v.purchase.budget === undefined && v.operation.budget === undefined) return;
  tieAmount(
    errors,
    '$.accounts.threePublic.vehicle.budget',
    msg`公务用车购置及运行维护费预算数`,
    v.budget,
    [v.purchase.budget ?? 0, v.operation.budget ?? 0],
    msg`购置费与运行维护费预算数之和`,
  );
}
