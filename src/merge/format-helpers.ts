/**
 * Handlebars helpers. They only format values that compute already worked out (no
 * arithmetic here, so a figure can never be rounded two ways) and throw on undefined or
 * NaN, because Handlebars' strict mode does not check values passed to helpers.
 */
import type { HelperDelegate } from 'handlebars';
import { narrative } from '../compute/decimal.js';

function required(name: string, value: unknown): unknown {
  if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) {
    throw new Error(`模板助手 ${name} 收到空值（${String(value)}）：请在模板中先判断该值是否存在`);
  }
  return value;
}

const FIXED = /^-?\d+\.\d{2}$/;

function fixed(name: string, value: unknown): string {
  const s = String(required(name, value));
  if (!FIXED.test(s)) throw new Error(`模板助手 ${name} 需要两位小数的定点数，收到 ${s}`);
  return s;
}

export const formatHelpers: Record<string, HelperDelegate> = {
  /** Narrative amount in 万元: trailing zeros dropped (5.1, 62.4, 0). */
  wan: (value: unknown) => narrative(fixed('wan', value)),
  /** Table amount: two decimals kept (3.00). */
  money: (value: unknown) => fixed('money', value),
  /** Narrative percentage without the % sign: 84.43, 100, 0. */
  pct: (value: unknown) => narrative(fixed('pct', value)),
  /** Table percentage with the sign, or a dash when there is none (zero denominator). */
  pctCell: (value: unknown) => (value === null ? '—' : `${fixed('pctCell', value)}%`),
  eq: (a: unknown, b: unknown) => a === b,
  and: (a: unknown, b: unknown) => Boolean(a) && Boolean(b),
  not: (a: unknown) => !a,
  /** Joins a list of strings with a separator (、 by default). */
  join: (list: unknown, separator: unknown) => {
    if (!Array.isArray(list)) throw new Error('模板助手 join 需要数组');
    return list.map(String).join(typeof separator === 'string' ? separator : '、');
  },
};
