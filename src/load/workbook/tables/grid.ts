/**
 * Finds the tables in a workbook and reads the frame of each: where it starts and ends, the
 * unit and 金额单位 lines, the header band and, for every column, the header texts above it
 * (merged header cells count for every column they cover), and the data rows. Takes a
 * SheetJS workbook; returns TableGrids. Nothing here depends on a cell position: a table is
 * found by its title, its band by its words, its rows after it.
 *
 * The words it looks for (titles, labels, the unit and 金额单位 lines) are the editions'
 * (data/editions, editions.ts).
 *
 * Note: unconfirmed layout assumptions (docs/research/public-tables.md §2, §7, marked [INF]
 * there) this reader relies on — a title stands alone on its row; the unit line and the
 * amount line stand above the header band; the header band is all text and ends at the first
 * row holding a number, a formula or a "—" (a 栏次 row of numbers ends it too, and is skipped
 * by the readers).
 */
import type * as XLSX from '@e965/xlsx';
import { normalizeLabel, SheetView } from '../cells.js';
import { tableVocabulary, type TableKind } from './editions.js';
import { msg } from '../../../text/msg.js';

export interface TableGrid {
  kind: TableKind;
  view: SheetView;
  title: string;
  titleRow: number;
  /** The 财决 export's sheet code (Z07), when the sheet is named so. */
  sheetCode: string | undefined;
  /** First row after the table (the next title, or the end of the sheet). */
  end: number;
  unitName: { text: string; row: number; col: number } | undefined;
  amountUnit: { unit: string; row: number; col: number } | undefined;
  headerRows: number[];
  /** Normalized header texts above each column, top to bottom. */
  columnPaths: string[][];
  /** Rows after the header band with any content (blank rows skipped). */
  dataRows: number[];
}

export interface SheetNote {
  where: string;
  message: string;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;

function onlyTextCell(view: SheetView, row: number): { col: number; text: string } | undefined {
  const cells = view.columnsOf(row).filter((c) => !view.isBlank(row, c));
  if (cells.length !== 1) return undefined;
  const col = cells[0]!;
  const text = view.text(row, col);
  return typeof view.cell(row, col)?.v === 'string' ? { col, text } : undefined;
}

/** A row holding only a note: 注：… or 说明：… (the edition's note pattern). */
function isNoteRow(view: SheetView, row: number): boolean {
  return tableVocabulary().note.test(onlyTextCell(view, row)?.text.normalize('NFKC').trim() ?? '');
}

/**
 * A row of figures: it holds a number, a formula or a "—". Header rows are all words (a
 * header may say 合计 or, in the 财决 export, name a 款 by its code, so words decide nothing).
 */
function isDataRow(view: SheetView, row: number): boolean {
  for (const c of view.columnsOf(row)) {
    const cell = view.cell(row, c);
    if (!cell || view.isBlank(row, c)) continue;
    if (typeof cell.v === 'number' || cell.f !== undefined) return true;
    if (/^[—\-－–―]+$/.test(normalizeLabel(view.text(row, c)))) return true;
  }
  return false;
}

/** Header texts above each column; a merged header cell gives its text to every column it covers. */
function columnPaths(view: SheetView, headerRows: number[], width: number): string[][] {
  const merges = view.merges();
  const textAt = (r: number, c: number): string => {
    const merge = merges.find((m) => m.s.r <= r && r <= m.e.r && m.s.c <= c && c <= m.e.c);
    return normalizeLabel(merge ? view.text(merge.s.r, merge.s.c) : view.text(r, c));
  };
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (const r of headerRows) {
      const t = textAt(r, c);
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    return path;
  });
}

function frame(view: SheetView, kind: TableKind, title: string, titleRow: number, end: number): TableGrid {
  const words = tableVocabulary();
  let unitName: TableGrid['unitName'];
  let amountUnit: TableGrid['amountUnit'];
  const rows = view.rows().filter((r) => r > titleRow && r < end);
  let bandStart = titleRow + 1;
  // Furniture lines: the 公开NN表 label, the unit line, the 金额单位 line.
  for (const r of rows) {
    if (isDataRow(view, r)) break;
    let furniture = false;
    for (const c of view.columnsOf(r)) {
      const text = view.text(r, c);
      if (text === '') continue;
      const compact = text.normalize('NFKC').replace(/\s/g, '');
      const amount = words.amountLine.exec(compact);
      if (amount) {
        amountUnit = { unit: amount[1]!, row: r, col: c };
        furniture = true;
        continue;
      }
      const unit = words.unitLine.exec(compact);
      if (unit) {
        unitName = { text: unit[2]!, row: r, col: c };
        furniture = true;
        continue;
      }
      if (words.isLabel(text)) furniture = true;
    }
    if (furniture) bandStart = r + 1;
  }
  const headerRows: number[] = [];
  let first = end;
  for (const r of rows) {
    if (r < bandStart) continue;
    // A note (说明：…本表无数据) is no header, wherever a reordering put it.
    if (isNoteRow(view, r)) continue;
    if (isDataRow(view, r)) {
      first = r;
      break;
    }
    headerRows.push(r);
  }
  const width = Math.max(0, ...rows.flatMap((r) => view.columnsOf(r).map((c) => c + 1)));
  const sheetCode = words.sheetCode(view.name);
  return {
    kind,
    view,
    title,
    titleRow,
    sheetCode,
    end,
    unitName,
    amountUnit,
    headerRows,
    columnPaths: columnPaths(view, headerRows, width),
    // Note: the notes under a form (注：本表反映…, 说明：…无数据) are no data rows either.
    dataRows: rows.filter((r) => r >= first && !view.isBlankRow(r) && !isNoteRow(view, r)),
  };
}

/** Every table in the workbook, in sheet order; and the sheets (or titles) it holds nothing it can read from. */
export function findTables(workbook: XLSX.WorkBook): { tables: TableGrid[]; notes: SheetNote[] } {
  const words = tableVocabulary();
  const tables: TableGrid[] = [];
  const notes: SheetNote[] = [];
  for (const name of workbook.SheetNames) {
    const view = new SheetView(name, workbook.Sheets[name]!);
    const titles: { row: number; kind: TableKind; text: string }[] = [];
    for (const r of view.rows()) {
      const only = onlyTextCell(view, r);
      if (!only) continue;
      const kind = words.kindOfTitle(only.text);
      const unread = kind ? undefined : words.unreadBecause(only.text);
      if (kind) titles.push({ row: r, kind, text: only.text });
      else if (unread) notes.push({ where: view.where(r, only.col), message: msg`“${only.text}”${unread}` });
    }
    titles.forEach((t, i) => tables.push(frame(view, t.kind, t.text, t.row, titles[i + 1]?.row ?? view.rowCount)));
    if (titles.length === 0 && view.rows().some((r) => !view.isBlankRow(r))) {
      notes.push({
        where: view.where(0, 0),
        message: msg`工作表“${name}”中没有本工具能识别的表（按表名识别：收入支出决算总表、收入决算表……财政拨款“三公”经费支出决算表），未读取`,
      });
    }
  }
  return { tables, notes };
}

/** The code of a row of a 功能分类 table: whole in one cell, or split over 类|款|项 (carried from the rows above). */
export class CodeReader {
  private classCode = '';
  private sectionCode = '';

  constructor(
    private readonly view: SheetView,
    /** The 类, 款, 项 columns, or one column holding whole codes. */
    private readonly codeColumns: number[],
    private readonly nameColumn: number | undefined,
  ) {}

  read(row: number): string | undefined {
    const parts = this.codeColumns.map((c) => normalizeLabel(this.view.text(row, c)).replace(/^\[|\]$/g, ''));
    const whole = parts.find((p) => CODE.test(p) && p.length >= 3);
    let code: string | undefined;
    if (whole !== undefined && parts.filter((p) => p !== '').length === 1) code = whole;
    else if (parts.length === 3 && parts.some((p) => p !== '')) {
      const [cls, sec, item] = parts as [string, string, string];
      const c = /^\d{3}$/.test(cls) ? cls : this.classCode;
      const s = /^\d{2}$/.test(sec) ? c + sec : /^\d{5}$/.test(sec) ? sec : this.sectionCode;
      if (/^\d{7}$/.test(item)) code = item;
      else if (/^\d{2}$/.test(item)) code = s.length === 5 ? s + item : undefined;
      else if (sec !== '') code = s;
      else if (cls !== '') code = c;
    }
    if (code === undefined && this.nameColumn !== undefined) {
      // Note: some forms print "2040601 行政运行" in one cell.
      const m = /^(\d{3}(?:\d{2}){0,2})(?!\d)/.exec(this.view.text(row, this.nameColumn).normalize('NFKC').trim());
      if (m) code = m[1];
    }
    if (code === undefined || !CODE.test(code)) return undefined;
    if (code.length === 3) {
      this.classCode = code;
      this.sectionCode = '';
    } else if (code.length === 5) {
      this.classCode = code.slice(0, 3);
      this.sectionCode = code;
    }
    return code;
  }
}
