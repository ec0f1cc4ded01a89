/**
 * Which files in a data folder are a unit's data: `<unit>.json`, or `<unit>.xlsx`/`.xls` (the
 * fill-in workbook), and which are the 公开表 or 财决 workbooks lying beside a unit's data
 * (`<unit>.公开表.xlsx`, `<unit>.财决.xls` …), read together with it rather than on their
 * own. Takes a file name; returns the answer. Excel's lock files (`~$…`, present while a
 * workbook is open) are neither.
 */
export const COMPANION_FILE = /\.[^.\\/]*(公开表|财决)[^.\\/]*\.xlsx?$/i;

export function isCompanionFileName(name: string): boolean {
  return !name.startsWith('~$') && COMPANION_FILE.test(name);
}

export function isDataFileName(name: string): boolean {
  if (name.endsWith('.json')) return true;
  return /\.xlsx?$/i.test(name) && !name.startsWith('~$') && !COMPANION_FILE.test(name);
}
