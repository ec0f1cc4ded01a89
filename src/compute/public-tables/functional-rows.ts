/**
 * The rows of a public table laid out by 功能分类: a 合计 row, then each 类 with its 款 and
 * 项 nested under it, in code order, each with the sum of its 项 in every column. Takes 项
 * lines (7-digit code and an amount per column key) and the names of codes; returns the
 * rows with exact sums (Amount strings). Lines whose every column is zero are left out,
 * as the 财决 statements leave out rows without money.
 */
import { Decimal, dec, toAmount, type Amount } from '../decimal.js';
import { levelOf, type CodeLevel, type FunctionalNames } from '../functional-names.js';

export interface ItemLine<K extends string> {
  code: string;
  values: Partial<Record<K, number | Decimal>>;
}

export interface FunctionalRow<K extends string> {
  code: string;
  level: CodeLevel;
  name: string;
  values: Record<K, Amount>;
}

export interface FunctionalRows<K extends string> {
  total: Record<K, Amount>;
  rows: FunctionalRow<K>[];
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, Decimal> {
  return Object.fromEntries(keys.map((k) => [k, new Decimal(0)])) as Record<K, Decimal>;
}

function amounts<K extends string>(sums: Record<K, Decimal>): Record<K, Amount> {
  return Object.fromEntries(Object.entries<Decimal>(sums).map(([k, v]) => [k, toAmount(v)])) as Record<K, Amount>;
}

export function functionalRows<K extends string>(
  lines: readonly ItemLine<K>[],
  keys: readonly K[],
  names: FunctionalNames,
): FunctionalRows<K> {
  const sums = new Map<string, Record<K, Decimal>>();
  const total = zeroes(keys);
  for (const line of lines) {
    const nonZero = keys.some((k) => !dec(line.values[k] ?? 0).isZero());
    if (!nonZero) continue;
    for (const code of [line.code.slice(0, 3), line.code.slice(0, 5), line.code]) {
      const sum = sums.get(code) ?? zeroes(keys);
      for (const k of keys) sum[k] = sum[k].plus(dec(line.values[k] ?? 0));
      sums.set(code, sum);
    }
    for (const k of keys) total[k] = total[k].plus(dec(line.values[k] ?? 0));
  }
  // Note: code order puts each 类 before its 款 and each 款 before its 项 ("204" < "20406" < "2040601").
  const codes = [...sums.keys()].sort();
  return {
    total: amounts(total),
    rows: codes.map((code) => ({
      code,
      level: levelOf(code),
      name: names.name(code) ?? code,
      values: amounts(sums.get(code)!),
    })),
  };
}
