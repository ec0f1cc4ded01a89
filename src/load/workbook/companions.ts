/**
 * The 公开表 and 财决 workbooks a unit already has, given beside its data file: for
 * data/2023/某单位.json (or .xlsx), every data/2023/某单位.<…公开表…>.xlsx|.xls and
 * 某单位.<…财决…>.xlsx|.xls (README 用 Excel 填报). Takes their paths (data-file-name.ts
 * finds them); reads and opens them, and merges their figures into the unit's data. A figure
 * both give must agree; what the tables print but the data cannot hold is listed as a warning.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Finding } from '../../schema/format-issues.js';
import type { Collector } from './collector.js';
import { openWorkbook } from './open-workbook.js';
import { mergeTableFigures } from './tables/merge-figures.js';
import { readTableWorkbook } from './tables/read-table-workbook.js';
import { TableFigures } from './tables/table-figures.js';

export interface CompanionFile {
  name: string;
  bytes: Uint8Array;
}

export async function readCompanions(paths: readonly string[]): Promise<CompanionFile[]> {
  return Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: new Uint8Array(await readFile(p)) })));
}

/** Reads the companions and merges their figures into the data; returns the warnings (figures not placed). */
export function mergeCompanions(out: Collector, companions: readonly CompanionFile[], mainFile: string): Finding[] {
  const tables = new TableFigures();
  for (const companion of companions) {
    const opened = openWorkbook(companion.bytes, companion.name);
    if (!opened.ok) {
      out.errors.push(
        ...opened.errors.map((e) => ({ path: e.path === '$' ? companion.name : `[${companion.name}]${e.path}`, message: e.message })),
      );
      continue;
    }
    readTableWorkbook(opened.workbook, companion.name, tables);
  }
  return mergeTableFigures(out, tables, mainFile);
}
