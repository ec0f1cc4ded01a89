/**
 * Shares of one total. Takes the parts and a policy; returns one Percent per part (null for
 * every part when the total is zero).
 *
 * Policies (ARCHITECTURE.md §3):
 * - 'independent' (default): every share is its own amount ÷ total, rounded half-up, as a
 *   reviewer with a calculator recomputes it; the shares may add up to 99.99% or 100.01%.
 * The two sum-to-100 policies, for units whose published documents make each list add up
 * to exactly 100.00%:
 * - 'last-absorbs' (the reference's way): every share is rounded half-up, and the
 *   last non-zero part takes 100 minus the others (住房保障支出 5.37% in the reference,
 *   where 62.4 / 1163.82 alone rounds to 5.36%). When that would leave the last part
 *   below zero (many tiny parts rounded up, e.g. 9995 and ten parts of 0.5), the policy
 *   falls back to largest remainder: no share is ever negative.
 * - 'largest-remainder': floor every share to 0.01 and hand the missing hundredths to the
 *   parts with the largest remainders (ties: the earlier part).
 * Zero parts always get 0.00%.
 */
import { Decimal, dec, sum, toPercent, type Percent } from './decimal.js';

import type { SharePolicy } from '../schema/unit-year.js';

export type { SharePolicy };

export function shares(parts: number[], policy: SharePolicy = 'independent'): (Percent | null)[] {
  const total = sum(parts);
  if (total.isZero()) return parts.map(() => null);
  if (parts.some((p) => p < 0)) throw new Error('shares: parts must not be negative');
  const exact = parts.map((p) => dec(p).div(total).times(100));
  if (policy === 'independent') return exact.map((e) => toPercent(e));
  return policy === 'last-absorbs' ? lastAbsorbs(parts, exact) : largestRemainder(parts, exact);
}

function lastAbsorbs(parts: number[], exact: Decimal[]): Percent[] {
  const rounded = exact.map((e) => e.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const last = lastNonZeroIndex(parts);
  const others = sum(rounded.filter((_, i) => i !== last));
  const lastShare = new Decimal(100).minus(others);
  rounded[last] = lastShare;
  if (lastShare.isNegative()) return largestRemainder(parts, exact);
  return rounded.map((r) => toPercent(r));
}

function largestRemainder(parts: number[], exact: Decimal[]): Percent[] {
  const floors = exact.map((e) => e.toDecimalPlaces(2, Decimal.ROUND_DOWN));
  const missingHundredths = new Decimal(100).minus(sum(floors)).times(100).toNumber();
  const order = exact
    .map((e, i) => ({ i, remainder: e.minus(floors[i]!) }))
    .filter(({ i }) => parts[i] !== 0)
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (let k = 0; k < Math.round(missingHundredths); k++) {
    const target = order[k % order.length]!.i;
    floors[target] = floors[target]!.plus('0.01');
  }
  return floors.map((f) => toPercent(f));
}

function lastNonZeroIndex(parts: number[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== 0) return i;
  throw new Error('shares: no non-zero part');
}
