/**
 * Compute stage for the 专项预算项目绩效评价报告 and their 自评表: takes validated UnitYear
 * data; returns one view per project with the fund lines and their 预算执行率, the 预算执行
 * score, the indicator rows with their merged-cell spans, the weight and score totals, the
 * grade (a category) and the unit's statements for the report. Templates place these
 * values; they compute nothing.
 *
 * One score per project: `totalScore` is the computed 预算执行 score plus the indicators'
 * self-scores. The 自评表, the report and the 部门决算说明's 预算绩效管理情况 all print this
 * one figure; when the data's own 预算执行 self-score differs, the checks warn.
 */
import type { Project, ProjectStatements, UnitYear } from '../schema/unit-year.js';
import { dec, sum } from './decimal.js';
import { gradeFor } from './grade.js';
import { commonDecimals, toPoints, type Points } from './points.js';
import { buildExecutionView, executionScore, type ExecutionView } from './project-execution.js';
import { levelSpans } from './row-spans.js';
import type { Grade } from './scoring-config.js';

export interface IndicatorRow {
  /** Rows the 一级 cell spans; 0 when covered by the row above. */
  level1Span: number;
  level2Span: number;
  level1: string;
  level2: string;
  name: string;
  operator: string;
  target: string;
  unit: string;
  actual: string | undefined;
  weight: Points;
  selfScore: Points;
  shortfallReason: string | undefined;
}

/** Every statement key present (undefined when the unit gives none), for the templates. */
export type StatementsView = { [K in keyof Required<ProjectStatements>]: string | undefined };

export interface ProjectView {
  name: string;
  /** 项目名称 as the 自评表 prints it: code-title. */
  code: string;
  title: string;
  supervisor: string;
  implementer: string;
  annualGoal: string;
  goalCompletion: string | undefined;
  implementationSummary: string | undefined;
  execution: ExecutionView;
  indicators: IndicatorRow[];
  /** Rows of the 绩效指标 block in the 自评表: its header row and one per indicator. */
  indicatorBlockRowSpan: number;
  /** Σ indicator weights (the 绩效指标（90分） label). */
  indicatorWeight: Points;
  /** 预算执行 weight + indicator weights (the 合计 row). */
  totalWeight: Points;
  /** Computed 预算执行 score + indicator self-scores: the project's one score. */
  totalScore: Points;
  /** Decimals the 自评表 prints every 得分 with (预算执行, each indicator, 合计): see commonDecimals. */
  scoreDecimals: number;
  grade: Grade;
  report: Project['report'];
  statements: StatementsView;
  conclusion: string;
  problems: string[];
  improvements: string[];
  projectLeader: string;
  financeLeader: string;
  selfEvaluationSummary: string;
}

const STATEMENT_KEYS = [
  'fundManagement',
  'goalSetting',
  'presetQuestions',
  'evaluationSites',
  'evaluationMethod',
  'evaluationOrganisation',
  'decision',
  'management',
  'costControl',
  'implementationLead',
  'compliance',
] as const satisfies readonly (keyof ProjectStatements)[];

/** The unit's statements with the project's own where it gives them. */
function statementsFor(unitWide: ProjectStatements, own: ProjectStatements | undefined): StatementsView {
  return Object.fromEntries(STATEMENT_KEYS.map((key) => [key, own?.[key] ?? unitWide[key]])) as StatementsView;
}

function indicatorRows(project: Project): IndicatorRow[] {
  const list = project.indicators;
  const spans = levelSpans(list);
  return list.map((indicator, k) => ({
    ...spans[k]!,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    operator: indicator.operator,
    target: indicator.target,
    unit: indicator.unit,
    actual: indicator.actual,
    weight: toPoints(indicator.weight),
    selfScore: toPoints(indicator.selfScore),
    shortfallReason: indicator.shortfallReason,
  }));
}

/** The project's one score: computed 预算执行 score plus the indicators' self-scores. */
export function projectScore(project: Project): Points {
  const execution = executionScore(project.budget.total, project.executionWeight);
  return toPoints(sum([dec(execution), ...project.indicators.map((i) => i.selfScore)]));
}

function buildProjectView(data: UnitYear, project: Project): ProjectView {
  const execution = buildExecutionView(project);
  const indicatorWeight = sum(project.indicators.map((i) => i.weight));
  const totalScore = projectScore(project);
  const indicators = indicatorRows(project);
  return {
    name: project.name,
    code: project.code,
    title: project.title,
    supervisor: project.supervisor,
    implementer: project.implementer,
    annualGoal: project.annualGoal,
    goalCompletion: project.goalCompletion,
    implementationSummary: project.implementationSummary,
    execution,
    indicators,
    indicatorBlockRowSpan: project.indicators.length + 1,
    indicatorWeight: toPoints(indicatorWeight),
    totalWeight: toPoints(indicatorWeight.plus(project.executionWeight)),
    totalScore,
    scoreDecimals: commonDecimals([execution.score, ...indicators.map((i) => i.selfScore), totalScore]),
    grade: gradeFor(totalScore),
    report: project.report,
    statements: statementsFor(data.projectReportStatements, project.statements),
    conclusion: project.conclusion,
    problems: project.problems,
    improvements: project.improvements,
    projectLeader: project.projectLeader,
    financeLeader: project.financeLeader,
    selfEvaluationSummary: project.selfEvaluationSummary,
  };
}

export function buildProjectViews(data: UnitYear): ProjectView[] {
  return data.projects.map((project) => buildProjectView(data, project));
}
