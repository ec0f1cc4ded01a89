/**
 * Reads and validates the catalogs shipped in data/catalog/ (functional classification,
 * economic classification), each read once. Takes the path (default: the bundled catalog);
 * returns the catalog or throws with the Chinese errors (a broken catalog is a broken
 * installation, not bad unit data).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog } from '../schema/catalog.js';
import { economicCatalogSchema, type EconomicCatalog } from '../schema/economic-catalog.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { msg } from '../text/msg.js';

const DEFAULT_CATALOG_PATH = fileURLToPath(new URL('../../data/catalog/functional-classification.json', import.meta.url));
const ECONOMIC_CATALOG_PATH = fileURLToPath(new URL('../../data/catalog/economic-classification.json', import.meta.url));

/** What a catalog's schema (src/schema) gives: the catalog, or the issues formatIssues words. */
interface CatalogSchema<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof formatIssues>[0] } };
}

const cache = new Map<string, unknown>();

/** Reads, validates and caches one catalog file; `what` names the catalog (and keys the cache with the path). */
function readCatalog<T>(path: string, schema: CatalogSchema<T>, what: string): T {
  const key = `${what}|${path}`;
  if (cache.has(key)) return cache.get(key) as T;
  installChineseLocale();
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, raw).map((e) => `${e.path}: ${e.message}`);
    throw new Error(msg`${what} ${path} 有误：\n${lines.join('\n')}`);
  }
  cache.set(key, result.data);
  return result.data;
}

export function loadCatalog(path: string = DEFAULT_CATALOG_PATH): Catalog {
  return readCatalog(path, catalogSchema, msg`功能分类科目目录`);
}

/** The bundled economic-classification catalog (部门预算支出经济分类), read once. */
export function loadEconomicCatalog(): EconomicCatalog {
  return readCatalog(ECONOMIC_CATALOG_PATH, economicCatalogSchema, msg`经济分类科目目录`);
}
