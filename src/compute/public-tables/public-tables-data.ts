/**
 * Compute stage for 第五部分 附表: takes validated UnitYear data, the names of its functional
 * and economic codes and the pack's list of tables; returns, per table, its figures (exact
 * sums as Amount strings, rows by 功能分类 or 经济分类 code) and whether it is empty, or the
 * data fields it lacks. No words: the merge stage lays the figures out with the pack's.
 *
 * One fact, one field: every cell comes from the same fields the prose uses where the
 * prose states it (收入、支出 lines, 财政拨款 totals, 一般公共预算 items, 三公), and from
 * the detail fields (byFunction, items' economic split, basicExpenditure.economic, …)
 * otherwise; the checks tie the detail to the prose figures before this runs.
 */
import type { UnitYear, FunctionalItem } from '../../schema/unit-year.js';
import { Decimal, dec, sum, toAmount, type Amount } from '../decimal.js';
import type { CodeLevel, FunctionalNames } from '../functional-names.js';
import { functionalRows, type FunctionalRows } from './functional-rows.js';
import type { PublicTableId } from '../../tables/table-ids.js';
import { msg } from '../../text/msg.js';

export type FundKey = 'generalBudget' | 'governmentFund' | 'stateCapital';
export const FUND_KEYS: readonly FundKey[] = ['generalBudget', 'governmentFund', 'stateCapital'];
export const INCOME_KEYS = [
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'superiorSubsidy',
  'business',
  'operating',
  'subordinateRemittance',
  'other',
] as const;
export type IncomeKey = (typeof INCOME_KEYS)[number];
export const EXPENDITURE_KEYS = ['basic', 'project', 'remittanceToSuperior', 'operating', 'subsidyToSubordinate'] as const;

/** The figure of a line or column of a form that the unit has no money in (the forms print 0.00). */
export const NO_AMOUNT: Amount = toAmount(0);

export interface NamedAmount {
  code: string;
  name: string;
  amount: Amount;
}

export interface SummaryData {
  income: Record<IncomeKey, Amount>;
  currentIncome: Amount;
  nonFiscalBalanceUsed: Amount;
  opening: Amount;
  incomeTotal: Amount;
  /** 本年支出 by 类, all funds. */
  classes: NamedAmount[];
  currentExpenditure: Amount;
  balanceAllocation: Amount;
  closing: Amount;
  expenditureTotal: Amount;
}

export type ByFund = Record<'total' | FundKey, Amount>;

export const NO_AMOUNT_BY_FUND: ByFund = { total: NO_AMOUNT, generalBudget: NO_AMOUNT, governmentFund: NO_AMOUNT, stateCapital: NO_AMOUNT };

export interface FiscalSummaryData {
  income: Record<FundKey, Amount>;
  currentIncome: Amount;
  opening: ByFund;
  incomeTotal: Amount;
  classes: { code: string; name: string; values: ByFund }[];
  currentExpenditure: ByFund;
  closing: ByFund;
  expenditureTotal: Amount;
  /** 支出总计 in each column: 本年支出 + 年末结转和结余 of that budget. */
  expenditureTotalByFund: ByFund;
}

export interface EconomicDetailData {
  /** The 经济分类 类 with money in this table, in code order: its columns after 合计. */
  classes: { code: string; name: string }[];
  rows: FunctionalRows<string>;
}

/** An economic code's level: 类 (3 digits) or 款 (5). */
export type EconomicLevel = Exclude<CodeLevel, 'item'>;

export interface BasicDetailData {
  /** 301, 303 and their 款 (every catalog 款, zeros included). */
  personnel: { code: string; level: EconomicLevel; name: string; amount: Amount }[];
  /** 302, 310 and any other class with money, with their 款. */
  publicCosts: { code: string; level: EconomicLevel; name: string; amount: Amount }[];
  personnelTotal: Amount;
  publicCostsTotal: Amount;
}

export interface BudgetActual {
  budget: Amount;
  actual: Amount;
}

export interface ThreePublicData {
  total: BudgetActual;
  abroad: BudgetActual;
  vehicle: BudgetActual;
  purchase: BudgetActual;
  operation: BudgetActual;
  reception: BudgetActual;
}

export type PublicTableData =
  | { id: 'summary'; empty: false; data: SummaryData }
  | {
      id: 'income';
      empty: boolean;
      data: FunctionalRows<'total' | 'fiscal' | 'superiorSubsidy' | 'business' | 'operating' | 'subordinateRemittance' | 'other'>;
    }
  | {
      id: 'expenditure';
      empty: boolean;
      data: FunctionalRows<'total' | 'basic' | 'project' | 'remittanceToSuperior' | 'operating' | 'subsidyToSubordinate'>;
    }
  | { id: 'fiscalSummary'; empty: false; data: FiscalSummaryData }
  | { id: 'fiscalDetail' | 'generalBudgetDetail' | 'generalBudgetProject'; empty: boolean; data: EconomicDetailData }
  | { id: 'generalBudget' | 'stateCapitalExpenditure'; empty: boolean; data: FunctionalRows<'total' | 'basic' | 'project'> }
  | { id: 'basicDetail'; empty: boolean; data: BasicDetailData }
  | {
      id: 'governmentFund' | 'stateCapital';
      empty: boolean;
      data: FunctionalRows<'opening' | 'income' | 'total' | 'basic' | 'project' | 'closing'>;
    }
  | { id: 'threePublic' | 'threePublicGeneral' | 'threePublicFund'; empty: boolean; data: ThreePublicData };

export interface EconomicNames {
  name(code: string): string | undefined;
  /** Every 款 of a 类 in the catalog, in code order. */
  sectionsOf(classCode: string): { code: string; name: string }[];
}

type Data = UnitYear;
const PERSONNEL_CLASSES = ['301', '303'];
/** Note: the 基本支出 table's 310 panel lists the 款 a 基本支出 can have (SH1 prints this subset). */
const BASIC_CAPITAL_SECTIONS = new Set(['31001', '31002', '31003', '31007', '31013', '31019', '31021', '31022', '31099']);

const items = (data: Data, fund: FundKey): FunctionalItem[] => data.accounts[fund].items;
const fiscalItems = (data: Data) => FUND_KEYS.flatMap((fund) => items(data, fund).map((item) => ({ fund, item })));

function perFund<T>(value: (fund: FundKey) => T): Record<FundKey, T> {
  return { generalBudget: value('generalBudget'), governmentFund: value('governmentFund'), stateCapital: value('stateCapital') };
}

function byFundAmounts(values: Record<FundKey, number | Decimal>): ByFund {
  return {
    total: toAmount(sum(FUND_KEYS.map((k) => values[k]))),
    generalBudget: toAmount(values.generalBudget),
    governmentFund: toAmount(values.governmentFund),
    stateCapital: toAmount(values.stateCapital),
  };
}

function splitOf(item: FunctionalItem): { basic: Decimal; project: Decimal } {
  const economic = item.economic ?? [];
  return { basic: sum(economic.map((e) => e.basic)), project: sum(economic.map((e) => e.project)) };
}

function incomeTable(data: Data, names: FunctionalNames) {
  const keys = ['total', 'fiscal', 'superiorSubsidy', 'business', 'operating', 'subordinateRemittance', 'other'] as const;
  const lines = (data.accounts.byFunction ?? []).map((row) => {
    const i = row.income;
    return {
      code: row.code,
      values: { ...i, total: sum([i.fiscal, i.superiorSubsidy, i.business, i.operating, i.subordinateRemittance, i.other]) },
    };
  });
  return functionalRows(lines, keys, names);
}

function expenditureTable(data: Data, names: FunctionalNames) {
  const keys = ['total', ...EXPENDITURE_KEYS] as const;
  const lines = (data.accounts.byFunction ?? []).map((row) => {
    const e = row.expenditure;
    return { code: row.code, values: { ...e, total: sum(EXPENDITURE_KEYS.map((k) => e[k])) } };
  });
  return functionalRows(lines, keys, names);
}

function summaryTable(data: Data, expenditure: ReturnType<typeof expenditureTable>): SummaryData {
  const a = data.accounts;
  return {
    income: Object.fromEntries(INCOME_KEYS.map((k) => [k, toAmount(a.income[k])])) as Record<IncomeKey, Amount>,
    currentIncome: toAmount(a.income.total),
    nonFiscalBalanceUsed: toAmount(a.totals.nonFiscalBalanceUsed),
    opening: toAmount(a.totals.openingBalance),
    incomeTotal: toAmount(a.totals.income),
    classes: expenditure.rows.filter((r) => r.level === 'class').map((r) => ({ code: r.code, name: r.name, amount: r.values.total })),
    currentExpenditure: toAmount(a.expenditure.total),
    balanceAllocation: toAmount(a.totals.balanceAllocation),
    closing: toAmount(a.totals.closingBalance),
    expenditureTotal: toAmount(a.totals.expenditure),
  };
}

function fiscalSummaryTable(data: Data, names: FunctionalNames): FiscalSummaryData {
  const a = data.accounts;
  const ft = a.fiscalTotals;
  const classCodes = [...new Set(fiscalItems(data).map(({ item }) => item.code.slice(0, 3)))].sort();
  const classes = classCodes
    .map((code) => {
      const spent = (fund: FundKey) =>
        sum(
          items(data, fund)
            .filter((i) => i.code.startsWith(code))
            .map((i) => i.actual),
        );
      return { code, name: names.name(code) ?? code, values: byFundAmounts(perFund(spent)) };
    })
    .filter((c) => !dec(c.values.total).isZero());
  const fundOf = (given: Record<FundKey, number> | undefined, total: number): Record<FundKey, number> => {
    if (given) return given;
    // Note: without a breakdown the carry-over must be zero (missingDetail() asks for one otherwise).
    if (total !== 0) throw new Error(msg`财政拨款结转和结余缺少按预算类别的构成（应先由 missingDetail 发现）`);
    return { generalBudget: 0, governmentFund: 0, stateCapital: 0 };
  };
  const spent = perFund((fund) => a[fund].actual);
  const closing = fundOf(ft.closingByFund, ft.closingBalance);
  return {
    income: perFund((fund) => toAmount(a.income[fund])),
    currentIncome: toAmount(sum(FUND_KEYS.map((fund) => a.income[fund]))),
    opening: byFundAmounts(fundOf(ft.openingByFund, ft.openingBalance)),
    incomeTotal: toAmount(ft.income),
    classes,
    currentExpenditure: byFundAmounts(spent),
    closing: byFundAmounts(closing),
    expenditureTotal: toAmount(ft.expenditure),
    expenditureTotalByFund: byFundAmounts(perFund((fund) => dec(spent[fund]).plus(closing[fund]))),
  };
}

function economicDetail(
  lines: { code: string; economic: { code: string; amount: number | Decimal }[] }[],
  names: FunctionalNames,
  economicNames: EconomicNames,
): EconomicDetailData {
  const classCodes = [...new Set(lines.flatMap((l) => l.economic.filter((e) => !dec(e.amount).isZero()).map((e) => e.code)))].sort();
  const keys = ['total', ...classCodes];
  const rows = functionalRows(
    lines.map((l) => ({
      code: l.code,
      values: Object.fromEntries([
        ['total', sum(l.economic.map((e) => e.amount))] as const,
        ...classCodes.map((c) => [c, sum(l.economic.filter((e) => e.code === c).map((e) => e.amount))] as const),
      ]),
    })),
    keys,
    names,
  );
  return { classes: classCodes.map((code) => ({ code, name: economicNames.name(code) ?? code })), rows };
}

function fundTable(data: Data, fund: FundKey, names: FunctionalNames) {
  const keys = ['opening', 'income', 'total', 'basic', 'project', 'closing'] as const;
  const lines = items(data, fund).map((item) => {
    const { basic, project } = splitOf(item);
    const opening = dec(item.opening ?? 0);
    const closing = dec(item.closing ?? 0);
    // Note: a fund 项's 本年收入 is what it spent plus what it carries forward, less what it brought in.
    return {
      code: item.code,
      values: { opening, income: dec(item.actual).plus(closing).minus(opening), total: item.actual, basic, project, closing },
    };
  });
  return functionalRows(lines, keys, names);
}

function basicSplitTable(data: Data, fund: FundKey, names: FunctionalNames) {
  const keys = ['total', 'basic', 'project'] as const;
  const lines = items(data, fund).map((item) => ({ code: item.code, values: { total: item.actual, ...splitOf(item) } }));
  return functionalRows(lines, keys, names);
}

function basicDetailTable(data: Data, economicNames: EconomicNames): BasicDetailData {
  const given = data.accounts.basicExpenditure.economic ?? [];
  const amountOf = (code: string) =>
    sum(given.filter((e) => e.code === code || (code.length === 3 && e.code.startsWith(code))).map((e) => e.amount));
  const panel = (classCodes: string[], sectionFilter: (code: string) => boolean) =>
    classCodes.flatMap((cls) => [
      { code: cls, level: 'class' as const, name: economicNames.name(cls) ?? cls, amount: toAmount(amountOf(cls)) },
      ...economicNames
        .sectionsOf(cls)
        .filter((s) => sectionFilter(s.code) || !amountOf(s.code).isZero())
        .map((s) => ({ code: s.code, level: 'section' as const, name: s.name, amount: toAmount(amountOf(s.code)) })),
      // Note: a 款 the data gives that the catalog does not list still gets its row.
      ...given
        .filter((e) => e.code.startsWith(cls) && !economicNames.sectionsOf(cls).some((s) => s.code === e.code))
        .map((e) => ({ code: e.code, level: 'section' as const, name: economicNames.name(e.code) ?? e.code, amount: toAmount(e.amount) })),
    ]);
  const otherClasses = [...new Set(given.map((e) => e.code.slice(0, 3)))]
    .filter((c) => !PERSONNEL_CLASSES.includes(c) && c !== '302' && c !== '310')
    .sort();
  const personnel = panel(PERSONNEL_CLASSES, () => true);
  const publicCosts = [
    ...panel(['302'], () => true),
    ...panel(['310'], (code) => BASIC_CAPITAL_SECTIONS.has(code)),
    ...panel(otherClasses, () => false),
  ];
  return {
    personnel,
    publicCosts,
    personnelTotal: toAmount(sum(personnel.filter((r) => r.level === 'class').map((r) => dec(r.amount)))),
    publicCostsTotal: toAmount(sum(publicCosts.filter((r) => r.level === 'class').map((r) => dec(r.amount)))),
  };
}

function threePublicTable(data: Data, part: 'all' | 'general' | 'fund'): ThreePublicData {
  const tp = data.accounts.threePublic;
  const fundPart = tp.governmentFundPart;
  type Line = { actual: number | Decimal; budget: number | Decimal };
  const pick = (all: Line, fundLine: Line | undefined): BudgetActual => {
    const f = fundLine ?? { actual: 0, budget: 0 };
    if (part === 'all') return { budget: toAmount(all.budget), actual: toAmount(all.actual) };
    if (part === 'fund') return { budget: toAmount(f.budget), actual: toAmount(f.actual) };
    return { budget: toAmount(dec(all.budget).minus(f.budget)), actual: toAmount(dec(all.actual).minus(f.actual)) };
  };
  const purchase = { actual: tp.vehicle.purchase.actual, budget: tp.vehicle.purchase.budget ?? 0 };
  const operation = { actual: tp.vehicle.operation.actual, budget: tp.vehicle.operation.budget ?? 0 };
  const linesSum = (lines: Line[]): Line => ({ actual: sum(lines.map((l) => l.actual)), budget: sum(lines.map((l) => l.budget)) });
  const fundVehicle = fundPart && linesSum([fundPart.vehiclePurchase, fundPart.vehicleOperation]);
  const fundTotal = fundPart && fundVehicle && linesSum([fundPart.abroad, fundVehicle, fundPart.reception]);
  return {
    total: pick(tp.total, fundTotal),
    abroad: pick(tp.abroad, fundPart?.abroad),
    vehicle: pick(tp.vehicle, fundVehicle),
    purchase: pick(purchase, fundPart?.vehiclePurchase),
    operation: pick(operation, fundPart?.vehicleOperation),
    reception: pick(tp.reception, fundPart?.reception),
  };
}

const isEmptyRows = (rows: FunctionalRows<string>) => rows.rows.length === 0;
const isEmptyThreePublic = (t: ThreePublicData) => dec(t.total.actual).isZero() && dec(t.total.budget).isZero();

/** The figures of each listed table; call only when missingDetail() found nothing. */
export function buildPublicTablesData(
  data: Data,
  ids: readonly PublicTableId[],
  names: FunctionalNames,
  economicNames: EconomicNames,
): PublicTableData[] {
  // The 支出决算表's rows also give the 总表 its 类 lines: built once for both.
  let expenditureRows: ReturnType<typeof expenditureTable> | undefined;
  const expenditure = () => (expenditureRows ??= expenditureTable(data, names));
  return ids.map((id): PublicTableData => {
    switch (id) {
      case 'summary':
        return { id, empty: false, data: summaryTable(data, expenditure()) };
      case 'income': {
        const rows = incomeTable(data, names);
        return { id, empty: isEmptyRows(rows), data: rows };
      }
      case 'expenditure': {
        const rows = expenditure();
        return { id, empty: isEmptyRows(rows), data: rows };
      }
      case 'fiscalSummary':
        return { id, empty: false, data: fiscalSummaryTable(data, names) };
      case 'fiscalDetail':
      case 'generalBudgetDetail':
      case 'generalBudgetProject': {
        const funds: readonly FundKey[] = id === 'fiscalDetail' ? FUND_KEYS : ['generalBudget'];
        const lines = funds.flatMap((fund) =>
          items(data, fund).map((item) => ({
            code: item.code,
            economic: (item.economic ?? []).map((e) => ({
              code: e.code,
              amount: id === 'generalBudgetProject' ? e.project : dec(e.basic).plus(e.project),
            })),
          })),
        );
        const detail = economicDetail(lines, names, economicNames);
        return { id, empty: isEmptyRows(detail.rows), data: detail };
      }
      case 'generalBudget':
      case 'stateCapitalExpenditure': {
        const rows = basicSplitTable(data, id === 'generalBudget' ? 'generalBudget' : 'stateCapital', names);
        return { id, empty: isEmptyRows(rows), data: rows };
      }
      case 'basicDetail': {
        const detail = basicDetailTable(data, economicNames);
        return { id, empty: dec(detail.personnelTotal).plus(detail.publicCostsTotal).isZero(), data: detail };
      }
      case 'governmentFund':
      case 'stateCapital': {
        const rows = fundTable(data, id, names);
        return { id, empty: isEmptyRows(rows), data: rows };
      }
      case 'threePublic':
      case 'threePublicGeneral':
      case 'threePublicFund': {
        const table = threePublicTable(data, id === 'threePublic' ? 'all' : id === 'threePublicGeneral' ? 'general' : 'fund');
        return { id, empty: isEmptyThreePublic(table), data: table };
      }
    }
  });
}
