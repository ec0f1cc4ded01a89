/**
 * Compute stage for the 专项预算项目绩效评价报告 and their 自评表: takes validated UnitYear
 * data; returns one view per project with the fund lines and their 预算执行率, the 预算执行
 * score, the indicator rows with their merged-cell spans, the weight and score totals, the
 * grade and the document title. Templates place these values; they compute nothing.
 */
import type { Project, UnitYear } from '../schema/unit-year.js';
import { dec, sum } from './decimal.js';
import { gradeFor } from './grade.js';
import { toPoints, type Points } from './points.js';
import { buildExecutionView, type ExecutionView } from './project-execution.js';
import { levelSpans } from './row-spans.js';

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

export interface ProjectView {
  name: string;
  /** 项目名称 as the 自评表 prints it: code-title. */
  fullName: string;
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
  /** Computed 预算执行 score + indicator self-scores. */
  totalScore: Points;
  grade: string;
  report: Project['report'];
  conclusion: string;
  problems: string[];
  improvements: string[];
  projectLeader: string;
  financeLeader: string;
  /** <unit><year>年度专项预算项目绩效评价报告（<project>）: document title and file name. */
  documentTitle: string;
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

function projectReportTitle(data: UnitYear, project: Project): string {
  return `${data.unit.name}${data.year}年度专项预算项目绩效评价报告（${project.name}）`;
}

function buildProjectView(data: UnitYear, project: Project): ProjectView {
  const execution = buildExecutionView(project);
  const indicatorWeight = sum(project.indicators.map((i) => i.weight));
  // Note: the total uses the computed 预算执行 score, not executionSelfScore; the checks stage
  // warns when the two differ, so the 自评表 never shows a total its rows do not add up to.
  const totalScore = sum([dec(execution.score), ...project.indicators.map((i) => i.selfScore)]);
  return {
    name: project.name,
    fullName: `${project.code}-${project.title}`,
    supervisor: project.supervisor,
    implementer: project.implementer,
    annualGoal: project.annualGoal,
    goalCompletion: project.goalCompletion,
    implementationSummary: project.implementationSummary,
    execution,
    indicators: indicatorRows(project),
    indicatorBlockRowSpan: project.indicators.length + 1,
    indicatorWeight: toPoints(indicatorWeight),
    totalWeight: toPoints(indicatorWeight.plus(project.executionWeight)),
    totalScore: toPoints(totalScore),
    grade: gradeFor(totalScore),
    report: project.report,
    conclusion: project.conclusion,
    problems: project.problems,
    improvements: project.improvements,
    projectLeader: project.projectLeader,
    financeLeader: project.financeLeader,
    documentTitle: projectReportTitle(data, project),
  };
}

export function buildProjectViews(data: UnitYear): ProjectView[] {
  return data.projects.map((project) => buildProjectView(data, project));
}
