/**
 * The public tables as a print-ready workbook (<unit><year>年度决算公开表.xlsx): one sheet per
 * table, laid out as the form prints in the document — the table's name merged, centred and
 * bold over the grid; 公开NN表 on the right; the unit line on the left and 金额单位 on the right;
 * the header rows (merged as in the document) and the rows, every cell of the grid bordered,
 * headings and 合计 rows bold on grey; amounts as numbers formatted to two decimals; the notes
 * under the grid. Each sheet prints on A4 in the form's orientation, fitted to one page wide
 * (a short form of fixed lines on one page), its header rows repeated on every page, within
 * a print area. Takes PublicTableViews and the document's properties; returns the .xlsx bytes.
 *
 * Library: ExcelJS 4.4.0 (it writes borders, fonts, fills, merges, print areas, print titles
 * and page setup; SheetJS Community Edition, which reads the units' .xls, writes none of
 * these). Note: ExcelJS stamps its zip entries with the clock and dates the file "now" unless
 * told: the properties carry the data's document date, and the entries are zipped again with
 * a fixed time (fflate), so the same tables give the same bytes.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { PublicTableCell, PublicTableView } from '../../tables/public-table.js';
import { placeSpans } from '../../tree/table-grid.js';
import { SHADE_RGB } from '../../tree/table-shading.js';
import { documentDate } from '../document-date.js';

export interface WorkbookMeta {
  title: string;
  author: string;
  /** yyyy-mm-dd from the data, never the clock. */
  date: string;
}

/** Fonts a Chinese office has (Excel's defaults for Chinese text). */
const FONTS = {
  // text: vocabulary (font names, not wording)
  body: '宋体',
  // text: vocabulary
  title: '黑体',
} as const;
const BODY_PT = 10;
const TITLE_PT = 16;
/** Line height of BODY_PT text in Excel and LibreOffice, in points. */
const LINE_PT = 13.5;
/** Excel column widths (characters of the default font) of the grid on a page at 100%. */
const PAGE_CHARACTERS = { portrait: 92, landscape: 138 } as const;
/** Pixels per character of column width, and of a CJK and a Latin character at BODY_PT. */
const PX_PER_WIDTH = 7;
const CJK_PX = 13.4;
const LATIN_PX = 6.7;

/** Excel allows 31 characters in a sheet name and none of : \ / ? * [ ]. */
function sheetName(table: PublicTableView, taken: Set<string>): string {
  const base = `${table.label} ${table.title}`.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base.slice(0, 28)}(${k})`;
  taken.add(name);
  return name;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const SHADE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${SHADE_RGB}` } };

/** Width in pixels the text takes at BODY_PT (CJK and full-width characters twice a Latin one). */
function textPx(text: string): number {
  let px = 0;
  for (const ch of text) px += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d]/.test(ch) ? CJK_PX : LATIN_PX;
  return px;
}

/** Lines the text takes in a cell `widthChars` wide (wrapped), at least one. */
function linesIn(text: string, widthChars: number): number {
  const room = Math.max(1, widthChars * PX_PER_WIDTH - 8);
  return Math.max(1, Math.ceil(textPx(text) / room));
}

function cellStyle(cell: PublicTableCell, header: boolean, numFmt: string): Partial<ExcelJS.Style> {
  const strong = header || cell.emphasis;
  return {
    font: { name: FONTS.body, size: BODY_PT, ...(strong ? { bold: true } : {}) },
    alignment: { horizontal: header ? 'center' : cell.align, vertical: 'middle', wrapText: true },
    border: BORDERS,
    ...(strong ? { fill: SHADE } : {}),
    ...(cell.amount !== undefined ? { numFmt } : {}),
  };
}

/** Writes a value and a style into a cell. */
function put(cell: ExcelJS.Cell, value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>): void {
  cell.value = value;
  cell.style = style;
}

const plain = (horizontal: 'left' | 'right'): Partial<ExcelJS.Style> => ({
  font: { name: FONTS.body, size: BODY_PT },
  alignment: { horizontal, vertical: 'middle' },
});

function addSheet(workbook: ExcelJS.Workbook, table: PublicTableView, name: string, numFmt: string): void {
  const width = table.columnWidths.length;
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const widths = table.columnWidths.map((w) => Math.round(((PAGE_CHARACTERS[table.orientation] * w) / total) * 10) / 10);
  const sheet = workbook.addWorksheet(name, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: table.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: table.onePage ? 1 : 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = widths.map((w) => ({ width: w }));
  const spanWidth = (c: number, span: number) => widths.slice(c, c + span).reduce((a, b) => a + b, 0);
  const half = Math.ceil(width / 2);

  // The title block: name, 公开NN表, unit and 金额单位.
  put(sheet.getCell(1, 1), table.title, {
    font: { name: FONTS.title, size: TITLE_PT, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).height = 28;
  put(sheet.getCell(2, 1), table.label, plain('right'));
  sheet.mergeCells(2, 1, 2, width);
  put(sheet.getCell(3, 1), table.unitLine, plain('left'));
  if (half > 1) sheet.mergeCells(3, 1, 3, half);
  put(sheet.getCell(3, half + 1), table.amountUnitLine, plain('right'));
  if (half + 1 < width) sheet.mergeCells(3, half + 1, 3, width);
  sheet.getRow(2).height = LINE_PT + 2;
  sheet.getRow(3).height = LINE_PT * Math.max(linesIn(table.unitLine, spanWidth(0, half)), 1) + 2;

  // The grid: every slot styled as its cell (a merge copies the first cell's style to the rest).
  const firstGridRow = 4;
  const rows = [...table.headerRows, ...table.bodyRows];
  const grid = placeSpans(rows, width);
  const heights = rows.map(() => LINE_PT + 4);
  const spanning: { row: number; span: number; need: number }[] = [];
  grid.forEach((slots, r) => {
    const header = r < table.headerRows.length;
    slots.forEach((slot, c) => {
      const excelCell = sheet.getCell(firstGridRow + r, c + 1);
      if (slot.kind === 'empty') excelCell.style = { border: BORDERS };
      if (slot.kind !== 'cell') return;
      const owner = slot.cell;
      put(excelCell, owner.amount !== undefined ? Number(owner.amount) : owner.text, cellStyle(owner, header, numFmt));
      const need = LINE_PT * linesIn(owner.text, spanWidth(c, owner.colSpan)) + 4;
      if (owner.rowSpan > 1) spanning.push({ row: r, span: owner.rowSpan, need });
      else heights[r] = Math.max(heights[r]!, need);
      if (owner.rowSpan > 1 || owner.colSpan > 1) {
        for (let dr = 0; dr < owner.rowSpan; dr++) {
          for (let dc = 0; dc < owner.colSpan; dc++) sheet.getCell(firstGridRow + r + dr, c + dc + 1).style = excelCell.style;
        }
        sheet.mergeCells(firstGridRow + r, c + 1, firstGridRow + r + owner.rowSpan - 1, c + owner.colSpan);
      }
    });
  });
  for (const { row, span, need } of spanning) {
    const have = heights.slice(row, row + span).reduce((a, b) => a + b, 0);
    if (need > have) heights[row + span - 1]! += need - have;
  }
  heights.forEach((h, r) => (sheet.getRow(firstGridRow + r).height = Math.round(h * 4) / 4));
  const lastGridRow = firstGridRow + rows.length - 1;

  // The notes under the grid, each across the page.
  table.notes.forEach((note, k) => {
    const r = lastGridRow + 1 + k;
    put(sheet.getCell(r, 1), note, {
      font: { name: FONTS.body, size: BODY_PT },
      alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
    });
    sheet.mergeCells(r, 1, r, width);
    sheet.getRow(r).height = LINE_PT * linesIn(note, spanWidth(0, width)) + 3;
  });

  const lastRow = lastGridRow + table.notes.length;
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(width).letter}${lastRow}`;
  sheet.pageSetup.printTitlesRow = `${firstGridRow}:${firstGridRow + table.headerRows.length - 1}`;
}

/** Zip entry time: the document date at noon, in local time so that the zip's DOS fields are the same in every time zone. */
function entryTime(isoDate: string): Date {
  const date = documentDate(isoDate);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, 0);
}

/** The same entries, in the same order, zipped again with a fixed time (see the module note). */
function withFixedTimes(bytes: Uint8Array, isoDate: string): Uint8Array {
  const mtime = entryTime(isoDate);
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
}

export async function renderXlsx(
  tables: readonly PublicTableView[],
  meta: WorkbookMeta,
  options: { thousands: boolean },
): Promise<Uint8Array> {
  const numFmt = options.thousands ? '#,##0.00' : '0.00';
  const workbook = new ExcelJS.Workbook();
  const date = documentDate(meta.date);
  workbook.creator = meta.author;
  workbook.lastModifiedBy = meta.author;
  workbook.title = meta.title;
  workbook.created = date;
  workbook.modified = date;
  const taken = new Set<string>();
  for (const table of tables) addSheet(workbook, table, sheetName(table, taken), numFmt);
  const buffer = await workbook.xlsx.writeBuffer();
  return withFixedTimes(new Uint8Array(buffer), meta.date);
}
