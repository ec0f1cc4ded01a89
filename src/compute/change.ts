/**
 * Year-on-year change, budget completion and budget adjustment, with the words the
 * sentences need. Takes current/prior (or actual/budget, initial/used) amounts in 万元;
 * returns plain data for templates.
 */
import { dec, ratioPercent, toAmount, type Amount, type Percent } from './decimal.js';

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  direction: Direction;
  /** Absolute difference, e.g. "5.10" for 1163.82 against 1168.92. */
  amount: Amount;
  /** Absolute relative change; null when the prior value is 0 (no percentage exists). */
  percent: Percent | null;
  priorIsZero: boolean;
  /** 增长 / 下降 / 持平 */
  growthWord: string;
  /** 增加 / 减少 / 持平 */
  amountWord: string;
}

export function yearOnYear(current: number, prior: number): Change {
  const diff = dec(current).minus(dec(prior));
  const direction: Direction = diff.isZero() ? 'flat' : diff.isPositive() ? 'up' : 'down';
  return {
    direction,
    amount: toAmount(diff.abs()),
    percent: prior === 0 ? null : ratioPercent(diff.abs(), prior),
    priorIsZero: prior === 0,
    growthWord: { up: '增长', down: '下降', flat: '持平' }[direction],
    amountWord: { up: '增加', down: '减少', flat: '持平' }[direction],
  };
}

export type BudgetComparison = 'equal' | 'over' | 'under';

export interface Completion {
  actual: Amount;
  budget: Amount;
  /** |actual − budget| */
  difference: Amount;
  /** actual / budget; null when the budget is 0. */
  rate: Percent | null;
  comparison: BudgetComparison;
  /** 持平 / 大于 / 小于, as in 决算数与预算数持平, 决算数大于预算数. */
  comparisonWord: string;
}

export function completion(actual: number, budget: number): Completion {
  const diff = dec(actual).minus(dec(budget));
  const comparison: BudgetComparison = diff.isZero() ? 'equal' : diff.isPositive() ? 'over' : 'under';
  return {
    actual: toAmount(actual),
    budget: toAmount(budget),
    difference: toAmount(diff.abs()),
    rate: ratioPercent(actual, budget),
    comparison,
    comparisonWord: { equal: '持平', over: '大于', under: '小于' }[comparison],
  };
}

/** 年初预算 against what was used: "调增/调减预算X万元". */
export function adjustment(initial: number, used: number) {
  const change = yearOnYear(used, initial);
  return {
    initial: toAmount(initial),
    used: toAmount(used),
    direction: change.direction,
    /** 调增 / 调减 */
    word: change.direction === 'down' ? '调减' : '调增',
    amount: change.amount,
  };
}
