/**
 * Reads every table of one 公开表 or 财决 workbook: finds the tables by title, checks each
 * one's 金额单位 (万元) and notes the unit it names, and hands each to the reader of its kind.
 * Takes the opened workbook and its file name; pushes into a TableFigures what the tables give
 * and every problem (file, sheet, cell, label). A sheet with no table it knows is listed.
 */
import type * as XLSX from '@e965/xlsx';
import { tableVocabulary } from './editions.js';
import { findTables } from './grid.js';
import { placeIn } from './functional-table.js';
import { readEconomicTable } from './read-economic-tables.js';
import { readFunctionalTable } from './read-functional-tables.js';
import { readSummaryTable } from './read-summary-tables.js';
import type { TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

export function readTableWorkbook(workbook: XLSX.WorkBook, file: string, out: TableFigures): void {
  const { tables, notes } = findTables(workbook);
  for (const note of notes) out.note({ where: `[${file}]${note.where}`, label: msg`未读取` }, note.message);
  if (tables.length === 0) {
    out.error(
      { where: file, label: msg`附带报表` },
      msg`工作簿中没有找到任何可识别的决算表（按表名识别：收入支出决算总表、收入决算表……财政拨款“三公”经费支出决算表）`,
    );
    return;
  }
  for (const grid of tables) {
    if (grid.amountUnit && !tableVocabulary().tenThousandYuan.includes(grid.amountUnit.unit)) {
      out.error(
        placeIn(file, grid, grid.amountUnit.row, grid.amountUnit.col, msg`金额单位`),
        msg`金额单位为“${grid.amountUnit.unit}”，本工具按万元读取，不作换算（换算会丢失精度）；请导出或另存金额单位为万元的报表`,
      );
      continue;
    }
    if (!grid.amountUnit)
      out.note(
        placeIn(file, grid, grid.titleRow, 0, msg`金额单位`),
        msg`表中没有“金额单位”行，按万元读取；若实为元，与其他数字核对时会相差一万倍`,
      );
    if (grid.unitName)
      out.unitNames.push({ text: grid.unitName.text, place: placeIn(file, grid, grid.unitName.row, grid.unitName.col, msg`单位`) });
    out.kinds.add(grid.kind);
    if (!readSummaryTable(grid, file, out) && !readFunctionalTable(grid, file, out)) readEconomicTable(grid, file, out);
  }
}
