/**
 * The draft of a new year for the fill-in workbook, made from last year's data: last year's
 * actuals become this year's 上年数 (priorYear), and what rarely changes is copied for the
 * clerk to revise — the unit's names and options, its duties, organisation and staffing, the
 * narratives and statements, the 功能分类 codes it spent under, its projects with their
 * indicators. This year's figures, the facts' values, the reasons for changes, indicator
 * results and scores are left blank: a stale figure must never pass for a new one.
 * Takes last year's data as written (JSON, before defaults) and the new year; returns the
 * draft (not valid data until filled in).
 */
import type { Json } from './values.js';

type Obj = Record<string, Json>;

const obj = (v: Json): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: Json): Json[] => (Array.isArray(v) ? v : []);

/** Copies the named keys that are present. */
function pick(source: Obj, keys: readonly string[]): Obj {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

/** A list of 功能分类 items with their codes and own names, figures blank. */
function itemCodes(items: Json): Obj[] {
  return list(items).map((item) => pick(obj(item), ['code', 'name', 'definition']));
}

function priorYearFrom(accounts: Obj): Obj {
  const totals = obj(accounts.totals);
  const fiscal = obj(accounts.fiscalTotals);
  const tp = obj(accounts.threePublic);
  const actual = (v: Json) => obj(v).actual;
  return {
    totals: { income: totals.income, expenditure: totals.expenditure },
    fiscalTotals: { income: fiscal.income, expenditure: fiscal.expenditure },
    generalBudgetExpenditure: actual(accounts.generalBudget),
    threePublic: { total: actual(tp.total), abroad: actual(tp.abroad), vehicle: actual(tp.vehicle), reception: actual(tp.reception) },
    operatingCosts: accounts.operatingCosts,
  };
}

function projectDraft(project: Json): Obj {
  const p = obj(project);
  return {
    ...pick(p, [
      'name',
      'code',
      'title',
      'supervisor',
      'implementer',
      'annualGoal',
      'projectLeader',
      'financeLeader',
      'executionWeight',
      'statements',
      'conclusion',
      'problems',
      'improvements',
      'selfEvaluationSummary',
    ]),
    indicators: list(p.indicators).map((i) => pick(obj(i), ['level1', 'level2', 'name', 'operator', 'target', 'unit', 'weight'])),
    report: pick(obj(p.report), ['usage', 'basis', 'content', 'purpose', 'goals', 'results', 'duration', 'suggestions']),
  };
}

function departmentEvaluationDraft(evaluation: Obj): Obj {
  const analysis = obj(evaluation.projectAnalysis);
  return {
    overallAnalysis: list(evaluation.overallAnalysis).map((section) => {
      const s = obj(section);
      const asset = obj(s.assetValue);
      return { ...pick(s, ['heading', 'paragraphs']), ...(s.assetValue !== undefined ? { assetValue: { prior: asset.current } } : {}) };
    }),
    projectAnalysis: pick(analysis, ['decision', 'targetAchievement']),
    ...pick(evaluation, ['keyAreas', 'resultsApplication', 'conclusion', 'problems', 'suggestions']),
  };
}

export function draftFromPriorYear(prior: Json, year: number): Obj {
  const p = obj(prior);
  const accounts = obj(p.accounts);
  const fund = (key: string) => ({ items: itemCodes(obj(accounts[key]).items) });
  const draft: Obj = {
    ...pick(p, ['pack', 'templateSet', 'options', 'level', 'sharePolicy']),
    year,
    unit: p.unit,
    facts: Object.fromEntries(Object.keys(obj(p.facts)).map((name) => [name, undefined])),
    profile: p.profile,
    accounts: {
      generalBudget: {
        classes: list(obj(accounts.generalBudget).classes).map((c) => pick(obj(c), ['code'])),
        items: itemCodes(obj(accounts.generalBudget).items),
      },
      governmentFund: fund('governmentFund'),
      stateCapital: fund('stateCapital'),
      basicExpenditure: pick(obj(accounts.basicExpenditure), ['personnelIncludes', 'publicCostsIncludes']),
      threePublic: { reception: { domestic: pick(obj(obj(obj(accounts.threePublic).reception).domestic), ['purpose']) } },
      procurement: pick(obj(accounts.procurement), ['purpose']),
    },
    ...pick(p, ['functionalCodes', 'projectReportStatements']),
    priorYear: priorYearFrom(accounts),
    performanceManagement: pick(obj(p.performanceManagement), ['priorAssessmentProjects', 'evaluationScope', 'departmentSummary']),
    projects: list(p.projects).map(projectDraft),
  };
  if (p.departmentEvaluation !== undefined) draft.departmentEvaluation = departmentEvaluationDraft(obj(p.departmentEvaluation));
  if (p.departmentIndicators !== undefined) {
    const di = obj(p.departmentIndicators);
    draft.departmentIndicators = {
      title: di.title,
      indicators: list(di.indicators).map((i) =>
        pick(obj(i), ['level1', 'level2', 'name', 'weight', 'explanation', 'scoringRule', 'note']),
      ),
    };
  }
  return draft;
}
