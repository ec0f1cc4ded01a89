/**
 * The score an indicator earns from its 完成值 (actual), to compare with the self-score.
 * Takes one indicator and the qualitative fractions (default QUALITATIVE_FRACTIONS); returns
 * 'not-given' when the data has no 完成值, 'unreadable' with the reason when it cannot be
 * scored, or the computed score in points.
 *
 * Rules:
 * - ≥ (at least): met when actual ≥ target → full weight; otherwise weight × actual / target.
 * - ≤ (at most):  met when actual ≤ target → full weight; otherwise weight × target / actual.
 * - = (exactly):  met when actual = target → full weight; otherwise proportional to
 *   closeness, weight × (1 − |actual − target| / |target|), never below 0.
 * - 定性: the fraction of the weight configured for the result's rank among the data
 *   format's result words (优 1, 良 0.8, 中 0.6, 低 0.4, 差 0.2 by default).
 * Scores are rounded half-up to two decimals.
 */
import { QUALITATIVE, QUALITATIVE_RESULTS, type Indicator } from '../schema/unit-year.js';
import { Decimal, dec } from './decimal.js';
import { toPoints, type Points } from './points.js';
import { QUALITATIVE_FRACTIONS } from './scoring-config.js';
import { msg } from '../text/msg.js';

export type IndicatorScore =
  { kind: 'not-given' } | { kind: 'unreadable'; reason: string } | { kind: 'scored'; score: Points; met: boolean };

/** "95", "0.2", "1726" and, for percentages, "96%"; anything else is not a number. */
const NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

function readNumber(text: string): Decimal | null {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? dec(trimmed.replace(/%$/, '')) : null;
}

function proportion(operator: '≥' | '≤' | '=', actual: Decimal, target: Decimal): Decimal {
  switch (operator) {
    case '≥':
      if (actual.greaterThanOrEqualTo(target)) return new Decimal(1);
      // Note: target > actual ≥ 0 here, so the division is safe unless actual is negative.
      return Decimal.max(actual.div(target), 0);
    case '≤':
      if (actual.lessThanOrEqualTo(target)) return new Decimal(1);
      // actual > target, so actual is not 0.
      return Decimal.max(target.div(actual), 0);
    case '=':
      if (actual.equals(target)) return new Decimal(1);
      // Note: a target of 0 missed by any amount earns nothing (no closeness is defined).
      if (target.isZero()) return new Decimal(0);
      return Decimal.max(new Decimal(1).minus(actual.minus(target).abs().div(target.abs())), 0);
  }
}

export function indicatorScore(indicator: Indicator, fractions: readonly number[] = QUALITATIVE_FRACTIONS): IndicatorScore {
  if (indicator.actual === undefined) return { kind: 'not-given' };
  const weight = dec(indicator.weight);
  if (indicator.operator === QUALITATIVE) {
    const rank = (QUALITATIVE_RESULTS as readonly string[]).indexOf(indicator.actual);
    const fraction = rank < 0 ? undefined : fractions[rank];
    if (fraction === undefined) {
      return {
        kind: 'unreadable',
        reason: msg`定性指标的完成值应为${QUALITATIVE_RESULTS.slice(0, fractions.length).join('、')}之一，实际为“${indicator.actual}”`,
      };
    }
    return { kind: 'scored', score: toPoints(weight.times(dec(fraction))), met: fraction === 1 };
  }
  const actual = readNumber(indicator.actual);
  const target = readNumber(indicator.target);
  if (!actual) return { kind: 'unreadable', reason: msg`完成值“${indicator.actual}”不是数字` };
  if (!target) return { kind: 'unreadable', reason: msg`指标值“${indicator.target}”不是数字` };
  const share = proportion(indicator.operator, actual, target);
  return { kind: 'scored', score: toPoints(weight.times(share)), met: share.equals(1) };
}
