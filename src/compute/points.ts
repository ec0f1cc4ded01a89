/**
 * Scores and weights in points as the 自评表 prints them. Takes a number or Decimal;
 * returns a string rounded half-up to two decimals with trailing zeros dropped
 * ("10", "9.5", "8.33"), so a score is rounded once, here. `commonDecimals` says how many
 * decimals one table prints all its scores with (a table's cells keep the same decimals, as
 * its amounts keep two): the most any of them needs.
 */
import { Decimal, dec } from './decimal.js';

export type Points = string & { readonly __brand: 'Points' };

export function toPoints(value: number | string | Decimal): Points {
  // Note: Decimal#toFixed() without an argument never uses exponent notation and keeps no
  // trailing zeros, unlike toString() for very small or very large values.
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() as Points;
}

/** Decimals a Points prints with: 0 ("10"), 1 ("27.9") or 2 ("18.82"). */
function decimalsOf(points: Points): number {
  const point = points.indexOf('.');
  return point < 0 ? 0 : points.length - point - 1;
}

/**
 * The decimals every score of one table is printed with: "27.9" above "18.82" reads as two
 * hands at work, "27.90" above "18.82" as one. Counting only: the values are not rounded again.
 */
export function commonDecimals(values: readonly Points[]): number {
  return Math.max(0, ...values.map(decimalsOf));
}
