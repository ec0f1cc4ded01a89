/**
 * Writes the fill-in workbook (填报工作簿) of one unit and year: the 填报说明 sheet, then one
 * sheet per block of the data format as layout.ts places them, and one sheet per project.
 * Takes the data as a person writes it (a data file's JSON, or a partial draft) and the
 * workbook's properties; returns the .xlsx bytes.
 *
 * Every field gets its Chinese label, the schema's description as a cell note (on the label,
 * or on a list's header), a number format, and data validation where its kind allows (two-
 * decimal amounts, whole counts, the 指标性质 and option lists). A field without a value is a
 * blank cell, so that reading back gives back exactly what was written. Text cells are
 * formatted as text, so digits typed into them (项目编码) stay text.
 */
import * as XLSX from '@e965/xlsx';
import { cellRule } from './cell-rules.js';
import { addDataValidations, type RangeValidation } from './data-validation.js';
import { INSTRUCTIONS_SHEET, instructionRows } from './instructions.js';
import { FIXED_SHEETS, projectSheet } from './layout/layout.js';
import type { Block, FormBlock, ListBlock, ListColumn, Path, SheetLayout } from './layout/types.js';
import { arrayAt, fieldAt, type FieldInfo } from '../schema/field-info.js';
import { choiceWords, getAt, wordFor, type Json } from './values.js';
import { msg } from '../text/msg.js';

export interface FillInProperties {
  title: string;
  author: string;
  /** yyyy-mm-dd, never the clock (same data, same bytes). */
  date: string;
  /** The prior-year file a draft was filled from, named in 填报说明. */
  prefilledFrom?: string;
}

/** Blank rows left under each list for the clerk to add to (validation covers them too). */
const SPARE_ROWS = 3;

class SheetBuilder {
  readonly sheet: XLSX.WorkSheet = {};
  readonly validations: RangeValidation[] = [];
  private readonly widths: number[] = [];
  row = 0;
  private lastCol = 0;

  put(row: number, col: number, cell: XLSX.CellObject): void {
    this.sheet[XLSX.utils.encode_cell({ r: row, c: col })] = cell;
    this.lastCol = Math.max(this.lastCol, col);
    const text = cell.v === undefined ? '' : String(cell.v);
    // Note: a CJK character is about two columns wide; long texts wrap visually, so widths are capped.
    const width = Math.min(60, [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2);
    this.widths[col] = Math.max(this.widths[col] ?? 8, width);
  }

  text(row: number, col: number, value: string, note?: string): void {
    this.put(row, col, { t: 's', v: value, ...(note ? { c: hiddenNote(note) } : {}) });
  }

  finish(): XLSX.WorkSheet {
    this.sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(this.row - 1, 0), c: this.lastCol } });
    this.sheet['!cols'] = this.widths.map((w) => ({ wch: w ?? 8 }));
    return this.sheet;
  }
}

function hiddenNote(text: string): XLSX.Comments {
  // Note: an empty author: SheetJS CE writes "undefined" for a missing one and garbles a non-ASCII one when reading it back.
  const note = [{ a: '', t: text }] as XLSX.Comments;
  note.hidden = true;
  return note;
}

function noteFor(info: FieldInfo | undefined, label: string, words: string[] | undefined): string {
  if (!info) return label;
  const rule = cellRule(info, words);
  // text: vocabulary
  const description = info.description && info.description !== '金额，单位万元，最多两位小数' ? info.description : '';
  // The label and the schema's description often say the same: print it once.
  const lead =
    description === '' || description === label
      ? msg`${label}：`
      : description.startsWith(label)
        ? msg`${description}。`
        : msg`${label}：${description}。`;
  return msg`${lead}${rule.hint}${info.optional ? '（可不填）' : '（必填）'}`;
}

/** Writes one value into a cell of the kind its field has; a missing value leaves a formatted blank. */
function putValue(b: SheetBuilder, row: number, col: number, path: Path, value: Json, info: FieldInfo | undefined, validate = true): void {
  const words = info && choiceWords(info, path);
  const rule = info && cellRule(info, words);
  const z = rule?.numberFormat;
  if (validate && rule?.validation) b.validations.push({ range: XLSX.utils.encode_cell({ r: row, c: col }), rule: rule.validation });
  const shown = info ? wordFor(info, path, value) : value;
  if (typeof shown === 'number') b.put(row, col, { t: 'n', v: shown, ...(z ? { z } : {}) });
  else if (typeof shown === 'string') b.put(row, col, { t: 's', v: shown, ...(z ? { z } : {}) });
  else if (shown !== undefined && shown !== null) b.put(row, col, { t: 's', v: JSON.stringify(shown) });
  else if (z) b.put(row, col, { t: 'z', z });
}

/** A list of texts written one per row: each line is a text; the note says what the list is. */
function listInfo(path: Path): FieldInfo | undefined {
  const element = fieldAt([...path, 0]);
  const list = arrayAt(path);
  return element && list && { ...element, optional: list.optional, description: list.description ?? element.description };
}

function writeForm(b: SheetBuilder, block: FormBlock, data: Json): void {
  b.text(b.row, 0, block.title);
  b.row += 1;
  [...block.keyHeaders, ...block.valueHeaders].forEach((h, c) => b.text(b.row, c, h));
  b.row += 1;
  const grouped = block.keyHeaders.length === 2;
  for (const row of block.rows) {
    const infos = row.cells.map((p) => (p ? (row.repeats ? listInfo(p) : fieldAt(p)) : undefined));
    const first = row.cells.findIndex((p) => p !== null);
    const firstPath = row.cells[first]!;
    const note = noteFor(infos[first], row.label, infos[first] && choiceWords(infos[first], firstPath));
    const values = row.repeats ? ((getAt(data, firstPath) as Json[] | undefined) ?? []) : [undefined];
    const lines = Math.max(1, values.length);
    for (let k = 0; k < lines; k++) {
      if (grouped) b.text(b.row, 0, row.group ?? '');
      b.text(b.row, grouped ? 1 : 0, row.label, k === 0 ? note : undefined);
      row.cells.forEach((p, i) => {
        if (!p) return;
        const value = row.repeats ? values[k] : getAt(data, p);
        putValue(b, b.row, block.keyHeaders.length + i, p, value, infos[i]);
      });
      b.row += 1;
    }
  }
}

function writeList(b: SheetBuilder, block: ListBlock, data: Json): void {
  b.text(b.row, 0, block.title);
  b.row += 1;
  const columns: { column: ListColumn; spread: boolean }[] = [
    ...block.columns.map((column) => ({ column, spread: false })),
    ...(block.spread?.columns ?? []).map((column) => ({ column, spread: true })),
  ];
  const offset = block.numbered ? 1 : 0;
  /** The path of a column's field in element i (spread entry k); a record's value is any fact. */
  const fieldPath = (column: ListColumn, spread: boolean, i: number, k: number): Path => {
    if (block.record) return [...block.path, 'x'];
    return spread ? [...block.path, i, ...block.spread!.path, k, ...column.path] : [...block.path, i, ...column.path];
  };
  const isRecordKey = (column: ListColumn) => block.record === true && column.path[0] === 'key';
  const infos = columns.map(({ column, spread }) => (isRecordKey(column) ? undefined : fieldAt(fieldPath(column, spread, 0, 0))));
  if (block.numbered) b.text(b.row, 0, msg`序号`, msg`序号：每一节一个号；同一节的其余段落写在下面的行中，序号留空`);
  columns.forEach(({ column, spread }, c) => {
    const info = infos[c];
    const note = isRecordKey(column)
      ? msg`名称：只用文字、数字和下划线；文字中写作 \${名称}`
      : noteFor(info, column.header, info && choiceWords(info, fieldPath(column, spread, 0, 0)));
    b.text(b.row, offset + c, column.header, note);
  });
  b.row += 1;
  const first = b.row;
  const value = getAt(data, block.path);
  const elements: Json[] = block.record
    ? Object.entries((value as Record<string, Json> | undefined) ?? {}).map(([key, v]) => ({ key, value: v }))
    : ((value as Json[] | undefined) ?? []);
  elements.forEach((element, i) => {
    const entries = block.spread ? ((getAt(element, block.spread.path) as Json[] | undefined) ?? []) : [];
    for (let k = 0; k < Math.max(1, entries.length); k++) {
      if (block.numbered && k === 0) b.put(b.row, 0, { t: 'n', v: i + 1 });
      columns.forEach(({ column, spread }, c) => {
        if (!spread && k > 0) return;
        const v = spread ? getAt(entries[k], column.path) : getAt(element, column.path);
        if (isRecordKey(column)) b.put(b.row, offset + c, { t: 's', v: String(v), z: '@' });
        else putValue(b, b.row, offset + c, fieldPath(column, spread, i, k), v, infos[c], false);
      });
      b.row += 1;
    }
  });
  const last = b.row + SPARE_ROWS - 1;
  b.row = last + 1;
  // The list's columns keep their format and validation on the spare rows too.
  columns.forEach(({ column, spread }, c) => {
    const info = infos[c];
    if (!info) return;
    const rule = cellRule(info, choiceWords(info, fieldPath(column, spread, 0, 0)));
    const col = offset + c;
    for (let r = first; r <= last; r++) {
      const at = XLSX.utils.encode_cell({ r, c: col });
      if (rule.numberFormat && !b.sheet[at]) b.sheet[at] = { t: 'z', z: rule.numberFormat };
    }
    if (rule.validation)
      b.validations.push({
        range: `${XLSX.utils.encode_cell({ r: first, c: col })}:${XLSX.utils.encode_cell({ r: last, c: col })}`,
        rule: rule.validation,
      });
  });
}

function writeBlock(b: SheetBuilder, block: Block, data: Json): void {
  if (block.kind === 'form') writeForm(b, block, data);
  else writeList(b, block, data);
  b.row += 1;
}

function instructionsSheet(data: Json, properties: FillInProperties): XLSX.WorkSheet {
  const b = new SheetBuilder();
  const unit = getAt(data, ['unit', 'name']);
  const year = getAt(data, ['year']);
  for (const line of instructionRows(
    typeof unit === 'string' ? unit : '',
    typeof year === 'number' ? String(year) : '',
    properties.prefilledFrom,
  )) {
    line.forEach((text, c) => b.text(b.row, c, text));
    b.row += 1;
  }
  const sheet = b.finish();
  sheet['!cols'] = [{ wch: 26 }, { wch: 100 }];
  return sheet;
}

/** The sheets of a workbook for this data: the fixed ones, then one per project (one blank when there are none). */
function sheetsFor(data: Json): SheetLayout[] {
  const projects = (getAt(data, ['projects']) as Json[] | undefined) ?? [];
  const count = Math.max(1, projects.length);
  return [...FIXED_SHEETS, ...Array.from({ length: count }, (_, i) => projectSheet(i, getAt(projects[i], ['name'])))];
}

export function writeFillInWorkbook(data: Json, properties: FillInProperties): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, instructionsSheet(data, properties), INSTRUCTIONS_SHEET);
  const validations = new Map<number, RangeValidation[]>();
  sheetsFor(data).forEach((layout, i) => {
    const b = new SheetBuilder();
    for (const block of layout.blocks) writeBlock(b, block, data);
    XLSX.utils.book_append_sheet(workbook, b.finish(), layout.name);
    validations.set(i + 1, b.validations);
  });
  const date = new Date(`${properties.date}T00:00:00Z`);
  workbook.Props = {
    Title: properties.title,
    Author: properties.author,
    LastAuthor: properties.author,
    CreatedDate: date,
    ModifiedDate: date,
  };
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  return addDataValidations(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), validations);
}
