/**
 * Checks of the projects' 自评表 data: weights that must total the full points, scores
 * that must not exceed their weights, fund sources that must add up to the 总额 (errors:
 * the unit is refused); and (warnings) self-scores that differ from the ones computed from
 * the 预算执行率 or the 完成值, and cells the form asks to fill that the data leaves empty:
 * the 原因 of a 预算执行率 below 90%, the 未完成原因分析 of an indicator that lost points, the
 * 年度目标完成情况 and the 项目实施内容及过程概述. Takes validated UnitYear data; returns Finding[],
 * each message in Chinese naming the project (and the indicator) with the JSON path apart.
 */
import { dec, sum, toAmount } from '../compute/decimal.js';
import { indicatorScore } from '../compute/indicator-score.js';
import { toPoints } from '../compute/points.js';
import { executionRate, executionScore } from '../compute/project-execution.js';
import { EXECUTION_RATE_NEEDING_REASON, PROJECT_FULL_POINTS } from '../compute/scoring-config.js';
import { QUALITATIVE, type Project, type UnitYear } from '../schema/unit-year.js';
import type { FieldTerms } from '../schema/field-terms.js';
import type { Finding } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const FUND_PARTS = ['fiscal', 'fiscalSpecialAccount', 'unitFunds', 'other'] as const;
const FUND_FIGURES = [
  ['initial', msg`年初预算`],
  ['adjusted', msg`调整后预算数`],
  ['executed', msg`预算执行数`],
] as const;

function weightErrors(project: Project, base: string): Finding[] {
  const indicators = sum(project.indicators.map((i) => i.weight));
  const total = indicators.plus(project.executionWeight);
  if (total.equals(PROJECT_FULL_POINTS)) return [];
  const expectedIndicators = dec(PROJECT_FULL_POINTS).minus(project.executionWeight);
  return [
    {
      path: `${base}.indicators`,
      message: msg`项目“${project.name}”的权重合计为${toPoints(total)}分（预算执行${toPoints(project.executionWeight)}分、绩效指标${toPoints(indicators)}分），应为${PROJECT_FULL_POINTS}分，即绩效指标权重合计应为${toPoints(expectedIndicators)}分`,
    },
  ];
}

function scoreErrors(project: Project, base: string): Finding[] {
  const errors: Finding[] = [];
  if (project.executionSelfScore > project.executionWeight) {
    errors.push({
      path: `${base}.executionSelfScore`,
      message: msg`项目“${project.name}”的预算执行得分${toPoints(project.executionSelfScore)}超过权重${toPoints(project.executionWeight)}`,
    });
  }
  project.indicators.forEach((indicator, k) => {
    if (indicator.selfScore > indicator.weight) {
      errors.push({
        path: `${base}.indicators[${k}].selfScore`,
        message: msg`项目“${project.name}”的指标“${indicator.name}”得分${toPoints(indicator.selfScore)}超过权重${toPoints(indicator.weight)}`,
      });
    }
  });
  return errors;
}

function fundErrors(project: Project, base: string): Finding[] {
  const b = project.budget;
  return FUND_FIGURES.flatMap(([figure, label]) => {
    const parts = sum(FUND_PARTS.map((part) => b[part]?.[figure] ?? 0));
    if (parts.equals(dec(b.total[figure]))) return [];
    return [
      {
        path: `${base}.budget.total.${figure}`,
        message: msg`项目“${project.name}”的${label}总额为${toAmount(b.total[figure])}万元，应等于财政资金、财政专户管理资金、单位资金和其他资金之和${toAmount(parts)}万元`,
      },
    ];
  });
}

/** Errors that refuse the unit. */
export function checkProjects(data: UnitYear, _context: CheckContext, { errors }: CheckResult): void {
  errors.push(...projectErrors(data));
}

function projectErrors(data: UnitYear): Finding[] {
  return data.projects.flatMap((project, i) => {
    const base = `$.projects[${i}]`;
    return [...weightErrors(project, base), ...scoreErrors(project, base), ...fundErrors(project, base)];
  });
}

function executionWarnings(project: Project, base: string, terms: FieldTerms): Finding[] {
  const rate = executionRate(project.budget.total);
  if (rate === null) {
    return [
      {
        path: `${base}.budget.total.adjusted`,
        message: msg`项目“${project.name}”的调整后预算数为0，无法计算预算执行率，预算执行得分按0分计`,
      },
    ];
  }
  const findings: Finding[] = [];
  const computed = executionScore(project.budget.total, project.executionWeight);
  if (!dec(computed).equals(dec(project.executionSelfScore))) {
    findings.push({
      path: `${base}.executionSelfScore`,
      message: msg`项目“${project.name}”的预算执行自评得分${toPoints(project.executionSelfScore)}与按预算执行率${rate}%计算的得分${computed}不一致，自评表按${computed}分计`,
    });
  }
  // The rate as the 自评表 prints it: 89.996% prints 90.00% and needs no reason.
  if (dec(rate).lessThan(EXECUTION_RATE_NEEDING_REASON) && project.executionReason === undefined) {
    findings.push({
      path: `${base}.executionReason`,
      message: msg`项目“${project.name}”的预算执行率为${rate}%，未达到${EXECUTION_RATE_NEEDING_REASON}%，自评表“原因”栏须说明原因（100字以内），请在${terms.field(`${base}.executionReason`, ' executionReason ')}中填写`,
    });
  }
  return findings;
}

/** "指标值≥200人" for a quantitative indicator, "定性指标值“优良”" for a qualitative one. */
function describeTarget(indicator: Project['indicators'][number]): string {
  if (indicator.operator === QUALITATIVE) return msg`定性指标值“${indicator.target}”`;
  return msg`指标值${indicator.operator}${indicator.target}${indicator.unit}`;
}

function indicatorWarnings(project: Project, base: string): Finding[] {
  return project.indicators.flatMap((indicator, k) => {
    const path = `${base}.indicators[${k}]`;
    const result = indicatorScore(indicator);
    if (result.kind === 'not-given') return [];
    if (result.kind === 'unreadable') {
      return [{ path: `${path}.actual`, message: msg`项目“${project.name}”的指标“${indicator.name}”无法按完成值计分：${result.reason}` }];
    }
    if (dec(result.score).equals(dec(indicator.selfScore))) return [];
    return [
      {
        path: `${path}.selfScore`,
        message: msg`项目“${project.name}”的指标“${indicator.name}”自评得分${toPoints(indicator.selfScore)}与按完成值“${indicator.actual}”（${describeTarget(indicator)}）计算的得分${result.score}不一致`,
      },
    ];
  });
}

/** An indicator that lost points (得分 below 权重, as the 自评表 prints both) with its 未完成原因分析 cell empty. */
function shortfallWarnings(project: Project, base: string, terms: FieldTerms): Finding[] {
  return project.indicators.flatMap((indicator, k) => {
    if (indicator.selfScore >= indicator.weight || indicator.shortfallReason !== undefined) return [];
    const path = `${base}.indicators[${k}].shortfallReason`;
    return [
      {
        path,
        message: msg`项目“${project.name}”的指标“${indicator.name}”得分${toPoints(indicator.selfScore)}低于权重${toPoints(indicator.weight)}，自评表“未完成原因分析”栏为空，请在${terms.field(path, ' shortfallReason ')}中说明原因`,
      },
    ];
  });
}

/**
 * Cells of the 自评表's 项目基本情况 the form asks to fill (the reference's form prints its
 * request in the first: "对照年度目标，说明相关任务目标的完成情况（100字以内）").
 */
const SUMMARY_CELLS = [
  ['goalCompletion', msg`年度目标完成情况`, msg`（对照年度目标，说明相关任务目标的完成情况，100字以内）`],
  ['implementationSummary', msg`项目实施内容及过程概述`, ''],
] as const;

function summaryWarnings(project: Project, base: string, terms: FieldTerms): Finding[] {
  return SUMMARY_CELLS.flatMap(([key, cell, asked]) => {
    if (project[key] !== undefined) return [];
    const path = `${base}.${key}`;
    return [{ path, message: msg`项目“${project.name}”的自评表“${cell}”栏为空，请在${terms.field(path, ` ${key} `)}中填写${asked}` }];
  });
}

/** Warnings for the reviewer: the unit is still generated. */
export function warnProjects(data: UnitYear, { terms }: CheckContext, { warnings }: CheckResult): void {
  warnings.push(...projectWarnings(data, terms));
}

function projectWarnings(data: UnitYear, terms: FieldTerms): Finding[] {
  return data.projects.flatMap((project, i) => {
    const base = `$.projects[${i}]`;
    return [
      ...executionWarnings(project, base, terms),
      ...summaryWarnings(project, base, terms),
      ...indicatorWarnings(project, base),
      ...shortfallWarnings(project, base, terms),
    ];
  });
}
