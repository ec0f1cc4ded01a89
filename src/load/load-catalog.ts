/**
 * Reads and validates the functional-classification catalog shipped in data/catalog/.
 * Takes the path (default: the bundled catalog); returns the Catalog or throws with the
 * Chinese errors (a broken catalog is a broken installation, not bad unit data).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogSchema, type Catalog } from '../schema/catalog.js';
import { formatIssues, installChineseLocale } from '../schema/format-issues.js';

const DEFAULT_CATALOG_PATH = fileURLToPath(new URL('../../data/catalog/functional-classification.json', import.meta.url));

const cache = new Map<string, Catalog>();

export function loadCatalog(path: string = DEFAULT_CATALOG_PATH): Catalog {
  const cached = cache.get(path);
  if (cached) return cached;
  installChineseLocale();
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = catalogSchema.safeParse(raw);
  if (!result.success) {
    const lines = formatIssues(result.error.issues, raw).map((e) => `${e.path}: ${e.message}`);
    throw new Error(`功能分类科目目录 ${path} 有误：\n${lines.join('\n')}`);
  }
  cache.set(path, result.data);
  return result.data;
}
