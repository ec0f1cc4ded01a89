/**
 * Year-on-year change, budget completion and budget adjustment. Takes current/prior (or
 * actual/budget, initial/used) amounts in 万元; returns plain data for templates: amounts
 * and rates as fixed-point strings, and directions and comparisons as categories. The
 * words for them (增长/下降, 增加/减少, 大于/小于, 调增/调减) are the templates' and packs'.
 */
import { dec, ratioPercent, toAmount, TWO_HALF_UP, type Amount, type Percent, type Rounding } from './decimal.js';

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  direction: Direction;
  /** Absolute difference, e.g. "5.10" for 1163.82 against 1168.92. */
  amount: Amount;
  /** Absolute relative change; null when the prior value is 0 (no percentage exists). */
  percent: Percent | null;
  priorIsZero: boolean;
}

/** `how`: the decimals and rounding of the percentage (the unit's convention for changes; two, half up, by default). */
export function yearOnYear(current: number, prior: number, how: Rounding = TWO_HALF_UP): Change {
  const diff = dec(current).minus(dec(prior));
  const direction: Direction = diff.isZero() ? 'flat' : diff.isPositive() ? 'up' : 'down';
  return {
    direction,
    amount: toAmount(diff.abs()),
    percent: prior === 0 ? null : ratioPercent(diff.abs(), prior, how),
    priorIsZero: prior === 0,
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
}

/** `how`: the decimals and rounding of the rate (the unit's convention for completion rates; two, half up, by default). */
export function completion(actual: number, budget: number, how: Rounding = TWO_HALF_UP): Completion {
  const diff = dec(actual).minus(dec(budget));
  const comparison: BudgetComparison = diff.isZero() ? 'equal' : diff.isPositive() ? 'over' : 'under';
  return {
    actual: toAmount(actual),
    budget: toAmount(budget),
    difference: toAmount(diff.abs()),
    rate: ratioPercent(actual, budget, how),
    comparison,
  };
}

export interface BudgetAdjustment {
  initial: Amount;
  used: Amount;
  /** up: 调增, down: 调减, flat: no adjustment. */
  direction: Direction;
  amount: Amount;
}

/** 年初预算 against what was used: the direction and size of the adjustment. */
export function adjustment(initial: number, used: number): BudgetAdjustment {
  const change = yearOnYear(used, initial);
  return { initial: toAmount(initial), used: toAmount(used), direction: change.direction, amount: change.amount };
}

/**
 * How two changes of one pair compare, for "各下降5.1万元" / "各减少X、Y万元" / "收入总计增长X万元、
 * 支出总计增长Y万元，上年均为0" (both from a prior of 0: no rate for either) / separate clauses.
 */
export type PairChangeShape = 'identical' | 'sameDirection' | 'bothFromZero' | 'different';

export function pairChangeShape(a: Change, b: Change): PairChangeShape {
  if (a.direction === b.direction && a.amount === b.amount && a.percent === b.percent) return 'identical';
  if (a.priorIsZero && b.priorIsZero) return 'bothFromZero';
  if (a.direction === b.direction && a.direction !== 'flat' && a.percent !== null && b.percent !== null) return 'sameDirection';
  return 'different';
}
