/**
 * Compute stage for the 部门决算说明: takes validated UnitYear data and the catalog;
 * returns the view model the templates place, with every share, change, rate and
 * direction word already worked out (templates and helpers do no arithmetic).
 */
import type { CatalogEntry } from '../schema/catalog.js';
import type { UnitYear } from '../schema/unit-year.js';
import { adjustment, completion, yearOnYear, type Change, type Completion } from './change.js';
import { dec, ratioPercent, sum, toAmount, toPercent, type Amount, type Percent } from './decimal.js';
import { className, describeItem } from './functional-labels.js';
import { shares, type SharePolicy } from './shares.js';

export interface SharePart {
  label: string;
  amount: Amount;
  /** null only when the total is zero. */
  share: Percent | null;
}

/** 收、支 pair with their changes; `equal` picks the "收、支总计均为" wording. */
export interface IncomeExpenditurePair {
  equal: boolean;
  income: Amount;
  expenditure: Amount;
  priorIncome: Amount;
  priorExpenditure: Amount;
  incomeChange: Change;
  expenditureChange: Change;
  /** Both sides changed the same way by the same amount ("各下降5.1万元"). */
  sameChange: boolean;
  reason: string | undefined;
}

export interface ItemLine {
  index: number;
  label: string;
  completion: Completion;
  reason: string | undefined;
}

export interface GlossaryEntry {
  label: string;
  definition: string;
}

function pair(current: { income: number; expenditure: number }, prior: { income: number; expenditure: number }, reason: string | undefined): IncomeExpenditurePair {
  const incomeChange = yearOnYear(current.income, prior.income);
  const expenditureChange = yearOnYear(current.expenditure, prior.expenditure);
  return {
    equal: current.income === current.expenditure && prior.income === prior.expenditure,
    income: toAmount(current.income),
    expenditure: toAmount(current.expenditure),
    priorIncome: toAmount(prior.income),
    priorExpenditure: toAmount(prior.expenditure),
    incomeChange,
    expenditureChange,
    sameChange: incomeChange.direction === expenditureChange.direction && incomeChange.amount === expenditureChange.amount && incomeChange.percent === expenditureChange.percent,
    reason,
  };
}

function shareParts(parts: { label: string; value: number }[], policy: SharePolicy): SharePart[] {
  const percents = shares(parts.map((p) => p.value), policy);
  return parts.map((p, i) => ({ label: p.label, amount: toAmount(p.value), share: percents[i] ?? null }));
}

function itemLines(items: UnitYear['accounts']['generalBudget']['items'], index: Map<string, CatalogEntry>): ItemLine[] {
  return items.map((item, i) => ({
    index: i + 1,
    label: describeItem(item, index).label,
    completion: completion(item.actual, item.budget),
    reason: item.reason,
  }));
}

/** Fixed 名词解释 terms of a template set, placed before and after the unit's items. */
export interface GlossaryWording {
  before: GlossaryEntry[];
  after: GlossaryEntry[];
}

function numbered<T>(list: readonly T[]): { n: number; text: T }[] {
  return list.map((text, i) => ({ n: i + 1, text }));
}

export function buildFinalAccountsView(data: UnitYear, index: Map<string, CatalogEntry>, wording: GlossaryWording, policy: SharePolicy = 'last-absorbs') {
  const { accounts: a, priorYear: p, changeReasons: why } = data;
  const year = data.year;
  const org = data.profile.organisation;
  const tp = a.threePublic;

  const income = shareParts(
    [
      { label: '一般公共预算财政拨款收入', value: a.income.generalBudget },
      { label: '政府性基金预算财政拨款收入', value: a.income.governmentFund },
      { label: '国有资本经营预算财政拨款收入', value: a.income.stateCapital },
      { label: '上级补助收入', value: a.income.superiorSubsidy },
      { label: '事业收入', value: a.income.business },
      { label: '经营收入', value: a.income.operating },
      { label: '附属单位上缴收入', value: a.income.subordinateRemittance },
      { label: '其他收入', value: a.income.other },
    ],
    policy,
  );
  const expenditure = shareParts(
    [
      { label: '基本支出', value: a.expenditure.basic },
      { label: '项目支出', value: a.expenditure.project },
      { label: '上缴上级支出', value: a.expenditure.remittanceToSuperior },
      { label: '经营支出', value: a.expenditure.operating },
      { label: '对附属单位补助支出', value: a.expenditure.subsidyToSubordinate },
    ],
    policy,
  );
  const classes = shareParts(
    a.generalBudget.classes.map((c) => ({ label: className(c.code, index), value: c.actual })),
    policy,
  );
  const threePublicParts = shareParts(
    [
      { label: '因公出国（境）费', value: tp.abroad.actual },
      { label: '公务用车购置及运行维护费', value: tp.vehicle.actual },
      { label: '公务接待费', value: tp.reception.actual },
    ],
    policy,
  );

  const usedItems = [...a.generalBudget.items, ...a.governmentFund.items, ...a.stateCapital.items];
  const glossaryItems: GlossaryEntry[] = usedItems.map((item) => {
    const d = describeItem(item, index);
    return { label: d.label, definition: d.definition ?? '' };
  });

  const vehiclesPurchased = tp.vehicle.purchase.sedan.count + tp.vehicle.purchase.suv.count + tp.vehicle.purchase.bus.count;
  const fleet = tp.vehicle.fleet;

  return {
    year,
    priorYearNumber: year - 1,
    unit: data.unit,
    profile: {
      duties: numbered(data.profile.duties),
      organisation: org,
      staffing: data.profile.staffing,
    },
    totals: pair(a.totals, p.totals, why.totals),
    carryOver: {
      any: [a.totals.openingBalance, a.totals.closingBalance, a.totals.nonFiscalBalanceUsed, a.totals.balanceAllocation].some((v) => v !== 0),
      opening: toAmount(a.totals.openingBalance),
      closing: toAmount(a.totals.closingBalance),
      nonFiscalBalanceUsed: toAmount(a.totals.nonFiscalBalanceUsed),
      balanceAllocation: toAmount(a.totals.balanceAllocation),
    },
    income: { total: toAmount(a.income.total), parts: income },
    expenditure: { total: toAmount(a.expenditure.total), parts: expenditure },
    fiscalTotals: pair(a.fiscalTotals, p.fiscalTotals, why.fiscalTotals),
    generalBudget: {
      actual: toAmount(a.generalBudget.actual),
      shareOfExpenditure: ratioPercent(a.generalBudget.actual, a.expenditure.total),
      change: yearOnYear(a.generalBudget.actual, p.generalBudgetExpenditure),
      changeReason: why.generalBudgetExpenditure,
      classes,
      completion: completion(a.generalBudget.actual, a.generalBudget.budget),
      budgetReason: a.generalBudget.reason,
      items: itemLines(a.generalBudget.items, index),
    },
    basic: {
      total: toAmount(a.basicExpenditure.actual),
      personnel: toAmount(a.basicExpenditure.personnel),
      personnelIncludes: a.basicExpenditure.personnelIncludes,
      publicCosts: toAmount(a.basicExpenditure.publicCosts),
      publicCostsIncludes: a.basicExpenditure.publicCostsIncludes,
    },
    threePublic: {
      completion: completion(tp.total.actual, tp.total.budget),
      change: yearOnYear(tp.total.actual, p.threePublic.total),
      changeReason: why.threePublic,
      parts: threePublicParts,
      abroad: {
        completion: completion(tp.abroad.actual, tp.abroad.budget),
        change: yearOnYear(tp.abroad.actual, p.threePublic.abroad),
        changeReason: why.abroad,
        groups: tp.abroad.groups,
        people: tp.abroad.people,
      },
      vehicle: {
        completion: completion(tp.vehicle.actual, tp.vehicle.budget),
        change: yearOnYear(tp.vehicle.actual, p.threePublic.vehicle),
        changeReason: why.vehicle,
        purchase: {
          actual: toAmount(tp.vehicle.purchase.actual),
          count: vehiclesPurchased,
          sedan: { count: tp.vehicle.purchase.sedan.count, amount: toAmount(tp.vehicle.purchase.sedan.amount) },
          suv: { count: tp.vehicle.purchase.suv.count, amount: toAmount(tp.vehicle.purchase.suv.amount) },
          bus: { count: tp.vehicle.purchase.bus.count, amount: toAmount(tp.vehicle.purchase.bus.amount) },
        },
        fleet: { total: fleet.sedan + fleet.suv + fleet.bus, ...fleet },
        operation: {
          actual: toAmount(tp.vehicle.operation.actual),
          insurance: toAmount(tp.vehicle.operation.insurance),
          fuel: toAmount(tp.vehicle.operation.fuel),
          repair: toAmount(tp.vehicle.operation.repair),
          other: tp.vehicle.operation.other === undefined ? undefined : toAmount(tp.vehicle.operation.other),
        },
      },
      reception: {
        completion: completion(tp.reception.actual, tp.reception.budget),
        change: yearOnYear(tp.reception.actual, p.threePublic.reception),
        changeReason: why.reception,
        domestic: { ...tp.reception.domestic, actual: toAmount(tp.reception.domestic.actual) },
        foreign: { ...tp.reception.foreign, actual: toAmount(tp.reception.foreign.actual) },
      },
    },
    governmentFund: { actual: toAmount(a.governmentFund.actual), items: itemLines(a.governmentFund.items, index) },
    stateCapital: { actual: toAmount(a.stateCapital.actual), items: itemLines(a.stateCapital.items, index) },
    operatingCosts: {
      amount: toAmount(a.operatingCosts),
      change: yearOnYear(a.operatingCosts, p.operatingCosts),
      reason: why.operatingCosts,
    },
    procurement: {
      total: toAmount(a.procurement.total),
      goods: toAmount(a.procurement.goods),
      works: toAmount(a.procurement.works),
      services: toAmount(a.procurement.services),
      purpose: a.procurement.purpose,
      sme: { amount: toAmount(a.procurement.smeContracts), share: ratioPercent(a.procurement.smeContracts, a.procurement.total) },
      smallMicro: { amount: toAmount(a.procurement.smallMicroContracts), share: ratioPercent(a.procurement.smallMicroContracts, a.procurement.total) },
    },
    assets: {
      asOf: chineseDate(a.assets.asOf),
      vehicles: a.assets.vehicles,
      equipmentOverMillion: a.assets.equipmentOverMillion,
    },
    glossary: numbered([...wording.before, ...glossaryItems, ...wording.after]),
    fundTotals: {
      /** For chart 5 and the 五（一） sentence: 一般公共预算财政拨款支出 of both years. */
      generalBudgetPrior: toAmount(p.generalBudgetExpenditure),
    },
    performance: performanceView(data),
    departmentEvaluation: departmentEvaluationView(data),
  };
}

export type FinalAccountsView = ReturnType<typeof buildFinalAccountsView>;

/** 2023-12-31 → 2023年12月31日 */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function projectGroup(group: UnitYear['departmentEvaluation']['projectAnalysis']['recurring']) {
  return { count: group.count, budget: toAmount(group.budget), progress: toPercent(dec(group.executionProgress)), highBalanceCount: group.highBalanceCount };
}

function projectSelfScore(project: UnitYear['projects'][number]): string {
  return sum([project.executionSelfScore, ...project.indicators.map((i) => i.selfScore)]).toString();
}

function performanceView(data: UnitYear) {
  const pm = data.performanceManagement;
  return {
    priorAssessmentProjects: pm.priorAssessmentProjects,
    targetProjects: pm.targetProjects,
    monitoredProjects: pm.monitoredProjects,
    evaluationScope: pm.evaluationScope,
    departmentScore: String(pm.departmentSelfScore),
    departmentSummary: pm.departmentSummary,
    // Note: the sentence that lists the self-evaluation reports names the projects in the
    // order the unit gave for 事前绩效评估 (as the reference does), then any others; the
    // scores that follow keep the order of the reports themselves.
    evaluatedProjectNames: [
      ...pm.priorAssessmentProjects.filter((name) => data.projects.some((p) => p.name === name)),
      ...data.projects.map((p) => p.name).filter((name) => !pm.priorAssessmentProjects.includes(name)),
    ],
    projects: data.projects.map((project) => ({
      name: project.name,
      score: projectSelfScore(project),
      summary: project.selfEvaluationSummary,
    })),
  };
}

function departmentEvaluationView(data: UnitYear) {
  const de = data.departmentEvaluation;
  const a = data.accounts;
  return {
    budgetIncome: completion(a.income.total, de.budgetIncome),
    budgetExpenditure: completion(a.expenditure.total, de.budgetExpenditure),
    overallAnalysis: numbered(
      de.overallAnalysis.map((section) => ({
        heading: section.heading,
        paragraphs: section.paragraphs,
        assetValue: section.assetValue && {
          asOf: section.assetValue.asOf,
          current: toAmount(section.assetValue.current),
          change: yearOnYear(section.assetValue.current, section.assetValue.prior),
        },
      })),
    ),
    projectAnalysis: {
      recurring: projectGroup(de.projectAnalysis.recurring),
      oneOff: projectGroup(de.projectAnalysis.oneOff),
      decision: de.projectAnalysis.decision,
      budget: adjustment(de.projectAnalysis.initialBudget, a.expenditure.project),
      targetAchievement: de.projectAnalysis.targetAchievement,
    },
    keyAreas: de.keyAreas,
    resultsApplication: de.resultsApplication,
    conclusion: de.conclusion,
    problems: de.problems,
    suggestions: de.suggestions,
  };
}
