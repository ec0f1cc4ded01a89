/**
 * 预算执行 of one project: per fund line the 预算执行率 (执行数 / 调整后预算数), the 预算执行
 * score from its weight, and the budget adjustment (调整后 − 年初). Takes a project's budget
 * lines and weight; returns plain data (amounts as two-decimal strings, rates as Percent or
 * null when 调整后预算数 is 0, scores as Points).
 */
import type { Project } from '../schema/unit-year.js';
import { Decimal, dec, ratioPercent, toAmount, type Amount, type Percent } from './decimal.js';
import { adjustment, type BudgetAdjustment } from './change.js';
import { toPoints, type Points } from './points.js';

type FundLine = Project['budget']['total'];

/** The fund lines of the 自评表's 预算执行 block; the pack's wording.json names them. */
export type FundLineKey = 'total' | 'fiscal' | 'fiscalSpecialAccount' | 'unitFunds' | 'other';

export interface FundLineView {
  key: FundLineKey;
  /**
   * false for the optional line (其他资金) when it has no money (left out, or all zero): the
   * form prints that row empty, while 财政专户管理资金 and 单位资金 print 0.00 (the reference's
   * 自评表; 大英县司法局 2023, https://dyxrmt.cn/article-157795-21.html; 青神县发展和改革局
   * 2023, https://www.scqs.gov.cn/info/13206/211004.htm: the form 510000_0013zp).
   */
  present: boolean;
  initial: Amount | null;
  adjusted: Amount | null;
  executed: Amount | null;
  /** 预算执行率; null when absent or 调整后预算数 is 0 (printed as a dash). */
  rate: Percent | null;
}

export interface ExecutionView {
  lines: FundLineView[];
  /** Rows of the 预算执行情况 block in the 自评表: its header row and one per fund line. */
  blockRowSpan: number;
  total: { initial: Amount; adjusted: Amount; executed: Amount; rate: Percent | null };
  /** 年初预算 > 0: the sentences say 年初预算安排…; otherwise 预算安排 + 调整后预算数. */
  hasInitialBudget: boolean;
  /** 调整后预算数 against 年初预算: direction (up 调增, down 调减) and the amount. */
  adjustment: BudgetAdjustment;
  weight: Points;
  /** Computed score; see executionScore. */
  score: Points;
  /** The 原因 cell's text of the data (a 预算执行率 below 90%, a budget adjusted during the year). */
  reason: string | undefined;
}

export function executionRate(line: FundLine): Percent | null {
  return ratioPercent(line.executed, line.adjusted);
}

/**
 * 预算执行 score = 执行数 / 调整后预算数 × weight, capped at the weight, rounded half-up to
 * two decimals. The exact ratio is used, not the rounded percentage, so the score is rounded
 * once.
 * Note: spending above the adjusted budget does not earn more than the weight (the cap), and
 * a zero 调整后预算数 has no rate and earns 0 points (the checks stage warns about it).
 */
export function executionScore(line: FundLine, weight: number): Points {
  if (dec(line.adjusted).isZero()) return toPoints(0);
  const earned = dec(line.executed).div(dec(line.adjusted)).times(dec(weight));
  return toPoints(Decimal.min(earned, dec(weight)));
}

const hasMoney = (line: FundLine): boolean => line.initial > 0 || line.adjusted > 0 || line.executed > 0;

function lineView(key: FundLineKey, line: FundLine | undefined, optional = false): FundLineView {
  if (!line || (optional && !hasMoney(line))) return { key, present: false, initial: null, adjusted: null, executed: null, rate: null };
  return {
    key,
    present: true,
    initial: toAmount(line.initial),
    adjusted: toAmount(line.adjusted),
    executed: toAmount(line.executed),
    rate: executionRate(line),
  };
}

export function buildExecutionView(project: Project): ExecutionView {
  const b = project.budget;
  const lines = [
    lineView('total', b.total),
    lineView('fiscal', b.fiscal),
    lineView('fiscalSpecialAccount', b.fiscalSpecialAccount),
    lineView('unitFunds', b.unitFunds),
    lineView('other', b.other, true),
  ];
  return {
    lines,
    blockRowSpan: lines.length + 1,
    total: {
      initial: toAmount(b.total.initial),
      adjusted: toAmount(b.total.adjusted),
      executed: toAmount(b.total.executed),
      rate: executionRate(b.total),
    },
    hasInitialBudget: b.total.initial > 0,
    adjustment: adjustment(b.total.initial, b.total.adjusted),
    weight: toPoints(project.executionWeight),
    score: executionScore(b.total, project.executionWeight),
    reason: project.executionReason,
  };
}
