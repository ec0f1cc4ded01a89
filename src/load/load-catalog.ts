/**
 * Reads and validates the catalogs shipped in data/catalog/ (functional classification,
 * economic classification). Takes the path (default: the bundled catalog); returns the Catalog or throws with the
 * Chinese errors (a broken catalog is a broken installation, not bad unit data).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog } from '../schema/catalog.js';
import { economicCatalogSchema, type EconomicCatalog } from '../schema/economic-catalog.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';
import { msg } from '../text/msg.js';

const DEFAULT_CATALOG_PATH = fileURLToPath(new URL('../../data/catalog/functional-classification.json', import.meta.url));
const ECONOMIC_CATALOG_PATH = fileURLToPath(new URL('../../data/catalog/economic-classification.json', import.meta.url));
let economicCatalog: EconomicCatalog | undefined;

/** The bundled economic-classification catalog (部门预算支出经济分类), read once. */
export function loadEconomicCatalog(): EconomicCatalog {
  if (economicCatalog) return economicCatalog;
  installChineseLocale();
  const raw: unknown = JSON.parse(readFileSync(ECONOMIC_CATALOG_PATH, 'utf8'));
  const result = economicCatalogSchema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, raw).map((e) => `${e.path}: ${e.message}`);
    throw new Error(msg`经济分类科目目录 ${ECONOMIC_CATALOG_PATH} 有误：\n${lines.join('\n')}`);
  }
  economicCatalog = result.data;
  return economicCatalog;
}

const cache = new Map<string, Catalog>();

export function loadCatalog(path: string = DEFAULT_CATALOG_PATH): Catalog {
  const cached = cache.get(path);
  if (cached) return cached;
  installChineseLocale();
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = catalogSchema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, raw).map((e) => `${e.path}: ${e.message}`);
    throw new Error(msg`功能分类科目目录 ${path} 有误：\n${lines.join('\n')}`);
  }
  cache.set(path, result.data);
  return result.data;
}
