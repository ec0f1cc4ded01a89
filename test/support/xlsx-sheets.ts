/**
 * Reads a generated workbook back for tests: each sheet as rows of cell values (numbers as
 * numbers, texts as strings), and a lookup of the figures to the right of a row label.
 */
import * as XLSX from '@e965/xlsx';

export type Row = (string | number | undefined)[];

export function readSheets(bytes: Uint8Array): Map<string, Row[]> {
  const workbook = XLSX.read(bytes, { type: 'array' });
  return new Map(
    workbook.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<Row>(workbook.Sheets[name]!, { header: 1, raw: true, defval: undefined }),
    ]),
  );
}

/** The numbers on the first row that has a cell exactly `label` and figures (not a heading row). */
export function figuresOf(rows: Row[], label: string): number[] {
  const row = rows.find((r) => r.some((cell) => cell === label) && r.some((cell) => typeof cell === 'number'));
  if (!row) throw new Error(`no row labelled ${label}`);
  return row.filter((cell): cell is number => typeof cell === 'number');
}

/** The numbers of the row whose code cell (any column) is `code`. */
export function figuresOfCode(rows: Row[], code: string): number[] {
  const row = rows.find((r) => r.some((cell) => cell === code));
  if (!row) throw new Error(`no row for code ${code}`);
  return row.filter((cell): cell is number => typeof cell === 'number');
}

/** The cell at an A1 address of a sparse (not dense) sheet, which SheetJS types as any; undefined where there is none. */
export function cellAt(ws: XLSX.WorkSheet, address: string): XLSX.CellObject | undefined {
  const cell: unknown = ws[address];
  if (cell === undefined) return undefined;
  if (typeof cell !== 'object' || cell === null || !('t' in cell)) throw new Error(`${address} holds no cell: ${JSON.stringify(cell)}`);
  return cell as XLSX.CellObject;
}
