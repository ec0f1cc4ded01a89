/**
 * Names of functional-classification items for the sentences and the 名词解释:
 * "公共安全支出（204）司法（06）行政运行（01）". Takes the catalog and an item (its own
 * name/definition win over the catalog's); returns label parts. Codes are known to exist:
 * the checks stage refuses unknown ones before compute runs.
 */
import type { Catalog, CatalogEntry } from '../schema/catalog.js';
import type { FunctionalItem } from '../schema/unit-year.js';

export interface ItemDescription {
  /** 公共安全支出（204）司法（06）行政运行（01） */
  label: string;
  definition: string | undefined;
}

export function catalogIndex(catalog: Catalog): Map<string, CatalogEntry> {
  return new Map(catalog.entries.map((e) => [e.code, e]));
}

function catalogName(code: string, index: Map<string, CatalogEntry>): string {
  const name = index.get(code)?.name;
  if (!name) throw new Error(`功能分类科目 ${code} 不在目录中`);
  return name;
}

export function className(code: string, index: Map<string, CatalogEntry>): string {
  return catalogName(code.slice(0, 3), index);
}

export function describeItem(item: FunctionalItem, index: Map<string, CatalogEntry>): ItemDescription {
  const levels = [item.code.slice(0, 3), item.code.slice(0, 5), item.code];
  const names = levels.map((code, depth) => {
    const name = (depth === 2 ? item.name : undefined) ?? catalogName(code, index);
    return `${name}（${depth === 0 ? code : code.slice(-2)}）`;
  });
  return {
    label: names.join(''),
    definition: item.definition ?? index.get(item.code)?.definition,
  };
}
