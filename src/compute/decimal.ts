/**
 * Exact decimal arithmetic for money and percentages. Takes JSON numbers (万元, at most
 * two decimals, guaranteed by the schema); returns canonical strings so that every figure
 * is rounded once, here, with 四舍五入 half-up — never `Number.toFixed`, which rounds
 * binary values (1.005.toFixed(2) is "1.00").
 */
import { Decimal as DecimalBase } from 'decimal.js';

/** A private Decimal constructor so no other module's settings leak in. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** An amount in 万元, fixed to two decimals, e.g. "1163.82", "5.10", "0.00". */
export type Amount = string & { readonly __brand: 'Amount' };

/**
 * A percentage as a fixed-point string: two decimals ("84.43", "100.00") in tables and by
 * default, or the decimals of the unit's number convention in prose ("84.4", "84").
 */
export type Percent = string & { readonly __brand: 'Percent' };

/** How a percentage of the prose is cut to its printed decimals (src/schema/style.ts). */
export interface Rounding {
  decimals: 0 | 1 | 2;
  rounding: 'half-up' | 'truncate';
}

/** Two decimals, half up: tables, and prose unless the unit's style says otherwise. */
export const TWO_HALF_UP: Rounding = { decimals: 2, rounding: 'half-up' };

export function dec(value: number | string | Decimal): Decimal {
  // Note: going through String() keeps 0.57 as the decimal 0.57, not its binary neighbour.
  return new Decimal(typeof value === 'number' ? String(value) : value);
}

export function toAmount(value: number | Decimal): Amount {
  return dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) as Amount;
}

/** A percentage cut to its decimals: half up (四舍五入) by default, or truncated (截断; toward zero). */
export function toPercent(value: Decimal, how: Rounding = TWO_HALF_UP): Percent {
  const mode = how.rounding === 'truncate' ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP;
  return value.toDecimalPlaces(how.decimals, mode).toFixed(how.decimals) as Percent;
}

/** part / whole × 100, cut as `how` says (two decimals, half up, by default); null when whole is zero. */
export function ratioPercent(part: number | Decimal, whole: number | Decimal, how: Rounding = TWO_HALF_UP): Percent | null {
  const w = dec(whole);
  if (w.isZero()) return null;
  return toPercent(dec(part).div(w).times(100), how);
}

/** Narrative form of a fixed-point figure (Amount, Percent), trailing zeros dropped: "5.10" → "5.1", "100.00" → "100". */
export function narrative(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export function sum(values: (number | Decimal)[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(dec(v)), new Decimal(0));
}
