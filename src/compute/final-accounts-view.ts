/**
 * Compute stage for the 部门决算说明 (or 单位决算说明): takes validated UnitYear data, the
 * names of its functional codes, the pack's fixed 名词解释 terms and the compute options
 * (the unit's number conventions: decimals, rounding, share policy); returns the FinalAccountsView the templates place, with
 * every share, change, rate and comparison already worked out. No words: parts carry a
 * key (the pack's wording.json names it) or a name taken from the data or the catalog;
 * directions and comparisons are categories.
 *
 * Every optional field is present in the view (as undefined), so the template check
 * (src/merge/template-check.ts) can tell a misspelt name from an absent value.
 */
import type { GlossaryTerm } from '../schema/glossary.js';
import type { UnitYear } from '../schema/unit-year.js';
import {
  adjustment,
  completion,
  pairChangeShape,
  yearOnYear,
  type BudgetAdjustment,
  type Change,
  type Completion,
  type PairChangeShape,
} from './change.js';
import { dec, ratioPercent, sum, toAmount, toPercent, type Amount, type Percent } from './decimal.js';
import type { FunctionalNames, ItemLabel } from './functional-names.js';
import { EXPENDITURE_KEYS, FUND_KEYS, INCOME_KEYS } from './public-tables/public-tables-data.js';
import { projectScore } from './project-view.js';
import { shares } from './shares.js';
import type { ResolvedNumbers } from '../schema/style.js';

export interface ComputeOptions {
  /** The unit's number conventions: decimals and rounding per kind of percentage, and the share policy. */
  numbers: Pick<ResolvedNumbers, 'change' | 'share' | 'completion'>;
}

export interface SharePart {
  /** For the fixed lines (收入、支出、三公): the key the pack's wording names; for a 类, its code. */
  key: string;
  /** For a 类: its name (data or catalog); undefined for the fixed lines. */
  name: string | undefined;
  amount: Amount;
  /** null only when the total is zero. */
  share: Percent | null;
}

export interface ShareList {
  total: Amount;
  parts: SharePart[];
  /** The non-zero parts, for a sentence that leaves zero lines out (all parts when every one is zero). */
  nonZero: SharePart[];
}

/** A 收、支 pair of totals this year and last, with their changes. */
export interface TotalsPair {
  income: Amount;
  expenditure: Amount;
  /** income = expenditure: "收、支总计均为…"; otherwise "各是A、B万元". */
  equal: boolean;
  priorIncome: Amount;
  priorExpenditure: Amount;
  incomeChange: Change;
  expenditureChange: Change;
  /** identical: "各下降5.1万元，下降0.44%"; sameDirection: "各减少X、Y万元，各下降P%、Q%"; different: one clause each. */
  changeShape: PairChangeShape;
  reason: string | undefined;
  /** The lines between 本年合计 and 总计 (年初/年末结转和结余 …); `any` false when all are zero. */
  carryOver: CarryOver;
}

export interface CarryOver {
  any: boolean;
  /** 本年收入合计 / 本年支出合计 */
  currentIncome: Amount;
  currentExpenditure: Amount;
  opening: Amount;
  closing: Amount;
  /** 使用非财政拨款结余 and 结余分配: only in the 收入支出决算总表 (zero for 财政拨款). */
  nonFiscalBalanceUsed: Amount;
  balanceAllocation: Amount;
}

export interface ItemLine {
  index: number;
  code: string;
  label: ItemLabel;
  completion: Completion;
  reason: string | undefined;
}

export interface GlossaryLine {
  n: number;
  /** A fixed term of the pack … */
  label: string | undefined;
  /** … or a functional item the unit spent on. */
  item: ItemLabel | undefined;
  definition: string;
}

export interface ChangeWithReason {
  change: Change;
  reason: string | undefined;
}

export interface BudgetedPart {
  completion: Completion;
  /** Why 决算数 differs from 预算数. */
  budgetReason: string | undefined;
  change: Change;
  /** Why it changed against the prior year. */
  changeReason: string | undefined;
}

/** A count (and an amount, where the sentence gives one) under a key the pack's wording names: 轿车2辆. */
export interface CountedPart {
  key: string;
  count: number;
  amount: Amount | undefined;
}

/** An amount under a key the pack's wording names: 油费1.2万元. */
export interface AmountPart {
  key: string;
  amount: Amount;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface ProjectGroupView {
  count: number;
  budget: Amount;
  progress: Percent;
  highBalanceCount: number;
}

export interface OverallAnalysisSection {
  n: number;
  heading: string | undefined;
  paragraphs: string[];
  assetValue: { asOf: string; current: Amount; change: Change } | undefined;
}

export interface DepartmentEvaluationView {
  budgetIncome: Completion;
  budgetExpenditure: Completion;
  overallAnalysis: OverallAnalysisSection[];
  projectAnalysis: {
    recurring: ProjectGroupView;
    oneOff: ProjectGroupView;
    decision: string[];
    budget: BudgetAdjustment;
    targetAchievement: string[];
  };
  keyAreas: string;
  resultsApplication: string[];
  conclusion: string;
  problems: string[];
  suggestions: string[];
}

export interface PerformanceView {
  priorAssessmentProjects: string[];
  targetProjects: number;
  monitoredProjects: number;
  evaluationScope: string;
  departmentScore: string;
  departmentSummary: string;
  /** Projects in the order the unit gave for 事前绩效评估, then any others. */
  evaluatedProjectNames: string[];
  projects: { name: string; score: string; summary: string }[];
}

export interface FinalAccountsView {
  year: number;
  priorYear: number;
  unit: UnitYear['unit'];
  profile: {
    duties: { n: number; text: string }[];
    organisation: {
      subordinateUnits: UnitYear['profile']['organisation']['subordinateUnits'];
      includedInAccounts: boolean;
      superior: string | undefined;
      coveredUnits: string[];
      internalDepartments: number;
      /** Names of the internal offices, when the data gives them (第一部分 lists them). */
      internalOffices: string[];
      grassrootsOffices: number | undefined;
      grassrootsOfficeName: string | undefined;
      affiliatedInstitutions: string[];
    };
    staffing: {
      asOf: string;
      authorized: { total: number; parts: { label: string; count: number }[] };
      onDuty: { total: number; parts: { label: string; count: number }[] };
    };
  };
  totals: TotalsPair;
  income: ShareList;
  expenditure: ShareList;
  fiscalTotals: TotalsPair;
  generalBudget: {
    actual: Amount;
    priorActual: Amount;
    shareOfExpenditure: Percent | null;
    change: Change;
    changeReason: string | undefined;
    classes: ShareList;
    completion: Completion;
    budgetReason: string | undefined;
    items: ItemLine[];
  };
  basic: { total: Amount; personnel: Amount; personnelIncludes: string; publicCosts: Amount; publicCostsIncludes: string };
  threePublic: BudgetedPart & {
    parts: ShareList;
    abroad: BudgetedPart & { groups: number; people: number };
    vehicle: BudgetedPart & {
      purchase: {
        actual: Amount;
        count: number;
        sedan: { count: number; amount: Amount };
        suv: { count: number; amount: Amount };
        bus: { count: number; amount: Amount };
        /** The kinds bought (count not 0), for a sentence that leaves the others out. */
        nonZero: CountedPart[];
      };
      fleet: { total: number; sedan: number; suv: number; bus: number; nonZero: CountedPart[] };
      operation: {
        actual: Amount;
        insurance: Amount;
        fuel: Amount;
        repair: Amount;
        other: Amount | undefined;
        /** The cost lines that are not 0. */
        nonZero: AmountPart[];
      };
    };
    reception: BudgetedPart & {
      domestic: { actual: Amount; batches: number; people: number; purpose: string | undefined; details: string | undefined };
      foreign: { actual: Amount; batches: number; people: number };
    };
  };
  governmentFund: { actual: Amount; items: ItemLine[] };
  stateCapital: { actual: Amount; items: ItemLine[] };
  operatingCosts: { amount: Amount; change: Change; reason: string | undefined };
  procurement: {
    total: Amount;
    goods: Amount;
    works: Amount;
    services: Amount;
    purpose: string | undefined;
    sme: { amount: Amount; share: Percent | null };
    smallMicro: { amount: Amount; share: Percent | null };
  };
  assets: {
    asOf: CalendarDate;
    vehicles: {
      total: number;
      leaders: number;
      confidential: number;
      emergency: number;
      lawEnforcement: number;
      specialProfessional: number | undefined;
      other: number;
      /** The kinds of vehicle held (count not 0). */
      nonZero: CountedPart[];
    };
    equipmentOverMillion: number;
  };
  glossary: GlossaryLine[];
  performance: PerformanceView;
  departmentEvaluation: DepartmentEvaluationView | undefined;
}

function shareList(total: number, parts: { key: string; name?: string; value: number }[], options: ComputeOptions): ShareList {
  const share = options.numbers.share;
  const percents = shares(
    parts.map((p) => p.value),
    share.policy,
    share,
  );
  const all: SharePart[] = parts.map((p, i) => ({ key: p.key, name: p.name, amount: toAmount(p.value), share: percents[i] ?? null }));
  // Note: a list whose every part is zero keeps them all in nonZero, so a sentence that leaves
  // zero lines out still says what each part was instead of ending at "其中：".
  const nonZero = all.filter((p) => !dec(p.amount).isZero());
  return { total: toAmount(total), parts: all, nonZero: nonZero.length > 0 ? nonZero : all };
}

interface CarryOverFigures {
  currentIncome: number;
  currentExpenditure: number;
  opening: number;
  closing: number;
  nonFiscalBalanceUsed: number;
  balanceAllocation: number;
}

function totalsPair(
  current: { income: number; expenditure: number },
  prior: { income: number; expenditure: number },
  reason: string | undefined,
  lines: CarryOverFigures,
  options: ComputeOptions,
): TotalsPair {
  const incomeChange = yearOnYear(current.income, prior.income, options.numbers.change);
  const expenditureChange = yearOnYear(current.expenditure, prior.expenditure, options.numbers.change);
  return {
    income: toAmount(current.income),
    expenditure: toAmount(current.expenditure),
    equal: dec(current.income).equals(dec(current.expenditure)),
    priorIncome: toAmount(prior.income),
    priorExpenditure: toAmount(prior.expenditure),
    incomeChange,
    expenditureChange,
    changeShape: pairChangeShape(incomeChange, expenditureChange),
    reason,
    carryOver: {
      any: [lines.opening, lines.closing, lines.nonFiscalBalanceUsed, lines.balanceAllocation].some((v) => v !== 0),
      currentIncome: toAmount(lines.currentIncome),
      currentExpenditure: toAmount(lines.currentExpenditure),
      opening: toAmount(lines.opening),
      closing: toAmount(lines.closing),
      nonFiscalBalanceUsed: toAmount(lines.nonFiscalBalanceUsed),
      balanceAllocation: toAmount(lines.balanceAllocation),
    },
  };
}

function itemLines(items: UnitYear['accounts']['generalBudget']['items'], names: FunctionalNames, options: ComputeOptions): ItemLine[] {
  return items.map((item, i) => ({
    index: i + 1,
    code: item.code,
    label: names.itemLabel(item.code),
    completion: completion(item.actual, item.budget, options.numbers.completion),
    reason: item.reason,
  }));
}

function budgetedPart(
  line: { actual: number; budget: number; reason?: string | undefined },
  prior: number,
  changeReason: string | undefined,
  options: ComputeOptions,
): BudgetedPart {
  return {
    completion: completion(line.actual, line.budget, options.numbers.completion),
    budgetReason: line.reason,
    change: yearOnYear(line.actual, prior, options.numbers.change),
    changeReason,
  };
}

function nonZeroCounts(parts: [key: string, count: number, amount?: number][]): CountedPart[] {
  return parts
    .filter(([, count]) => count !== 0)
    .map(([key, count, amount]) => ({ key, count, amount: amount === undefined ? undefined : toAmount(amount) }));
}

function nonZeroAmounts(parts: [key: string, amount: number | undefined][]): AmountPart[] {
  return parts.flatMap(([key, amount]) => (amount === undefined || amount === 0 ? [] : [{ key, amount: toAmount(amount) }]));
}

function numbered<T>(list: readonly T[]): { n: number; text: T }[] {
  return list.map((text, i) => ({ n: i + 1, text }));
}

/** 2023-12-31 → { year: 2023, month: 12, day: 31 }; the template words it. */
function calendarDate(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function buildFinalAccountsView(
  data: UnitYear,
  names: FunctionalNames,
  glossaryTerms: { before: readonly GlossaryTerm[]; after: readonly GlossaryTerm[] },
  options: ComputeOptions,
): FinalAccountsView {
  const { accounts: a, priorYear: p, changeReasons: why } = data;
  const org = data.profile.organisation;
  const staffing = data.profile.staffing;
  const tp = a.threePublic;
  const fiscalIncome = sum(FUND_KEYS.map((fund) => a.income[fund])).toNumber();
  const fiscalExpenditure = sum(FUND_KEYS.map((fund) => a[fund].actual)).toNumber();

  const usedItems = [...a.generalBudget.items, ...a.governmentFund.items, ...a.stateCapital.items];
  const glossaryLines = [
    ...glossaryTerms.before.map((t) => ({ label: t.label, item: undefined, definition: t.definition })),
    ...usedItems.map((item) => ({ label: undefined, item: names.itemLabel(item.code), definition: names.definition(item.code) ?? '' })),
    ...glossaryTerms.after.map((t) => ({ label: t.label, item: undefined, definition: t.definition })),
  ].map((line, i) => ({ n: i + 1, ...line }));

  const purchase = tp.vehicle.purchase;
  const fleet = tp.vehicle.fleet;
  const vehicles = a.assets.vehicles;

  return {
    year: data.year,
    priorYear: data.year - 1,
    unit: data.unit,
    profile: {
      duties: numbered(data.profile.duties),
      organisation: {
        subordinateUnits: org.subordinateUnits,
        includedInAccounts: org.includedInAccounts,
        superior: org.superior,
        coveredUnits: org.coveredUnits ?? [],
        internalDepartments: org.internalDepartments,
        internalOffices: org.internalOffices ?? [],
        grassrootsOffices: org.grassrootsOffices,
        grassrootsOfficeName: org.grassrootsOfficeName,
        affiliatedInstitutions: org.affiliatedInstitutions,
      },
      staffing: {
        asOf: staffing.asOf,
        authorized: { total: staffing.authorized.total, parts: staffing.authorized.parts },
        onDuty: { total: staffing.onDuty.total, parts: staffing.onDuty.parts },
      },
    },
    totals: totalsPair(
      a.totals,
      p.totals,
      why.totals,
      {
        currentIncome: a.income.total,
        currentExpenditure: a.expenditure.total,
        opening: a.totals.openingBalance,
        closing: a.totals.closingBalance,
        nonFiscalBalanceUsed: a.totals.nonFiscalBalanceUsed,
        balanceAllocation: a.totals.balanceAllocation,
      },
      options,
    ),
    income: shareList(
      a.income.total,
      INCOME_KEYS.map((key) => ({ key, value: a.income[key] })),
      options,
    ),
    expenditure: shareList(
      a.expenditure.total,
      EXPENDITURE_KEYS.map((key) => ({ key, value: a.expenditure[key] })),
      options,
    ),
    fiscalTotals: totalsPair(
      a.fiscalTotals,
      p.fiscalTotals,
      why.fiscalTotals,
      {
        currentIncome: fiscalIncome,
        currentExpenditure: fiscalExpenditure,
        opening: a.fiscalTotals.openingBalance,
        closing: a.fiscalTotals.closingBalance,
        nonFiscalBalanceUsed: 0,
        balanceAllocation: 0,
      },
      options,
    ),
    generalBudget: {
      actual: toAmount(a.generalBudget.actual),
      priorActual: toAmount(p.generalBudgetExpenditure),
      shareOfExpenditure: ratioPercent(a.generalBudget.actual, a.expenditure.total, options.numbers.share),
      change: yearOnYear(a.generalBudget.actual, p.generalBudgetExpenditure, options.numbers.change),
      changeReason: why.generalBudgetExpenditure,
      classes: shareList(
        a.generalBudget.actual,
        a.generalBudget.classes.map((c) => ({ key: c.code, name: names.classOf(c.code).name, value: c.actual })),
        options,
      ),
      completion: completion(a.generalBudget.actual, a.generalBudget.budget, options.numbers.completion),
      budgetReason: a.generalBudget.reason,
      items: itemLines(a.generalBudget.items, names, options),
    },
    basic: {
      total: toAmount(a.basicExpenditure.actual),
      personnel: toAmount(a.basicExpenditure.personnel),
      personnelIncludes: a.basicExpenditure.personnelIncludes,
      publicCosts: toAmount(a.basicExpenditure.publicCosts),
      publicCostsIncludes: a.basicExpenditure.publicCostsIncludes,
    },
    threePublic: {
      ...budgetedPart(tp.total, p.threePublic.total, why.threePublic, options),
      parts: shareList(
        tp.total.actual,
        [
          { key: 'abroad', value: tp.abroad.actual },
          { key: 'vehicle', value: tp.vehicle.actual },
          { key: 'reception', value: tp.reception.actual },
        ],
        options,
      ),
      abroad: { ...budgetedPart(tp.abroad, p.threePublic.abroad, why.abroad, options), groups: tp.abroad.groups, people: tp.abroad.people },
      vehicle: {
        ...budgetedPart(tp.vehicle, p.threePublic.vehicle, why.vehicle, options),
        purchase: {
          actual: toAmount(purchase.actual),
          count: purchase.sedan.count + purchase.suv.count + purchase.bus.count,
          sedan: { count: purchase.sedan.count, amount: toAmount(purchase.sedan.amount) },
          suv: { count: purchase.suv.count, amount: toAmount(purchase.suv.amount) },
          bus: { count: purchase.bus.count, amount: toAmount(purchase.bus.amount) },
          nonZero: nonZeroCounts([
            ['sedan', purchase.sedan.count, purchase.sedan.amount],
            ['suv', purchase.suv.count, purchase.suv.amount],
            ['bus', purchase.bus.count, purchase.bus.amount],
          ]),
        },
        fleet: {
          total: fleet.sedan + fleet.suv + fleet.bus,
          sedan: fleet.sedan,
          suv: fleet.suv,
          bus: fleet.bus,
          nonZero: nonZeroCounts([
            ['sedan', fleet.sedan],
            ['suv', fleet.suv],
            ['bus', fleet.bus],
          ]),
        },
        operation: {
          actual: toAmount(tp.vehicle.operation.actual),
          insurance: toAmount(tp.vehicle.operation.insurance),
          fuel: toAmount(tp.vehicle.operation.fuel),
          repair: toAmount(tp.vehicle.operation.repair),
          other: tp.vehicle.operation.other === undefined ? undefined : toAmount(tp.vehicle.operation.other),
          nonZero: nonZeroAmounts([
            ['insurance', tp.vehicle.operation.insurance],
            ['fuel', tp.vehicle.operation.fuel],
            ['repair', tp.vehicle.operation.repair],
            ['other', tp.vehicle.operation.other],
          ]),
        },
      },
      reception: {
        ...budgetedPart(tp.reception, p.threePublic.reception, why.reception, options),
        domestic: {
          actual: toAmount(tp.reception.domestic.actual),
          batches: tp.reception.domestic.batches,
          people: tp.reception.domestic.people,
          purpose: tp.reception.domestic.purpose,
          details: tp.reception.domestic.details,
        },
        foreign: {
          actual: toAmount(tp.reception.foreign.actual),
          batches: tp.reception.foreign.batches,
          people: tp.reception.foreign.people,
        },
      },
    },
    governmentFund: { actual: toAmount(a.governmentFund.actual), items: itemLines(a.governmentFund.items, names, options) },
    stateCapital: { actual: toAmount(a.stateCapital.actual), items: itemLines(a.stateCapital.items, names, options) },
    operatingCosts: {
      amount: toAmount(a.operatingCosts),
      change: yearOnYear(a.operatingCosts, p.operatingCosts, options.numbers.change),
      reason: why.operatingCosts,
    },
    procurement: {
      total: toAmount(a.procurement.total),
      goods: toAmount(a.procurement.goods),
      works: toAmount(a.procurement.works),
      services: toAmount(a.procurement.services),
      purpose: a.procurement.purpose,
      sme: {
        amount: toAmount(a.procurement.smeContracts),
        share: ratioPercent(a.procurement.smeContracts, a.procurement.total, options.numbers.share),
      },
      smallMicro: {
        amount: toAmount(a.procurement.smallMicroContracts),
        share: ratioPercent(a.procurement.smallMicroContracts, a.procurement.total, options.numbers.share),
      },
    },
    assets: {
      asOf: calendarDate(a.assets.asOf),
      vehicles: {
        total: vehicles.total,
        leaders: vehicles.leaders,
        confidential: vehicles.confidential,
        emergency: vehicles.emergency,
        lawEnforcement: vehicles.lawEnforcement,
        specialProfessional: vehicles.specialProfessional,
        other: vehicles.other,
        nonZero: nonZeroCounts([
          ['leaders', vehicles.leaders],
          ['confidential', vehicles.confidential],
          ['emergency', vehicles.emergency],
          ['lawEnforcement', vehicles.lawEnforcement],
          ['specialProfessional', vehicles.specialProfessional ?? 0],
          ['other', vehicles.other],
        ]),
      },
      equipmentOverMillion: a.assets.equipmentOverMillion,
    },
    glossary: glossaryLines,
    performance: performanceView(data),
    departmentEvaluation: data.departmentEvaluation && departmentEvaluationView(data, data.departmentEvaluation, options),
  };
}

function projectGroup(group: NonNullable<UnitYear['departmentEvaluation']>['projectAnalysis']['recurring']): ProjectGroupView {
  return {
    count: group.count,
    budget: toAmount(group.budget),
    progress: toPercent(dec(group.executionProgress)),
    highBalanceCount: group.highBalanceCount,
  };
}

function performanceView(data: UnitYear): PerformanceView {
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
      score: projectScore(project),
      summary: project.selfEvaluationSummary,
    })),
  };
}

function departmentEvaluationView(
  data: UnitYear,
  de: NonNullable<UnitYear['departmentEvaluation']>,
  options: ComputeOptions,
): DepartmentEvaluationView {
  const a = data.accounts;
  return {
    budgetIncome: completion(a.income.total, de.budgetIncome, options.numbers.completion),
    budgetExpenditure: completion(a.expenditure.total, de.budgetExpenditure, options.numbers.completion),
    overallAnalysis: de.overallAnalysis.map((section, i) => ({
      n: i + 1,
      heading: section.heading,
      paragraphs: section.paragraphs,
      assetValue: section.assetValue && {
        asOf: section.assetValue.asOf,
        current: toAmount(section.assetValue.current),
        change: yearOnYear(section.assetValue.current, section.assetValue.prior, options.numbers.change),
      },
    })),
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
