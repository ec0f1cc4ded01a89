/**
 * Every unit data file the workbook tests run over: data/<year>/*.json and, where they
 * exist, the fixture units under test/fixtures/units/ (any depth). Takes nothing; returns
 * the paths, sorted.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function jsonFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name));
}

export function unitDataFiles(): string[] {
  const data = join(ROOT, 'data');
  const years = readdirSync(data, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name));
  const inData = years.flatMap((y) => jsonFilesUnder(join(data, y.name)));
  return [...inData, ...jsonFilesUnder(join(ROOT, 'test', 'fixtures', 'units'))].sort();
}
