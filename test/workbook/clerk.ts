/**
 * A clerk filling a fill-in workbook in Excel, for the tests: opens the workbook with ExcelJS,
 * finds each field by the words on the sheet (the block title in column A, the header row,
 * the label in front of the cell), types the value into the cell there and saves. The clerk
 * can only type where the sheet lets him: every cell typed into must be unlocked and in the
 * input colour, or the test fails. The layout (src/workbook/layout) says only which label
 * holds which figure of his statements, as the labels tell a person; cells are found on the
 * sheet, never by the layout's positions.
 * Takes the workbook bytes and the data to type; `typeAt` types one more value over a
 * field already found; `save` returns the bytes. `where` tells which cell a field went to.
 */
import ExcelJS from 'exceljs';
import { FIXED_SHEETS, projectSheet } from '../../src/workbook/layout/layout.js';
import type { Block, FormBlock, ListBlock, ListColumn, Path, SheetLayout } from '../../src/workbook/layout/types.js';
import { fieldAt } from '../../src/schema/field-info.js';
import { getAt, wordFor, type Json } from '../../src/workbook/values.js';

/** The light yellow of the cells to fill (src/workbook/write-fill-in.ts). */
export const INPUT_COLOUR = 'FFFFF2CC';

const textOf = (cell: ExcelJS.Cell) => cell.text.trim().replace(/^\*/, '');
const key = (path: Path) => path.join('.');

export class Clerk {
  private readonly cells = new Map<string, ExcelJS.Cell>();

  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  static async open(bytes: Uint8Array): Promise<Clerk> {
    const workbook = new ExcelJS.Workbook();
    // Note: ExcelJS types its argument as the ArrayBuffer-backed Buffer of older @types/node.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return new Clerk(workbook);
  }

  /** Types the whole of `data` (one project at most: a fresh workbook has one project sheet). */
  fill(data: Json): this {
    const projects = (getAt(data, ['projects']) as Json[] | undefined) ?? [];
    if (projects.length > 1) throw new Error('the clerk fills one project sheet only');
    const sheets: SheetLayout[] = [...FIXED_SHEETS, ...(projects.length === 1 ? [projectSheet(0, undefined)] : [])];
    for (const layout of sheets) {
      const sheet = this.workbook.worksheets.find(
        (ws) => ws.name === layout.name || (layout.name === '项目1' && ws.name.startsWith('项目1')),
      );
      if (!sheet) throw new Error(`no sheet ${layout.name}`);
      for (const block of layout.blocks) this.fillBlock(sheet, block, data);
    }
    return this;
  }

  /** The cell the value of a field was typed into, e.g. 收入支出!C11. */
  where(path: Path): string {
    const cell = this.cells.get(key(path));
    if (!cell) throw new Error(`nothing typed at ${key(path)}`);
    return `${cell.worksheet.name}!${cell.address}`;
  }

  /** Types over the cell of a field already filled (a mistake, or its correction). */
  typeAt(path: Path, value: string | number): this {
    const cell = this.cells.get(key(path));
    if (!cell) throw new Error(`nothing typed at ${key(path)}`);
    cell.value = value;
    return this;
  }

  async save(): Promise<Uint8Array> {
    return new Uint8Array(await this.workbook.xlsx.writeBuffer());
  }

  private type(cell: ExcelJS.Cell, path: Path, value: Json): void {
    if (value === undefined) return;
    if (cell.protection?.locked !== false) throw new Error(`${cell.worksheet.name}!${cell.address} is locked: it cannot be typed into`);
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    if (fill?.fgColor?.argb !== INPUT_COLOUR) throw new Error(`${cell.worksheet.name}!${cell.address} is not coloured as a cell to fill`);
    const info = fieldAt(path);
    const shown = info ? wordFor(info, path, value) : value;
    if (typeof shown !== 'number' && typeof shown !== 'string') throw new Error(`cannot type ${JSON.stringify(shown)}`);
    cell.value = shown;
    this.cells.set(key(path), cell);
  }

  /** The row of a block's title (in column A) and its header row's columns by header text. */
  private locate(
    sheet: ExcelJS.Worksheet,
    block: Block,
  ): { titleRow: number; headerRow: number; columns: Map<string, number>; end: number } {
    let titleRow = 0;
    for (let r = 1; r <= sheet.rowCount; r++) if (textOf(sheet.getCell(r, 1)) === block.title) titleRow = r;
    if (titleRow === 0) throw new Error(`no block ${block.title} on ${sheet.name}`);
    const headerRow = titleRow + 1;
    const columns = new Map<string, number>();
    sheet.getRow(headerRow).eachCell((cell, col) => columns.set(textOf(cell), col));
    let end = headerRow + 1;
    while (end <= sheet.rowCount && !textOf(sheet.getCell(end, 1)).startsWith('【')) end += 1;
    return { titleRow, headerRow, columns, end };
  }

  private fillBlock(sheet: ExcelJS.Worksheet, block: Block, data: Json): void {
    if (block.kind === 'form') this.fillForm(sheet, block, data);
    else this.fillList(sheet, block, data);
  }

  private fillForm(sheet: ExcelJS.Worksheet, block: FormBlock, data: Json): void {
    const { headerRow, columns, end } = this.locate(sheet, block);
    const grouped = block.keyHeaders.length === 2;
    const labelCol = columns.get(block.keyHeaders[grouped ? 1 : 0]!)!;
    const groupCol = columns.get(block.keyHeaders[0]!)!;
    for (const row of block.rows) {
      const rows: number[] = [];
      for (let r = headerRow + 1; r < end; r++) {
        if (textOf(sheet.getCell(r, labelCol)) !== row.label) continue;
        if (grouped && textOf(sheet.getCell(r, groupCol)) !== (row.group ?? '')) continue;
        rows.push(r);
      }
      if (rows.length === 0) throw new Error(`no row ${row.group ?? ''}·${row.label} on ${sheet.name}`);
      row.cells.forEach((path, i) => {
        if (!path) return;
        const col = columns.get(block.valueHeaders[i]!)!;
        if (!row.repeats) return this.type(sheet.getCell(rows[0]!, col), path, getAt(data, path));
        const texts = (getAt(data, path) as Json[] | undefined) ?? [];
        if (texts.length > rows.length) throw new Error(`not enough lines for ${row.label}`);
        texts.forEach((text, k) => this.type(sheet.getCell(rows[k]!, col), [...path, k], text));
      });
    }
  }

  private fillList(sheet: ExcelJS.Worksheet, block: ListBlock, data: Json): void {
    const { headerRow, columns } = this.locate(sheet, block);
    const col = (column: ListColumn) => columns.get(column.header)!;
    const value = getAt(data, block.path);
    const elements: Json[] = block.record
      ? Object.entries((value as Record<string, Json> | undefined) ?? {}).map(([name, v]) => ({ key: name, value: v }))
      : ((value as Json[] | undefined) ?? []);
    let r = headerRow + 1;
    elements.forEach((element, i) => {
      const entries = block.spread ? ((getAt(element, block.spread.path) as Json[] | undefined) ?? []) : [];
      if (block.numbered) this.type(sheet.getCell(r, columns.get('序号')), [...block.path, i, 'number'], i + 1);
      for (const column of block.columns) {
        if (block.record) {
          // A fact: its name, then its value (a number or a text).
          const { key: name, value: fact } = element as { key: string; value: Json };
          const isName = column.path[0] === 'key';
          this.type(sheet.getCell(r, col(column)), isName ? [...block.path, name, 'name'] : [...block.path, name], isName ? name : fact);
        } else this.type(sheet.getCell(r, col(column)), [...block.path, i, ...column.path], getAt(element, column.path));
      }
      entries.forEach((entry, k) => {
        for (const column of block.spread!.columns) {
          this.type(
            sheet.getCell(r + k, col(column)),
            [...block.path, i, ...block.spread!.path, k, ...column.path],
            getAt(entry, column.path),
          );
        }
      });
      r += Math.max(1, entries.length);
    });
  }
}
