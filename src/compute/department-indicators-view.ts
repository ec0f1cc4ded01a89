/**
 * Compute stage for the 部门整体支出绩效评价指标体系 table of 附件1: takes the data's
 * department indicators; returns the rows with the merged-cell spans of the 一级 and 二级
 * indicators, each group's weight sum for its label (部门预算管理（80分）), and the totals.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { sum } from './decimal.js';
import { commonDecimals, toPoints, type Points } from './points.js';
import { levelSpans } from './row-spans.js';

type DepartmentIndicators = NonNullable<UnitYear['departmentIndicators']>;

export interface DepartmentIndicatorRow {
  level1Span: number;
  level2Span: number;
  level1: string;
  /** Σ weights of the rows under this 一级 indicator. */
  level1Weight: Points;
  level2: string;
  level2Weight: Points;
  name: string;
  weight: Points;
  explanation: string;
  scoringRule: string;
  selfScore: Points;
  note: string | undefined;
}

export interface DepartmentIndicatorsView {
  title: string;
  rows: DepartmentIndicatorRow[];
  totalWeight: Points;
  totalScore: Points;
  /** Decimals the table prints every 自评得分 with (each row and 合计): see commonDecimals. */
  scoreDecimals: number;
}

export function buildDepartmentIndicatorsView(table: DepartmentIndicators): DepartmentIndicatorsView {
  const list = table.indicators;
  const spans = levelSpans(list);
  const weightOf = (match: (i: (typeof list)[number]) => boolean): Points => toPoints(sum(list.filter(match).map((i) => i.weight)));
  const rows = list.map((indicator, k): DepartmentIndicatorRow => ({
    ...spans[k]!,
    level1: indicator.level1,
    level1Weight: weightOf((i) => i.level1 === indicator.level1),
    level2: indicator.level2,
    level2Weight: weightOf((i) => i.level1 === indicator.level1 && i.level2 === indicator.level2),
    name: indicator.name,
    weight: toPoints(indicator.weight),
    explanation: indicator.explanation,
    scoringRule: indicator.scoringRule,
    selfScore: toPoints(indicator.selfScore),
    note: indicator.note,
  }));
  const totalScore = toPoints(sum(list.map((i) => i.selfScore)));
  return {
    title: table.title,
    rows,
    totalWeight: toPoints(sum(list.map((i) => i.weight))),
    totalScore,
    scoreDecimals: commonDecimals([...rows.map((r) => r.selfScore), totalScore]),
  };
}
