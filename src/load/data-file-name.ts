/**
 * Which files in a data folder are a unit's data: `<unit>.json`, or `<unit>.xlsx`/`.xls` (the
 * fill-in workbook), and which are the 公开表 or 财决 workbooks lying beside a unit's data
 * (`<unit>.公开表.xlsx`, `<unit>.财决.xls` …), read together with it rather than on their
 * own. Takes a file name; returns the answer. Excel's lock files (`~$…`, present while a
 * workbook is open) are neither. `companionPaths` lists a data file's companions on disk.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

const COMPANION_FILE = /\.[^.\\/]*(公开表|财决)[^.\\/]*\.xlsx?$/i;

/** A file kept in Excel (.xlsx or .xls). */
export const WORKBOOK_FILE = /\.xlsx?$/i;

export function isCompanionFileName(name: string): boolean {
  return !name.startsWith('~$') && COMPANION_FILE.test(name);
}

export function isDataFileName(name: string): boolean {
  if (name.endsWith('.json')) return true;
  return WORKBOOK_FILE.test(name) && !name.startsWith('~$') && !COMPANION_FILE.test(name);
}

/** The companion files of a data file, sorted by name (nothing when there are none). */
export async function companionPaths(file: string): Promise<string[]> {
  const dir = dirname(file);
  const stem = basename(file, extname(file));
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.startsWith(`${stem}.`) && isCompanionFileName(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}
