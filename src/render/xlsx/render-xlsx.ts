/**
 * The public tables as a workbook (<unit><year>年度决算公开表.xlsx): one sheet per table, with
 * the table's title, 公开NN表 label, unit and 金额单位 lines, its header rows (merged as in the
 * document), its rows with amounts as numbers formatted to two decimals, and the note of an
 * empty table. Takes PublicTableViews and the document's properties; returns the .xlsx bytes.
 *
 * Library: SheetJS Community Edition 0.20.3, from npm as @e965/xlsx (a republication of the
 * vendor's release; the `xlsx` package on npm stopped at 0.18.5, which has two advisories,
 * CVE-2023-30533 and CVE-2024-22363, fixed in 0.19.3 and 0.20.2). The same library reads
 * workbooks back (issue "Excel in"). It writes number formats, merges and column widths but
 * not cell borders or fonts (those are SheetJS Pro features); the document's 附表 carry the
 * borders, the workbook carries the figures.
 * Note: the bytes are the same from run to run — the properties carry the data's document
 * date, and SheetJS stamps its zip entries with a fixed time (tested).
 */
import * as XLSX from '@e965/xlsx';
import type { PublicTableCell, PublicTableView } from '../../tables/public-table.js';
import { documentDate } from '../document-date.js';
import { placeSpans } from '../../tree/table-grid.js';

export interface WorkbookMeta {
  title: string;
  author: string;
  /** yyyy-mm-dd from the data, never the clock. */
  date: string;
}

/** Excel allows 31 characters in a sheet name and none of : \ / ? * [ ]. */
function sheetName(table: PublicTableView, taken: Set<string>): string {
  const base = `${table.label} ${table.title}`.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base.slice(0, 28)}(${k})`;
  taken.add(name);
  return name;
}

interface Placed {
  cells: (XLSX.CellObject | undefined)[][];
  merges: XLSX.Range[];
}

/** Lays HTML-style rows (covered cells absent) onto the sheet from `firstRow`, with their merges. */
function place(rows: readonly PublicTableCell[][], width: number, firstRow: number, placed: Placed, numberFormat: string): void {
  placeSpans(rows, width).forEach((slots, r) => {
    const sheetRow = firstRow + r;
    const sheetCells = (placed.cells[sheetRow] ??= []);
    slots.forEach((slot, c) => {
      if (slot.kind !== 'cell') return;
      const { cell } = slot;
      sheetCells[c] = cell.amount !== undefined ? { t: 'n', v: Number(cell.amount), z: numberFormat } : { t: 's', v: cell.text };
      if (cell.rowSpan > 1 || cell.colSpan > 1) {
        placed.merges.push({ s: { r: sheetRow, c }, e: { r: sheetRow + cell.rowSpan - 1, c: c + cell.colSpan - 1 } });
      }
    });
  });
}

function sheetOf(table: PublicTableView, numberFormat: string): XLSX.WorkSheet {
  const width = table.columnWidths.length;
  const placed: Placed = { cells: [], merges: [] };
  const last = width - 1;
  placed.cells[0] = [{ t: 's', v: table.title }];
  placed.merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: last } });
  placed.cells[1] = [];
  placed.cells[1][last] = { t: 's', v: table.label };
  placed.cells[2] = [{ t: 's', v: table.unitLine }];
  placed.cells[2][last] = { t: 's', v: table.amountUnitLine };
  const headerStart = 3;
  place(table.headerRows, width, headerStart, placed, numberFormat);
  const bodyStart = headerStart + table.headerRows.length;
  place(table.bodyRows, width, bodyStart, placed, numberFormat);
  const end = bodyStart + table.bodyRows.length;
  if (table.note) {
    placed.cells[end] = [{ t: 's', v: table.note }];
    placed.merges.push({ s: { r: end, c: 0 }, e: { r: end, c: last } });
  }
  const sheet: XLSX.WorkSheet = {};
  placed.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    }),
  );
  sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(end - (table.note ? 0 : 1), 2), c: last } });
  sheet['!merges'] = placed.merges;
  const unit = 100 / table.columnWidths.reduce((a, b) => a + b, 0);
  sheet['!cols'] = table.columnWidths.map((w) => ({ wch: Math.max(6, Math.round(w * unit * 1.3)) }));
  return sheet;
}

export function renderXlsx(tables: readonly PublicTableView[], meta: WorkbookMeta, options: { thousands: boolean }): Uint8Array {
  const numberFormat = options.thousands ? '#,##0.00' : '0.00';
  const workbook = XLSX.utils.book_new();
  const taken = new Set<string>();
  for (const table of tables) XLSX.utils.book_append_sheet(workbook, sheetOf(table, numberFormat), sheetName(table, taken));
  const date = documentDate(meta.date);
  workbook.Props = { Title: meta.title, Author: meta.author, LastAuthor: meta.author, CreatedDate: date, ModifiedDate: date };
  const out = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
