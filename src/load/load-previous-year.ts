/**
 * Finds and loads the previous year's data file of the same unit, so the checks can
 * compare this year's `priorYear` figures with it: for <data>/<year>/<name>.json that is
 * <data>/<year-1>/<name>.json. Takes this year's file path and year; returns the previous
 * year's UnitYear, nothing when there is no such file (the first year of a unit, or a file
 * outside a year folder), or a warning when that file exists but is itself invalid (it is
 * refused on its own; this unit's prior-year figures then go unchecked).
 */
import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { UnitYear } from '../schema/unit-year.js';
import type { Finding } from '../schema/format-issues.js';
import { loadUnit } from './load-unit.js';
import { msg } from '../text/msg.js';

export type PreviousYear = { data?: UnitYear; warning?: Finding };

export function previousYearPath(file: string, year: number): string | undefined {
  const yearDir = dirname(file);
  if (basename(yearDir) !== String(year)) return undefined;
  return join(dirname(yearDir), String(year - 1), basename(file));
}

/** The previous year's file may be kept in JSON or in a fill-in workbook, whichever this year's is. */
async function existingPreviousYearFile(file: string, year: number): Promise<string | undefined> {
  const path = previousYearPath(file, year);
  if (path === undefined) return undefined;
  const stem = path.replace(/\.(json|xlsx?)$/i, '');
  for (const candidate of [path, ...['.json', '.xlsx', '.xls'].map((ext) => stem + ext)]) {
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

export async function loadPreviousYear(file: string, year: number): Promise<PreviousYear> {
  const path = await existingPreviousYearFile(file, year);
  if (path === undefined) return {};
  const loaded = await loadUnit(path);
  if (loaded.ok) return { data: loaded.data };
  return { warning: { path: '$.priorYear', message: msg`上年数据文件 ${path} 有 ${loaded.errors.length} 处错误，未能核对上年数` } };
}
