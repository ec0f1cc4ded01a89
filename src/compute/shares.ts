/**
 * Shares of one total. Takes the parts, a policy and how to cut each share (decimals and
 * rounding: two decimals half up unless the unit's style says otherwise); returns one
 * Percent per part (null for every part when the total is zero).
 *
 * Policies (ARCHITECTURE.md §3):
 * - 'independent' (default): every share is its own amount ÷ total, cut on its own, as a
 *   reviewer with a calculator recomputes it; the shares may add up to 99.99% or 100.01%.
 * The two sum-to-100 policies, for units whose published documents make each list add up
 * to exactly 100%:
 * - 'last-absorbs' (the reference's way): every share is cut on its own, and the last
 *   non-zero part takes 100 minus the others (住房保障支出 5.37% in the reference, where
 *   62.4 / 1163.82 alone rounds to 5.36%). When that would leave the last part below zero
 *   (many tiny parts rounded up, e.g. 9995 and ten parts of 0.5), the policy falls back to
 *   largest remainder: no share is ever negative.
 * - 'largest-remainder': cut every share down to the printed decimals and hand the missing
 *   units (0.01 at two decimals) to the parts with the largest remainders (ties: the
 *   earlier part).
 * Zero parts always get 0.
 */
import type { SharePolicy } from '../schema/share-policy.js';
import { Decimal, dec, sum, toPercent, TWO_HALF_UP, type Percent, type Rounding } from './decimal.js';

export type { SharePolicy };

export function shares(parts: number[], policy: SharePolicy = 'independent', how: Rounding = TWO_HALF_UP): (Percent | null)[] {
  const total = sum(parts);
  if (total.isZero()) return parts.map(() => null);
  if (parts.some((p) => p < 0)) throw new Error('shares: parts must not be negative');
  const exact = parts.map((p) => dec(p).div(total).times(100));
  if (policy === 'independent') return exact.map((e) => toPercent(e, how));
  return policy === 'last-absorbs' ? lastAbsorbs(parts, exact, how) : largestRemainder(parts, exact, how.decimals);
}

function lastAbsorbs(parts: number[], exact: Decimal[], how: Rounding): Percent[] {
  const rounded = exact.map((e) => dec(toPercent(e, how)));
  const last = lastNonZeroIndex(parts);
  const others = sum(rounded.filter((_, i) => i !== last));
  const lastShare = new Decimal(100).minus(others);
  rounded[last] = lastShare;
  if (lastShare.isNegative()) return largestRemainder(parts, exact, how.decimals);
  return rounded.map((r) => r.toFixed(how.decimals) as Percent);
}

function largestRemainder(parts: number[], exact: Decimal[], decimals: Rounding['decimals']): Percent[] {
  const unit = new Decimal(10).pow(-decimals);
  const floors = exact.map((e) => e.toDecimalPlaces(decimals, Decimal.ROUND_DOWN));
  const missingUnits = new Decimal(100).minus(sum(floors)).div(unit).toNumber();
  const order = exact
    .map((e, i) => ({ i, remainder: e.minus(floors[i]!) }))
    .filter(({ i }) => parts[i] !== 0)
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (let k = 0; k < Math.round(missingUnits); k++) {
    const target = order[k % order.length]!.i;
    floors[target] = floors[target]!.plus(unit);
  }
  return floors.map((f) => f.toFixed(decimals) as Percent);
}

function lastNonZeroIndex(parts: number[]): number {
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== 0) return i;
  throw new Error('shares: no non-zero part');
}
