/**
 * The rows of a table laid out by 功能分类 (类 | 款 | 项 | 科目名称, then figure columns): the
 * code of each row (whole in one cell or split over 类|款|项), its figures by column, the 合计
 * row wherever it is, and checks that the table adds up (类 = Σ 款 = Σ 项, 合计 = Σ 类).
 * Takes a TableGrid and the figure columns wanted (found by their header words); returns the
 * rows and pushes every problem with its cell. "—" and blank figure cells read as 0.
 *
 * The header words (类/款/项, 科目名称, …编码, 栏次, 合计) are the editions' (editions.ts).
 *
 * Note: unconfirmed layout assumptions — the code columns are headed 类/款/项 or …科目编码
 * (the 财决 export merges A:C under one heading, docs/research/public-tables.md §7, [CODE-Z08]);
 * 科目名称 heads the name column; a 类 or 款 printed without its 项 rows cannot be placed (the
 * data holds 项) and is listed.
 */
import { normalizeLabel, readNumber } from '../cells.js';
import type { Place } from '../collector.js';
import { tableVocabulary, type ColumnWanted } from './editions.js';
import { CodeReader, type TableGrid } from './grid.js';
import { amountText, cents, type TableFigures } from './table-figures.js';
import { msg } from '../../../text/msg.js';

export type { ColumnWanted };

export interface FunctionalRow {
  code: string;
  name: string;
  row: number;
  values: Map<string, { value: number; col: number }>;
}

export interface FunctionalRead {
  total: FunctionalRow | undefined;
  rows: FunctionalRow[];
  columns: Map<string, number>;
}

const norm = normalizeLabel;

function tableLabel(grid: TableGrid): string {
  return grid.title.replace(/\s/g, '');
}

/** A cell of a companion workbook, written as Excel writes a reference into another file: [文件]工作表!单元格. */
export function placeIn(file: string, grid: TableGrid, row: number, col: number, what: string): Place {
  return { where: `[${file}]${grid.view.where(row, col)}`, label: `${tableLabel(grid)}·${what}` };
}

/** The cell of a row's figure in column `col`, labelled 合计 or the row's code, then the column's headings. */
export function rowFigurePlace(file: string, grid: TableGrid, row: FunctionalRow, col: number): Place {
  return placeIn(file, grid, row.row, col, msg`${row.code || '合计'}·${grid.columnPaths[col]!.join('·')}`);
}

function findColumn(grid: TableGrid, wanted: ColumnWanted, from = 0): number | undefined {
  const labels = wanted.labels.map(norm);
  const under = wanted.under && norm(wanted.under);
  const found = grid.columnPaths.findIndex(
    (path, c) => c >= from && path.length > 0 && labels.includes(path[path.length - 1]!) && (!under || path.slice(0, -1).includes(under)),
  );
  return found < 0 ? undefined : found;
}

/** The code columns (类, 款, 项 — or one column under …编码) and the name column. */
export function codeColumns(grid: TableGrid): { code: number[]; name: number | undefined } {
  const { codeLevels, subjectName, codeEnding } = tableVocabulary().headings;
  const last = (c: number) => grid.columnPaths[c]?.at(-1) ?? '';
  const split = codeLevels.map((l) => grid.columnPaths.findIndex((_, c) => last(c) === l));
  const isName = (path: readonly string[]) => path.some((t) => subjectName.includes(t));
  const name = grid.columnPaths.findIndex(isName);
  if (split.every((c) => c >= 0)) return { code: split, name: name >= 0 ? name : undefined };
  const coded = grid.columnPaths
    .map((p, c) => (p.some((t) => codeEnding.some((ending) => t.endsWith(ending))) && !isName(p) ? c : -1))
    .filter((c) => c >= 0);
  return { code: coded, name: name >= 0 ? name : undefined };
}

export function readMoney(grid: TableGrid, file: string, row: number, col: number, what: string, out: TableFigures): number | undefined {
  const cell = readNumber(grid.view.cell(row, col), { dashIsZero: true });
  if (cell.kind === 'error') {
    out.error(placeIn(file, grid, row, col, what), cell.message);
    return undefined;
  }
  return cell.kind === 'blank' ? 0 : cell.value;
}

/** `alsoRead`: columns the caller reads itself (the 经济分类 columns of a 明细表). */
export function readFunctional(
  grid: TableGrid,
  file: string,
  wanted: readonly ColumnWanted[],
  out: TableFigures,
  alsoRead: readonly number[] = [],
): FunctionalRead | undefined {
  const titlePlace = placeIn(file, grid, grid.titleRow, 0, msg`表头`);
  const { headings } = tableVocabulary();
  const { code: codeCols, name: nameCol } = codeColumns(grid);
  if (codeCols.length === 0) {
    out.error(titlePlace, msg`表头中找不到功能分类科目编码列（应为“类、款、项”或“科目编码”）；无法按科目读取`);
    return undefined;
  }
  const columns = new Map<string, number>();
  for (const w of wanted) {
    const c = findColumn(grid, w);
    if (c !== undefined) columns.set(w.key, c);
    else if (!w.optional) out.error(titlePlace, msg`表头中找不到“${w.under ? `${w.under}·` : ''}${w.labels[0]}”列`);
  }
  if (wanted.some((w) => !w.optional && !columns.has(w.key))) return undefined;
  const reader = new CodeReader(grid.view, codeCols, nameCol);
  const labelCols = [...codeCols, ...(nameCol !== undefined ? [nameCol] : [])];
  let total: FunctionalRow | undefined;
  const rows: FunctionalRow[] = [];
  for (const r of grid.dataRows) {
    const labels = labelCols.map((c) => norm(grid.view.text(r, c)));
    if (labels.some((l) => headings.columnNumbers.includes(l))) continue;
    const isTotal = labels.some((l) => headings.total.includes(l));
    const code = isTotal ? undefined : reader.read(r);
    const name = nameCol !== undefined ? grid.view.text(r, nameCol).replace(/^\d{3}(\d{2}){0,2}\s*/, '') : '';
    const what = isTotal ? msg`合计` : `${code ?? ''}${name ? ` ${name}` : ''}`;
    const values = new Map<string, { value: number; col: number }>();
    for (const [key, col] of columns) {
      const value = readMoney(grid, file, r, col, `${what}·${grid.columnPaths[col]!.join('·')}`, out);
      if (value !== undefined) values.set(key, { value, col });
    }
    if (isTotal) {
      total = { code: '', name: msg`合计`, row: r, values };
      continue;
    }
    if (code === undefined) {
      const hasFigure =
        [...values.values()].some((v) => v.value !== 0) || [...columns.values()].some((c) => typeof grid.view.cell(r, c)?.v === 'number');
      if (hasFigure)
        out.error(
          placeIn(file, grid, r, labelCols[0]!, grid.view.text(r, labelCols[0]!) || msg`第${r + 1}行`),
          msg`此行有数字，但既不是合计行，也没有功能分类科目编码，无法归入任何科目；请补上科目编码或删除此行`,
        );
      continue;
    }
    if (name) out.names.set(code, name);
    rows.push({ code, name, row: r, values });
  }
  checkSums(grid, file, { total, rows, columns }, out);
  const used = new Set([...codeCols, ...(nameCol !== undefined ? [nameCol] : []), ...columns.values(), ...alsoRead]);
  noteUnreadColumns(grid, file, used, [...(total ? [total.row] : []), ...rows.map((r) => r.row)], out);
  return { total, rows, columns };
}

/** Columns with figures that no reader asked for: listed once each, never silently skipped. */
function noteUnreadColumns(grid: TableGrid, file: string, used: ReadonlySet<number>, rows: readonly number[], out: TableFigures): void {
  for (let c = 0; c < grid.columnPaths.length; c++) {
    if (used.has(c)) continue;
    const hasFigure = rows.some((r) => {
      const v = grid.view.cell(r, c)?.v;
      return typeof v === 'number' && v !== 0;
    });
    if (hasFigure)
      out.note(
        placeIn(
          file,
          grid,
          grid.headerRows[grid.headerRows.length - 1] ?? grid.titleRow,
          c,
          grid.columnPaths[c]!.join('·') || msg`第${c + 1}列`,
        ),
        msg`此列有数字，但不是本工具读取的列，未读取`,
      );
  }
}

/** 类 = Σ 项 under it, 款 likewise, 合计 = Σ 项; a 类 or 款 whose 项 are not printed cannot be placed. */
function checkSums(grid: TableGrid, file: string, read: FunctionalRead, out: TableFigures): void {
  const items = read.rows.filter((r) => r.code.length === 7);
  const seen = new Map<string, number>();
  for (const row of read.rows) {
    const previous = seen.get(row.code);
    if (previous !== undefined)
      out.error(placeIn(file, grid, row.row, 0, row.code), msg`科目 ${row.code} 出现了两次（另见第${previous + 1}行）`);
    seen.set(row.code, row.row);
  }
  const check = (row: FunctionalRow, children: FunctionalRow[], what: string) => {
    for (const [key, col] of read.columns) {
      const printed = row.values.get(key)?.value;
      if (printed === undefined) continue;
      const sum = children.reduce((s, c) => s + cents(c.values.get(key)?.value ?? 0), 0);
      if (children.length === 0) {
        if (cents(printed) !== 0)
          out.error(
            rowFigurePlace(file, grid, row, col),
            msg`${what}有金额${amountText(printed)}，但表中没有它下面的“项”级科目，无法归入数据（数据按“项”填列）`,
          );
      } else if (sum !== cents(printed)) {
        out.error(rowFigurePlace(file, grid, row, col), msg`${what}为${amountText(printed)}，应等于其下各“项”之和${amountText(sum / 100)}`);
      }
    }
  };
  for (const row of read.rows)
    if (row.code.length < 7)
      check(
        row,
        items.filter((i) => i.code.startsWith(row.code)),
        msg`科目${row.code}`,
      );
  if (read.total) check(read.total, items, msg`合计`);
}
