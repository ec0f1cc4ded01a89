/**
 * Names of economic-classification codes (部门预算支出经济分类, 类 and 款) from the bundled
 * catalog. Takes the catalog; answers name(code) and the catalog's 款 of a 类 in code order
 * (the rows of the 基本支出决算明细表).
 */
import { CATALOG_LEVEL } from '../schema/catalog.js';
import type { EconomicCatalog } from '../schema/economic-catalog.js';
import type { EconomicNames } from './public-tables/public-tables-data.js';

/** Built once per catalog: the pipeline asks for it for every unit. */
const cache = new WeakMap<EconomicCatalog, EconomicNames>();

export function economicNames(catalog: EconomicCatalog): EconomicNames {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const byCode = new Map(catalog.entries.map((e) => [e.code, e.name]));
  const sections = catalog.entries.filter((e) => e.level === CATALOG_LEVEL.section).sort((a, b) => (a.code < b.code ? -1 : 1));
  const names: EconomicNames = {
    name: (code) => byCode.get(code),
    sectionsOf: (classCode) => sections.filter((s) => s.code.startsWith(classCode)).map((s) => ({ code: s.code, name: s.name })),
  };
  cache.set(catalog, names);
  return names;
}
