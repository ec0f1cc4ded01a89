/**
 * Edits a clerk makes to a workbook, for the tests: insert a blank row, reverse the order of
 * a run of rows, rename a sheet. Takes a SheetJS sheet (sparse, not dense) or workbook;
 * changes it in place (cells and merged ranges move together).
 */
import * as XLSX from '@e965/xlsx';
import { cellAt } from '../support/xlsx-sheets.js';

function moveCells(ws: XLSX.WorkSheet, map: (r: number) => number): void {
  const cells = Object.keys(ws)
    .filter((k) => !k.startsWith('!'))
    .map((k) => [XLSX.utils.decode_cell(k), cellAt(ws, k)] as const);
  for (const [at] of cells) delete ws[XLSX.utils.encode_cell(at)];
  for (const [at, cell] of cells) ws[XLSX.utils.encode_cell({ r: map(at.r), c: at.c })] = cell;
  ws['!merges'] = (ws['!merges'] ?? []).map((m) => ({ s: { r: map(m.s.r), c: m.s.c }, e: { r: map(m.s.r) + (m.e.r - m.s.r), c: m.e.c } }));
}

export function insertBlankRow(ws: XLSX.WorkSheet, at: number): void {
  moveCells(ws, (r) => (r >= at ? r + 1 : r));
  const range = XLSX.utils.decode_range(ws['!ref']!);
  range.e.r += 1;
  ws['!ref'] = XLSX.utils.encode_range(range);
}

/** Reverses rows first..last (inclusive); a merged range must lie within one of them. */
export function reverseRows(ws: XLSX.WorkSheet, first: number, last: number): void {
  moveCells(ws, (r) => (r >= first && r <= last ? first + last - r : r));
}

export function renameSheet(wb: XLSX.WorkBook, from: string, to: string): void {
  const i = wb.SheetNames.indexOf(from);
  wb.SheetNames[i] = to;
  wb.Sheets[to] = wb.Sheets[from]!;
  delete wb.Sheets[from];
}

/** The last row of a sheet (0-based). */
export function lastRow(ws: XLSX.WorkSheet): number {
  return XLSX.utils.decode_range(ws['!ref']!).e.r;
}
