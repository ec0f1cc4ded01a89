/**
 * The detail the public tables (第五部分 附表) are laid out from, tied to the figures the
 * prose states, row by row and column by column, so that a table can never disagree with
 * the text: byFunction's columns add up to the 收入、支出 lines; each item's 经济分类 split
 * adds up to its 决算数 and, over the 一般公共预算 items, to the 基本支出 and the 基本支出
 * 明细 by 款; 人员经费 = 301 + 303 and 公用经费 = the other classes; each fund's 年初 +
 * 收入 − 支出 = 年末; the 三公 vehicle budgets add up. Checks only what the data gives.
 * Takes the data, the functional names and the economic catalog's names; pushes errors.
 */
import { dec, toAmount } from '../compute/decimal.js';
import type { FunctionalNames } from '../compute/functional-names.js';
import { FUND_KEYS, type EconomicNames, type FundKey } from '../compute/public-tables/public-tables-data.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { FieldTerms } from '../schema/field-terms.js';
import type { Finding } from './finding.js';
import type { Term, Ties } from './ties.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const FUND_LABEL: Record<FundKey, string> = {
  generalBudget: msg`一般公共预算`,
  governmentFund: msg`政府性基金预算`,
  stateCapital: msg`国有资本经营预算`,
};

export function checkPublicTableDetail(data: UnitYear, { names, economicNames, terms }: CheckContext, { errors, ties }: CheckResult): void {
  checkByFunction(data, names, terms, errors, ties);
  checkEconomicSplits(data, economicNames, terms, errors, ties);
  checkBasicDetail(data, economicNames, errors, ties);
  checkFundBalances(data, ties);
  checkVehicleBudgets(data, ties);
}

const amount = (path: string, label: string, value: number): Term => ({ path, label, value });

function checkByFunction(data: UnitYear, names: FunctionalNames, terms: FieldTerms, errors: Finding[], ties: Ties): void {
  const rows = data.accounts.byFunction;
  if (!rows) return;
  const base = '$.accounts.byFunction';
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const path = `${base}[${i}].code`;
    if (row.code.length !== 7) errors.push({ path, message: msg`按功能分类列示的收支应使用7位“项”级科目编码，实际为“${row.code}”` });
    const previous = seen.get(row.code);
    if (previous !== undefined)
      errors.push({ path, message: msg`科目“${row.code}”重复列示（另见 ${terms.field(`${base}[${previous}]`)}）` });
    seen.set(row.code, i);
    for (const code of [row.code.slice(0, 3), row.code.slice(0, 5), row.code]) {
      if (row.code.length === 7 && names.name(code) === undefined) {
        errors.push({
          path,
          message: msg`科目“${code}”不在功能分类科目目录中，数据中也没有给出名称；请${terms.addRow('$.functionalCodes', { code, name: '…' })}`,
        });
      }
    }
  });
  const inc = data.accounts.income;
  const exp = data.accounts.expenditure;
  type Row = NonNullable<UnitYear['accounts']['byFunction']>[number];
  const column = (half: 'income' | 'expenditure', key: string, label: string, pick: (row: Row) => number): Term[] =>
    rows.map((row, i) => amount(`${base}[${i}].${half}.${key}`, msg`科目“${row.code}”的${label}`, pick(row)));
  const income = (key: keyof typeof inc, label: string) => amount(`$.accounts.income.${key}`, label, inc[key]);
  ties.tieSums(
    column('income', 'fiscal', msg`财政拨款收入`, (r) => r.income.fiscal),
    [
      income('generalBudget', msg`一般公共预算财政拨款收入`),
      income('governmentFund', msg`政府性基金预算财政拨款收入`),
      income('stateCapital', msg`国有资本经营预算财政拨款收入`),
    ],
    msg`一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入之和`,
    { at: `${base}[*].income.fiscal`, what: msg`按功能分类列示的财政拨款收入合计` },
  );
  for (const [key, label] of [
    ['superiorSubsidy', msg`上级补助收入`],
    ['business', msg`事业收入`],
    ['operating', msg`经营收入`],
    ['subordinateRemittance', msg`附属单位上缴收入`],
    ['other', msg`其他收入`],
  ] as const) {
    const stated = `$.accounts.income.${key}`;
    ties.tieSums(
      column('income', key, label, (r) => r.income[key]),
      [income(key, label)],
      terms.field(stated, stated),
      {
        at: `${base}[*].income.${key}`,
        what: msg`按功能分类列示的${label}合计`,
      },
    );
  }
  for (const [key, label] of [
    ['basic', msg`基本支出`],
    ['project', msg`项目支出`],
    ['remittanceToSuperior', msg`上缴上级支出`],
    ['operating', msg`经营支出`],
    ['subsidyToSubordinate', msg`对附属单位补助支出`],
  ] as const) {
    const stated = `$.accounts.expenditure.${key}`;
    ties.tieSums(
      column('expenditure', key, label, (r) => r.expenditure[key]),
      [amount(stated, label, exp[key])],
      terms.field(stated, stated),
      {
        at: `${base}[*].expenditure.${key}`,
        what: msg`按功能分类列示的${label}合计`,
      },
    );
  }
  // Every 项 the 财政拨款 was spent under is a row of the 支出决算表 too.
  for (const fund of FUND_KEYS) {
    data.accounts[fund].items.forEach((item, i) => {
      if (!dec(item.actual).isZero() && !seen.has(item.code)) {
        errors.push({
          path: `$.accounts.${fund}.items[${i}].code`,
          message: msg`科目“${item.code}”有${FUND_LABEL[fund]}财政拨款支出${toAmount(item.actual)}万元，但${terms.field(base, ' accounts.byFunction ')}中没有这一项`,
        });
      }
    });
  }
}

/** The 基本 and 项目 parts of an item's 经济分类 split, as terms. */
function splitTerms(
  item: { code: string; economic?: { code: string; basic: number; project: number }[] | undefined },
  path: string,
  only?: 'basic',
): Term[] {
  return (item.economic ?? []).flatMap((e, k) => [
    amount(`${path}[${k}].basic`, msg`科目“${item.code}”的“${e.code}”类基本支出`, e.basic),
    ...(only ? [] : [amount(`${path}[${k}].project`, msg`科目“${item.code}”的“${e.code}”类项目支出`, e.project)]),
  ]);
}

function checkEconomicSplits(data: UnitYear, economicNames: EconomicNames, terms: FieldTerms, errors: Finding[], ties: Ties): void {
  for (const fund of FUND_KEYS) {
    data.accounts[fund].items.forEach((item, i) => {
      if (!item.economic) return;
      const path = `$.accounts.${fund}.items[${i}].economic`;
      checkEconomicCodes(item.economic, path, 'class', economicNames, errors);
      ties.tieSums(
        splitTerms(item, path),
        [amount(`$.accounts.${fund}.items[${i}].actual`, msg`科目“${item.code}”的决算数`, item.actual)],
        msg`该科目决算数`,
        { at: path, what: msg`科目“${item.code}”按经济分类列示的支出合计` },
      );
    });
  }
  const gb = data.accounts.generalBudget.items;
  if (gb.length > 0 && gb.every((item) => item.economic)) {
    const stated = '$.accounts.basicExpenditure.actual';
    ties.tieSums(
      gb.flatMap((item, i) => splitTerms(item, `$.accounts.generalBudget.items[${i}].economic`, 'basic')),
      [amount(stated, msg`一般公共预算财政拨款基本支出`, data.accounts.basicExpenditure.actual)],
      msg`一般公共预算财政拨款基本支出（${terms.field(stated)}）`,
      { at: '$.accounts.generalBudget.items[*].economic', what: msg`一般公共预算各科目按经济分类列示的基本支出合计` },
    );
  }
}

function checkBasicDetail(data: UnitYear, economicNames: EconomicNames, errors: Finding[], ties: Ties): void {
  const be = data.accounts.basicExpenditure;
  if (!be.economic) return;
  const base = '$.accounts.basicExpenditure.economic';
  checkEconomicCodes(be.economic, base, 'section', economicNames, errors);
  const sections = be.economic.map((e, k) => ({ e, term: amount(`${base}[${k}].amount`, msg`基本支出明细“${e.code}”款`, e.amount) }));
  const isPersonnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  ties.tie(
    amount('$.accounts.basicExpenditure.personnel', msg`人员经费`, be.personnel),
    sections.filter((s) => isPersonnel(s.e.code)).map((s) => s.term),
    msg`基本支出明细中301、303类各款之和`,
  );
  ties.tie(
    amount('$.accounts.basicExpenditure.publicCosts', msg`公用经费`, be.publicCosts),
    sections.filter((s) => !isPersonnel(s.e.code)).map((s) => s.term),
    msg`基本支出明细中其余各类各款之和`,
  );
  const gb = data.accounts.generalBudget.items;
  if (gb.length > 0 && gb.every((item) => item.economic)) {
    const classes = [
      ...new Set([...be.economic.map((e) => e.code.slice(0, 3)), ...gb.flatMap((item) => item.economic!.map((e) => e.code))]),
    ].sort();
    for (const cls of classes) {
      const byItems = gb.flatMap((item, i) =>
        splitTerms(item, `$.accounts.generalBudget.items[${i}].economic`, 'basic').filter((_, k) => item.economic![k]!.code === cls),
      );
      ties.tieSums(
        sections.filter((s) => s.e.code.startsWith(cls)).map((s) => s.term),
        byItems,
        msg`一般公共预算各科目该类基本支出之和`,
        { at: base, what: msg`基本支出明细中“${cls}”类各款之和` },
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

function checkFundBalances(data: UnitYear, ties: Ties): void {
  const a = data.accounts;
  const ft = a.fiscalTotals;
  const F = '$.accounts.fiscalTotals';
  const WORD = { openingByFund: msg`年初财政拨款结转和结余`, closingByFund: msg`年末财政拨款结转和结余` };
  /** A fund's part of the 年初 or 年末 balance; with no split given, a balance of 0 is 0 for every fund. */
  const part = (key: 'openingByFund' | 'closingByFund', fund: FundKey): Term | undefined => {
    const byFund = ft[key];
    const balance = key === 'openingByFund' ? 'openingBalance' : 'closingBalance';
    if (byFund) return amount(`${F}.${key}.${fund}`, msg`${FUND_LABEL[fund]}${WORD[key]}`, byFund[fund]);
    return ft[balance] === 0 ? amount(`${F}.${balance}`, WORD[key], 0) : undefined;
  };
  for (const key of ['openingByFund', 'closingByFund'] as const) {
    if (!ft[key]) continue;
    const balance = key === 'openingByFund' ? 'openingBalance' : 'closingBalance';
    ties.tie(
      amount(`${F}.${balance}`, WORD[key], ft[balance]),
      FUND_KEYS.map((f) => part(key, f)!),
      msg`各预算类别之和`,
      { at: `${F}.${key}` },
    );
  }
  for (const fund of FUND_KEYS) {
    const opening = part('openingByFund', fund);
    const closing = part('closingByFund', fund);
    if (!opening || !closing) return;
    // 年初 + 本年收入 − 本年支出 = 年末, for each budget (财政拨款收入支出决算总表).
    const income = amount(`$.accounts.income.${fund}`, msg`${FUND_LABEL[fund]}财政拨款收入`, a.income[fund]);
    const spent = amount(`$.accounts.${fund}.actual`, msg`${FUND_LABEL[fund]}财政拨款支出`, a[fund].actual);
    const expected = dec(opening.value).plus(income.value).minus(spent.value);
    ties.tieSums([opening, income], [spent, closing], msg`${FUND_LABEL[fund]}本年支出与年末结转和结余之和`, {
      at: ft.closingByFund ? `${F}.closingByFund.${fund}` : F,
      what: msg`${FUND_LABEL[fund]}年初结转和结余与本年收入之和`,
      message: () =>
        msg`${FUND_LABEL[fund]}财政拨款：年初结转和结余${toAmount(opening.value)}万元 + 本年收入${toAmount(income.value)}万元 − 本年支出${toAmount(spent.value)}万元 = ${toAmount(expected)}万元，应等于年末结转和结余${toAmount(closing.value)}万元`,
    });
  }
  for (const fund of ['governmentFund', 'stateCapital'] as const) {
    const items = a[fund].items;
    for (const [end, key] of [
      ['opening', 'openingByFund'],
      ['closing', 'closingByFund'],
    ] as const) {
      const balance = part(key, fund);
      if (!balance || !items.some((i) => i[end] !== undefined)) continue;
      ties.tieSums(
        items.flatMap((item, i) =>
          item[end] === undefined
            ? []
            : [amount(`$.accounts.${fund}.items[${i}].${end}`, msg`科目“${item.code}”的${WORD[key]}`, item[end])],
        ),
        [balance],
        end === 'opening' ? msg`该预算的年初财政拨款结转和结余` : msg`该预算的年末财政拨款结转和结余`,
        {
          at: `$.accounts.${fund}.items[*].${end}`,
          what: end === 'opening' ? msg`${FUND_LABEL[fund]}各科目年初结转和结余之和` : msg`${FUND_LABEL[fund]}各科目年末结转和结余之和`,
        },
      );
    }
  }
}

function checkVehicleBudgets(data: UnitYear, ties: Ties): void {
  const v = data.accounts.threePublic.vehicle;
  if (v.purchase.budget === undefined && v.operation.budget === undefined) return;
  const base = '$.accounts.threePublic.vehicle';
  ties.tie(
    amount(`${base}.budget`, msg`公务用车购置及运行维护费预算数`, v.budget),
    [
      amount(`${base}.purchase.budget`, msg`公务用车购置费预算数`, v.purchase.budget ?? 0),
      amount(`${base}.operation.budget`, msg`公务用车运行维护费预算数`, v.operation.budget ?? 0),
    ],
    msg`购置费与运行维护费预算数之和`,
  );
}
