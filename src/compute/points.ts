/**
 * Scores and weights in points as the 自评表 prints them. Takes a number or Decimal;
 * returns a string rounded half-up to two decimals with trailing zeros dropped
 * ("10", "9.5", "8.33"), so a score is rounded once, here.
 */
import { Decimal, dec } from './decimal.js';

export type Points = string & { readonly __brand: 'Points' };

export function toPoints(value: number | string | Decimal): Points {
  // Note: Decimal#toFixed() without an argument never uses exponent notation and keeps no
  // trailing zeros, unlike toString() for very small or very large values.
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() as Points;
}
