/**
 * Reads a fill-in workbook (填报工作簿, written by `npm run workbook`) back into the data as a
 * person would have written it in JSON. Takes the opened workbook; returns a Collector with
 * the data, the sheet and cell of every field, and every problem found: a missing or unknown
 * sheet, a moved or renamed header, a label it does not know, merged cells, a number stored as
 * text, a formula without its value. Everything is located by sheet name, block title and
 * label (layout.ts), never by cell position; blank rows are skipped.
 */
import type * as XLSX from '@e965/xlsx';
import { arrayAt, fieldAt, isRequiredAllOptionalObject } from '../../schema/field-info.js';
import { FORMAT_VERSION, FORMAT_VERSION_LABEL, INSTRUCTIONS_SHEET, WORKBOOK_MARK } from '../../workbook/instructions.js';
import { FIXED_SHEETS, FORMAT_1_SHEETS, PROJECT_SHEET, projectSheet, REQUIRED_MARK_PREFIX } from '../../workbook/layout/layout.js';
import type { Block, FormBlock, ListBlock, ListColumn, Path, SheetLayout } from '../../workbook/layout/types.js';
import type { Json } from '../../workbook/values.js';
import { normalizeLabel, SheetView, address } from './cells.js';
import { Collector, type Place } from './collector.js';
import { readFieldCell } from './field-cell.js';
import { quoteSheet } from './open-workbook.js';
import { msg } from '../../text/msg.js';

/** Sheets whose names start with this are the clerk's own (calculations, notes) and are not read. */
const OWN_SHEET_PREFIX = msg`备注`;

const bare = (title: string) => title.replace(/^【|】$/g, '');

/** A label or header as written, without the red * the writer puts before a required field's (format 2). */
const labelAt = (view: SheetView, row: number, col: number) => view.text(row, col).replace(REQUIRED_MARK_PREFIX, '');

interface Range {
  start: number;
  end: number;
}

/** Where each block's title is in the sheet; its rows run to the next title. */
function blockRanges(view: SheetView, layout: SheetLayout, out: Collector): Map<Block, Range> {
  const wanted = new Map(layout.blocks.map((b) => [normalizeLabel(b.title), b]));
  const found: { block: Block; row: number }[] = [];
  for (const r of view.rows()) {
    const block = wanted.get(normalizeLabel(view.text(r, 0)));
    if (!block) continue;
    if (found.some((f) => f.block === block)) {
      out.error({ where: view.where(r, 0), label: bare(block.title) }, msg`块标题重复出现；每个块只能有一个`);
      continue;
    }
    found.push({ block, row: r });
  }
  const ranges = new Map<Block, Range>();
  found.sort((a, b) => a.row - b.row);
  found.forEach((f, i) => ranges.set(f.block, { start: f.row, end: found[i + 1]?.row ?? view.rowCount }));
  for (const block of layout.blocks) {
    if (!ranges.has(block))
      out.error(
        { where: view.ref, label: bare(block.title) },
        msg`工作表“${view.name}”中找不到块标题“${block.title}”（在A列）；请勿修改或删除带【】的标题`,
      );
  }
  return ranges;
}

/** The header row of a block: its first non-blank row after the title; columns by header text. */
function headerColumns(
  view: SheetView,
  range: Range,
  headers: readonly string[],
  blockLabel: string,
  out: Collector,
): { row: number; columns: Map<string, number> } | undefined {
  let row = range.start + 1;
  while (row < range.end && view.isBlankRow(row)) row += 1;
  if (row >= range.end) {
    out.error({ where: view.where(range.start, 0), label: blockLabel }, msg`块下面缺少表头行（应为：${headers.join('、')}）`);
    return undefined;
  }
  const columns = new Map<string, number>();
  const known = new Map(headers.map((h) => [normalizeLabel(h), h]));
  for (const c of view.columnsOf(row)) {
    const text = labelAt(view, row, c);
    if (text === '') continue;
    const header = known.get(normalizeLabel(text));
    if (header === undefined || columns.has(header)) continue;
    columns.set(header, c);
  }
  const missing = headers.filter((h) => !columns.has(h));
  if (missing.length > 0) {
    out.error(
      { where: view.where(row, 0), label: blockLabel },
      msg`表头中找不到“${missing.join('”“')}”（表头应为：${headers.join('、')}）；请勿修改表头`,
    );
    return undefined;
  }
  return { row, columns };
}

/** A range of cells as Excel names it: 收入支出!C3:C23 (one cell: 收入支出!C3). */
function cellRange(view: SheetView, r1: number, c1: number, r2: number, c2: number): string {
  const from = address(r1, c1);
  const to = address(r2, c2);
  return `${view.ref}!${from === to ? from : `${from}:${to}`}`;
}

/** The rows of a block below its header row that hold anything (blank rows are skipped). */
function rowsBelow(view: SheetView, headerRow: number, range: Range): number[] {
  return view.rows().filter((r) => r > headerRow && r < range.end && !view.isBlankRow(r));
}

/** Cells with content in columns that belong to no header of the block: listed, never dropped. */
function strayCells(view: SheetView, rows: number[], used: Set<number>, blockLabel: string, out: Collector): void {
  for (const r of rows) {
    for (const c of view.columnsOf(r)) {
      if (!used.has(c) && !view.isBlank(r, c))
        out.error(
          { where: view.where(r, c), label: blockLabel },
          msg`此单元格不在本块的任何一列之下，内容“${view.text(r, c).slice(0, 30)}”无法读取；请移到对应的列，或删除`,
        );
    }
  }
}

/** The value read into `path`; undefined when the cell is blank or in error (Json is `unknown`, which already holds undefined). */
function readCell(view: SheetView, row: number, col: number, path: Path, place: Place, out: Collector): Json {
  const info = fieldAt(path);
  if (!info) throw new Error(msg`填报工作簿的版式指向了数据格式中没有的字段 ${path.join('.')}`);
  for (let n = path.length - 1; n > 0; n--) if (isRequiredAllOptionalObject(path.slice(0, n))) out.emptyObject(path.slice(0, n));
  const got = readFieldCell(view.cell(row, col), info, path);
  if (got.kind === 'error') out.error(place, got.message, path);
  else if (got.kind === 'blank') out.blank(path, place);
  else {
    out.set(path, got.value, place);
    return got.value;
  }
  return undefined;
}

function readForm(view: SheetView, block: FormBlock, range: Range, out: Collector): void {
  const blockLabel = bare(block.title);
  const header = headerColumns(view, range, [...block.keyHeaders, ...block.valueHeaders], blockLabel, out);
  if (!header) return;
  const grouped = block.keyHeaders.length === 2;
  const groupCol = header.columns.get(block.keyHeaders[0]!)!;
  const labelCol = header.columns.get(block.keyHeaders[grouped ? 1 : 0]!)!;
  const valueCols = block.valueHeaders.map((h) => header.columns.get(h)!);
  const byKey = new Map(block.rows.map((row) => [`${normalizeLabel(grouped ? (row.group ?? '') : '')}|${normalizeLabel(row.label)}`, row]));
  const seen = new Map<string, number>();
  /** Texts read so far per repeated row (a list of paragraphs). */
  const countOf = new Map<object, number>();
  const dataRows = rowsBelow(view, header.row, range);
  const [firstRow = header.row + 1, lastRow = header.row + 1] = [dataRows[0], dataRows[dataRows.length - 1]];
  out.beginBlock(blockLabel, cellRange(view, firstRow, Math.min(...valueCols), lastRow, Math.max(...valueCols)));
  let group = '';
  for (const r of dataRows) {
    if (grouped && view.text(r, groupCol) !== '') group = labelAt(view, r, groupCol);
    const label = labelAt(view, r, labelCol);
    const hasValues = valueCols.some((c) => !view.isBlank(r, c));
    const name = grouped ? `${group}·${label}` : label;
    if (label === '') {
      if (hasValues)
        out.error({ where: view.where(r, labelCol), label: blockLabel }, msg`此行填了数值或文字，但没有项目名称，无法确定是哪一项`);
      continue;
    }
    const key = `${normalizeLabel(grouped ? group : '')}|${normalizeLabel(label)}`;
    const row = byKey.get(key);
    if (!row) {
      if (hasValues)
        out.error(
          { where: view.where(r, labelCol), label: blockLabel },
          msg`没有名为“${name}”的项目（可能改动了项目名称），此行的内容无法读取；请恢复原来的项目名称`,
        );
      continue;
    }
    const times = seen.get(key) ?? 0;
    seen.set(key, times + 1);
    if (!row.repeats && times > 0) {
      out.error({ where: view.where(r, labelCol), label: `${blockLabel}·${name}` }, msg`同一项目出现了两次；请只保留一行`);
      continue;
    }
    row.cells.forEach((path, i) => {
      const col = valueCols[i]!;
      const place = { where: view.where(r, col), label: `${name}${block.valueHeaders.length > 1 ? `·${block.valueHeaders[i]}` : ''}` };
      if (path === null) {
        if (!view.isBlank(r, col)) out.error(place, msg`此格不需要填写，其内容无法读取；请删除`);
        return;
      }
      if (!row.repeats) {
        readCell(view, r, col, path, place, out);
        return;
      }
      const count = countOf.get(row) ?? 0;
      if (view.isBlank(r, col)) return;
      const value = readCell(view, r, col, [...path, count], place, out);
      if (value !== undefined) countOf.set(row, count + 1);
    });
  }
  // Lists of texts with no line filled, and the place of every field whose row is absent.
  for (const row of block.rows) {
    const path = row.cells[0]!;
    const name = grouped ? `${row.group ?? ''}·${row.label}` : row.label;
    const place = { where: view.where(range.start, 0), label: `${blockLabel}·${name}` };
    if (row.repeats && (countOf.get(row) ?? 0) === 0) {
      if (arrayAt(path)?.optional === false) out.emptyList(path, place);
      else out.blank(path, place);
    } else if (!row.repeats) {
      for (const p of row.cells) if (p) out.blank(p, place);
    }
  }
  strayCells(view, dataRows, new Set([groupCol, labelCol, ...valueCols]), blockLabel, out);
  out.endBlock();
}

interface ListState {
  element: number;
  spreadCount: number;
  previous: Map<ListColumn, Json>;
}

function readList(view: SheetView, block: ListBlock, range: Range, out: Collector): void {
  const blockLabel = bare(block.title);
  const spreadColumns = block.spread?.columns ?? [];
  const headers = [...(block.numbered ? [msg`序号`] : []), ...block.columns.map((c) => c.header), ...spreadColumns.map((c) => c.header)];
  const header = headerColumns(view, range, headers, blockLabel, out);
  if (!header) return;
  const col = (column: ListColumn) => header.columns.get(column.header)!;
  const keyCol = block.numbered ? header.columns.get(msg`序号`)! : col(block.columns[0]!);
  const ownCols = [...(block.numbered ? [keyCol] : []), ...block.columns.map(col)];
  const dataRows = rowsBelow(view, header.row, range);
  const cols = [...ownCols, ...spreadColumns.map(col)];
  const lastRow = Math.max(header.row + 1, ...dataRows);
  out.beginBlock(blockLabel, cellRange(view, header.row + 1, Math.min(...cols), lastRow, Math.max(...cols)));
  const state: ListState = { element: -1, spreadCount: 0, previous: new Map() };
  const names = new Set<string>();
  for (const r of dataRows) {
    const place = (c: number, what: string) => ({ where: view.where(r, c), label: `${blockLabel}·${what}` });
    const startsElement = !block.spread || !view.isBlank(r, keyCol);
    if (!startsElement) {
      const stray = ownCols.filter((c) => !view.isBlank(r, c));
      if (stray.length > 0) {
        out.error(
          place(keyCol, headers[0]!),
          msg`此行填了“${headers[ownCols.indexOf(stray[0]!)]}”等，但“${headers[0]}”为空：新的一项须填“${headers[0]}”，同一项的续行只填${spreadColumns.map((c) => `“${c.header}”`).join('')}`,
        );
        continue;
      }
      if (state.element < 0) {
        out.error(place(keyCol, headers[0]!), msg`续行之前没有任何一项；请在“${headers[0]}”中填写`);
        continue;
      }
    } else {
      state.element += 1;
      state.spreadCount = 0;
      const i = state.element;
      out.blank([...block.path, i], place(keyCol, msg`第${i + 1}项`));
      if (block.record) {
        const name = view.text(r, col(block.columns[0]!));
        if (names.has(name)) out.error(place(col(block.columns[0]!), name), msg`名称重复；每个名称只能定义一次`);
        names.add(name);
        const value = readCell(view, r, col(block.columns[1]!), [...block.path, name], place(col(block.columns[1]!), name), out);
        if (value === undefined && view.isBlank(r, col(block.columns[1]!)))
          out.error(place(col(block.columns[1]!), name), msg`事实“${name}”没有填写值`);
      } else {
        for (const column of block.columns) {
          const path = [...block.path, i, ...column.path];
          if (column.inheritsFromAbove && view.isBlank(r, col(column)) && state.previous.has(column)) {
            out.set(path, state.previous.get(column), place(col(column), column.header));
            continue;
          }
          const value = readCell(view, r, col(column), path, place(col(column), column.header), out);
          if (value !== undefined) state.previous.set(column, value);
        }
      }
    }
    if (!block.spread) continue;
    const i = state.element;
    const spreadBlank = spreadColumns.every((c) => view.isBlank(r, col(c)));
    if (spreadBlank) continue;
    const k = state.spreadCount;
    state.spreadCount += 1;
    for (const column of spreadColumns) {
      readCell(view, r, col(column), [...block.path, i, ...block.spread.path, k, ...column.path], place(col(column), column.header), out);
    }
  }
  if (block.spread) {
    // Each element's spread list: required and empty → weak (set [] only if the element exists).
    for (let i = 0; i <= state.element; i++) {
      const path = [...block.path, i, ...block.spread.path];
      if (arrayAt(path)?.optional === false)
        out.emptyList(path, { where: view.where(range.start, 0), label: msg`${blockLabel}·第${i + 1}项` });
    }
  }
  if (state.element < 0) {
    const place = { where: view.where(range.start, 0), label: blockLabel };
    if (!block.record && arrayAt(block.path)?.optional === false) out.emptyList(block.path, place);
    else out.blank(block.path, place);
  }
  strayCells(view, dataRows, new Set(cols), blockLabel, out);
  out.endBlock();
}

function readSheet(view: SheetView, layout: SheetLayout, out: Collector): void {
  for (const merge of view.merges()) {
    const range = `${address(merge.s.r, merge.s.c)}:${address(merge.e.r, merge.e.c)}`;
    out.error(
      { where: `${view.ref}!${range}`, label: view.name },
      msg`单元格被合并；合并后只有左上角的内容能被读取，请取消合并（表头、项目名称和填写区都不能合并）`,
    );
  }
  const ranges = blockRanges(view, layout, out);
  for (const block of layout.blocks) {
    const range = ranges.get(block);
    if (!range) continue;
    if (block.kind === 'form') readForm(view, block, range, out);
    else readList(view, block, range, out);
  }
}

/** The format versions this reader reads, each with its fixed sheets. */
const LAYOUTS: ReadonlyMap<string, readonly SheetLayout[]> = new Map([
  [String(FORMAT_VERSION), FIXED_SHEETS],
  ['1', FORMAT_1_SHEETS],
]);

function isFillIn(workbook: XLSX.WorkBook): { ok: true; version: string } | { ok: false; message: string } {
  const sheet = workbook.Sheets[INSTRUCTIONS_SHEET];
  if (!sheet)
    return {
      ok: false,
      message: msg`不是本工具的填报工作簿（没有“${INSTRUCTIONS_SHEET}”工作表）；填报工作簿由 npm run workbook 生成。若这是公开表或财决报表，请命名为 <单位>.公开表.xlsx 或 <单位>.财决.xlsx，放在该单位的数据文件旁边`,
    };
  const view = new SheetView(INSTRUCTIONS_SHEET, sheet);
  if (normalizeLabel(view.text(0, 0)) !== normalizeLabel(WORKBOOK_MARK))
    return { ok: false, message: msg`不是本工具的填报工作簿（“${INSTRUCTIONS_SHEET}”的A1不是“${WORKBOOK_MARK}”）` };
  const versionRow = view.rows().find((r) => normalizeLabel(view.text(r, 0)) === normalizeLabel(FORMAT_VERSION_LABEL));
  const version = versionRow === undefined ? '' : view.text(versionRow, 1);
  if (!LAYOUTS.has(version))
    return {
      ok: false,
      message: msg`填报工作簿的${FORMAT_VERSION_LABEL}为“${version}”，本工具读取版本 ${[...LAYOUTS.keys()].sort().join('、')}；请用 npm run workbook 重新生成`,
    };
  return { ok: true, version };
}

export function readFillIn(workbook: XLSX.WorkBook): Collector {
  const out = new Collector();
  const kind = isFillIn(workbook);
  if (!kind.ok) {
    out.errors.push({ path: '$', message: kind.message });
    return out;
  }
  const sheets = LAYOUTS.get(kind.version)!;
  if (kind.version !== String(FORMAT_VERSION))
    out.notes.push({
      path: `${INSTRUCTIONS_SHEET}!B2`,
      message: msg`这是格式版本 ${kind.version} 的填报工作簿（本工具的上一版写出），仍照常读取；需要新版式（填写区着色、必填项标 *、设置移到“高级设置”）时，运行 npm run workbook -- --data <本工作簿> --out <目录> 写出一份内容相同的新工作簿`,
    });
  const fixed = new Map(sheets.map((s) => [s.name, s]));
  const projects: { number: number; name: string }[] = [];
  const unknown: string[] = [];
  for (const name of workbook.SheetNames) {
    const project = PROJECT_SHEET.exec(name.trim());
    if (name === INSTRUCTIONS_SHEET || name.trim().startsWith(OWN_SHEET_PREFIX) || fixed.has(name.trim())) continue;
    if (project) projects.push({ number: Number(project[1]), name });
    else unknown.push(name);
  }
  const present = new Map(workbook.SheetNames.map((n) => [n.trim(), n]));
  for (const layout of sheets) {
    const actual = present.get(layout.name);
    if (actual === undefined && layout.mayBeAbsent) continue;
    if (actual === undefined) {
      out.errors.push({
        path: `${quoteSheet(layout.name)}!A1`,
        message: msg`【${layout.name}】缺少工作表“${layout.name}”${unknown.length > 0 ? `（工作簿中有不认识的工作表“${unknown.join('”“')}”，是否改了名称？）` : ''}；请勿删除或改名工作表`,
      });
      continue;
    }
    readSheet(new SheetView(actual, workbook.Sheets[actual]!), layout, out);
  }
  for (const name of unknown) {
    out.errors.push({
      path: `${quoteSheet(name)}!A1`,
      message: msg`【${name}】不认识的工作表“${name}”：本工具的工作表名称是固定的（项目表为“项目1”“项目2”……）；自己的计算请放在名称以“${OWN_SHEET_PREFIX}”开头的工作表中`,
    });
  }
  projects.sort((a, b) => a.number - b.number);
  let index = 0;
  for (const { name } of projects) {
    const sheetOut = new Collector();
    readSheet(new SheetView(name, workbook.Sheets[name]!), projectSheet(index, undefined), sheetOut);
    // Note: a project sheet left entirely blank (the one a new workbook has) is no project.
    if (sheetOut.valueCount === 0 && sheetOut.errors.length === 0) continue;
    out.absorb(sheetOut);
    index += 1;
  }
  if (index === 0) out.emptyList(['projects'], { where: `${INSTRUCTIONS_SHEET}!A1`, label: msg`项目` });
  return out;
}
