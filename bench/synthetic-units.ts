/**
 * Synthetic units for the benchmark: the reference unit under other names, and a heavier
 * variant with about three times as many functional items and indicators. Takes the
 * reference data (parsed JSON) and the catalog; returns data objects that pass every
 * check, so the benchmark measures generation, not refusals.
 */
import type { Catalog } from '../src/schema/catalog.js';
import type { UnitYearInput } from '../src/schema/unit-year.js';

type Data = UnitYearInput & { accounts: { generalBudget: { items: { code: string; actual: number; budget: number }[] } } };

const clone = <T>(value: T): T => structuredClone(value);

/** Splits an amount in 万元 into n parts of whole hundredths that add up exactly. */
export function splitAmount(amount: number, n: number): number[] {
  const hundredths = Math.round(amount * 100);
  const base = Math.floor(hundredths / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hundredths - base * (n - 1) : base) / 100);
}

export function renamed(reference: unknown, name: string): Data {
  const data = clone(reference) as Data;
  data.unit.name = name;
  data.unit.shortName = name;
  return data;
}

/** Each class's spending spread over up to three times as many catalog items; indicators tripled. */
export function tripled(reference: unknown, name: string, catalog: Catalog): Data {
  const data = renamed(reference, name);
  const gb = data.accounts.generalBudget;
  const withDefinition = catalog.entries.filter((e) => e.code.length === 7 && e.definition);
  const items: Data['accounts']['generalBudget']['items'] = [];
  for (const cls of gb.classes) {
    const existing = gb.items.filter((i) => i.code.startsWith(cls.code));
    if (existing.length === 0) continue;
    const codes = withDefinition
      .filter((e) => e.code.startsWith(cls.code))
      .map((e) => e.code)
      .slice(0, existing.length * 3);
    splitAmount(cls.actual, codes.length).forEach((amount, i) => items.push({ code: codes[i]!, actual: amount, budget: amount }));
  }
  gb.items = items;
  for (const project of data.projects ?? []) {
    project.indicators = project.indicators.flatMap((indicator) => {
      const weights = splitAmount(indicator.weight, 3);
      const scores = splitAmount(indicator.selfScore, 3);
      return ['（一）', '（二）', '（三）'].map((suffix, i) => ({
        ...indicator,
        name: `${indicator.name}${suffix}`,
        weight: weights[i]!,
        selfScore: scores[i]!,
      }));
    });
  }
  return data;
}
