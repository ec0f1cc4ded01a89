/**
 * The helpers every check module shares to report a figure that does not tie. Takes
 * figures; pushes Findings (one JSON path and one Chinese message naming the figure found
 * and the figure expected).
 */
import { dec, sum, toAmount, type Decimal } from '../compute/decimal.js';
import type { Finding } from '../schema/format-issues.js';
import { msg } from '../text/msg.js';

export type { Finding };

/** Reports `found ≠ Σ parts` as "X为a万元，应等于…之和b万元（相差c万元）". */
export function tieAmount(errors: Finding[], path: string, what: string, found: number, parts: number[], partsLabel: string): void {
  const expected = sum(parts);
  if (!dec(found).equals(expected)) {
    errors.push({
      path,
      message: msg`${what}为${toAmount(found)}万元，应等于${partsLabel}${toAmount(expected)}万元（相差${toAmount(dec(found).minus(expected).abs())}万元）`,
    });
  }
}

/** Reports `found ≠ Σ parts` for counts (people, vehicles, units) with their measure word. */
export function tieCount(
  errors: Finding[],
  path: string,
  what: string,
  found: number,
  parts: number[],
  partsLabel: string,
  measure: string,
): void {
  const expected = parts.reduce((a, b) => a + b, 0);
  if (found !== expected) {
    errors.push({
      path,
      message: msg`${what}为${found}${measure}，应等于${partsLabel}${expected}${measure}（相差${Math.abs(found - expected)}${measure}）`,
    });
  }
}

/** Reports `part > whole` as "X为a万元，不能大于Y b万元". */
export function notAbove(
  errors: Finding[],
  path: string,
  what: string,
  part: number | Decimal,
  wholeLabel: string,
  whole: number | Decimal,
): void {
  if (dec(part).greaterThan(dec(whole))) {
    errors.push({
      path,
      message: msg`${what}为${toAmount(part)}万元，不能大于${wholeLabel}${toAmount(whole)}万元（超出${toAmount(dec(part).minus(dec(whole)))}万元）`,
    });
  }
}
