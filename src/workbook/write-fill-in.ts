/**
 * Writes the fill-in workbook (填报工作簿) of one unit and year: the 填报说明 sheet, one sheet
 * per block of the data format as layout.ts places them, one sheet per project, and 高级设置
 * last. Takes the data as a person writes it (a data file's JSON, or a partial draft) and the
 * workbook's properties; returns the .xlsx bytes.
 *
 * What the clerk sees: every cell to fill is light yellow and unlocked; labels, headers and
 * titles are locked (sheet protection without a password, so a unit can lift it); a red *
 * marks a required field (in a list: a column required in every row that is filled); the
 * label columns are frozen; a field with a few possible words has a drop-down (strict for an
 * enum, suggestions for a free text such as 编制类别); lists leave blank rows to fill on. A
 * cell the reader does not read (a row without a 变动原因) is grey and locked.
 *
 * Every field gets its Chinese label, the schema's description as a note (on the label, or on
 * a list's header), a number format, and data validation where its kind allows. A field
 * without a value is a blank cell, so that reading back gives back exactly what was written.
 * Text cells are formatted as text, so digits typed into them (项目编码) stay text.
 *
 * Note: written with ExcelJS (SheetJS Community Edition writes neither styles nor sheet
 * protection); the reader stays on SheetJS, which also reads .xls. ExcelJS stamps the zip
 * entries with the clock, so the package is zipped again with a fixed time (same data, same
 * bytes); the document dates come from `properties.date`.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { cellRule, suggestionRule, type CellRule, type ValidationRule } from './cell-rules.js';
import { INSTRUCTIONS_SHEET, instructionRows } from './instructions.js';
import { projectSheet, REQUIRED_MARK, SHEETS_AFTER_PROJECTS, SHEETS_BEFORE_PROJECTS } from './layout/layout.js';
import type { Block, FormBlock, ListBlock, ListColumn, Path, SheetLayout, Suggestions } from './layout/types.js';
import { arrayAt, fieldAt, isRequired, type FieldInfo } from '../schema/field-info.js';
import { choiceWords, getAt, wordFor, type Json } from './values.js';
import { msg } from '../text/msg.js';

export interface FillInProperties {
  title: string;
  author: string;
  /** yyyy-mm-dd, never the clock (same data, same bytes). */
  date: string;
  /** The prior-year file a draft was filled from, named in 填报说明. */
  prefilledFrom?: string;
  /** The template packs installed, offered for 文字模板包 (the command lists them; src/workbook reads no pack). */
  packNames?: readonly string[];
}

/** Blank rows left under a list whose layout names none (validation and colour cover them too). */
const SPARE_ROWS = 20;
/** Lines a list of texts (paragraphs, names) offers at least, and blank lines below those filled. */
const MIN_TEXT_LINES = 5;
const SPARE_TEXT_LINES = 3;

const COLOURS = {
  /** The one colour of every cell to fill. */
  input: 'FFFFF2CC',
  header: 'FFDDEBF7',
  /** A cell in a block's grid that is not read. */
  unused: 'FFE7E6E6',
  required: 'FFC00000',
};
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A label, with the red * of a required field. */
function labelValue(text: string, required: boolean): ExcelJS.CellValue {
  if (!required) return text;
  return { richText: [{ text: REQUIRED_MARK, font: { color: { argb: COLOURS.required }, bold: true } }, { text }] };
}

/** The width of a text in columns: a CJK character is about two. */
function widthOf(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
}

class SheetWriter {
  /** 1-based, as ExcelJS counts. */
  row = 1;
  private readonly widths: number[] = [];

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly given: GivenLists,
  ) {}

  /** Widens a column to its text; long texts wrap, so widths are capped. */
  private fit(col: number, text: string): void {
    this.widths[col] = Math.max(this.widths[col] ?? 8, Math.min(60, widthOf(text) + 2));
  }

  title(row: number, text: string): void {
    const cell = this.sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
  }

  /** A locked label or header, with its note; `required` adds the red *. */
  label(row: number, col: number, text: string, options: { note?: string | undefined; required?: boolean; header?: boolean } = {}): void {
    const cell = this.sheet.getCell(row, col);
    cell.value = labelValue(text, options.required === true);
    if (options.note) cell.note = { texts: [{ text: options.note }] };
    cell.border = GRID;
    if (options.header) {
      cell.font = { bold: true };
      cell.fill = solid(COLOURS.header);
    }
    this.fit(col, options.required ? `${REQUIRED_MARK}${text}` : text);
  }

  /** A cell to fill: unlocked, coloured, formatted, validated; `value` undefined leaves it blank. */
  input(row: number, col: number, value: Json, rule: CellRule | undefined): void {
    const cell = this.sheet.getCell(row, col);
    if (typeof value === 'number' || typeof value === 'string') cell.value = value;
    else if (value !== undefined && value !== null) cell.value = JSON.stringify(value);
    if (rule?.numberFormat) cell.numFmt = rule.numberFormat;
    if (rule?.validation) cell.dataValidation = excelValidation(rule.validation, cell.address);
    cell.fill = solid(COLOURS.input);
    cell.border = GRID;
    cell.protection = { locked: false };
    // Room to type: a number column at least 14 wide, a text column 30.
    this.widths[col] = Math.max(this.widths[col] ?? 8, rule?.numberFormat === '@' || rule === undefined ? 30 : 14);
    if (typeof value === 'string' || typeof value === 'number') this.fit(col, String(value));
  }

  /** A cell in a block's grid that is not read: grey and locked, so it is not offered. */
  unused(row: number, col: number): void {
    const cell = this.sheet.getCell(row, col);
    cell.fill = solid(COLOURS.unused);
    cell.border = GRID;
  }

  finish(frozen: { columns: number; rows: number }): void {
    this.widths.forEach((w, col) => {
      if (w !== undefined) this.sheet.getColumn(col).width = w;
    });
    this.sheet.views = [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }];
    // Printed, a sheet is as wide as the page.
    this.sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
}

function excelValidation(rule: ValidationRule, address: string): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorTitle: msg`输入有误`, error: rule.error };
  switch (rule.type) {
    case 'whole':
      return { ...common, type: 'whole', operator: 'between', formulae: [rule.min, rule.max], errorStyle: 'stop' };
    case 'custom':
      return { ...common, type: 'custom', formulae: [rule.formula.replaceAll('{ref}', address)], errorStyle: 'stop' };
    case 'list':
      // Note: an explicit list is one quoted, comma-separated string (at most 255 characters).
      return {
        ...common,
        type: 'list',
        formulae: [`"${rule.values.join(',')}"`],
        errorStyle: rule.strict ? 'stop' : 'information',
        ...(rule.strict ? {} : { errorTitle: msg`提示` }),
      };
  }
}

/** The lists a command gives when it writes (Suggestions' `given`). */
interface GivenLists {
  packs: readonly string[];
}

/** The cell rule of a field: its kind's, or a drop-down of suggested words for a free text. */
function ruleFor(info: FieldInfo | undefined, path: Path, suggestions: Suggestions | undefined, given: GivenLists): CellRule | undefined {
  if (!info) return undefined;
  const words = suggestions && 'given' in suggestions ? given[suggestions.given] : suggestions;
  if (words && words.length > 0 && info.kind === 'text') return suggestionRule(words);
  return cellRule(info, choiceWords(info, path));
}

function noteFor(info: FieldInfo | undefined, label: string, rule: CellRule | undefined, required: boolean): string {
  if (!info || !rule) return label;
  // text: vocabulary
  const description = info.description && info.description !== '金额，单位万元，最多两位小数' ? info.description : '';
  // The label and the schema's description often say the same: print it once.
  const lead =
    description === '' || description === label
      ? msg`${label}：`
      : description.startsWith(label)
        ? msg`${description}。`
        : msg`${label}：${description}。`;
  return msg`${lead}${rule.hint}${required ? '（必填）' : '（可不填）'}`;
}

/** A list of texts written one per row: each line is a text; the note says what the list is. */
function listInfo(path: Path): FieldInfo | undefined {
  const element = fieldAt([...path, 0]);
  const list = arrayAt(path);
  return element && list && { ...element, optional: list.optional, description: list.description ?? element.description };
}

function writeForm(w: SheetWriter, block: FormBlock, data: Json): void {
  w.title(w.row, block.title);
  w.row += 1;
  [...block.keyHeaders, ...block.valueHeaders].forEach((h, c) => w.label(w.row, c + 1, h, { header: true }));
  w.row += 1;
  const grouped = block.keyHeaders.length === 2;
  const firstValueCol = block.keyHeaders.length + 1;
  for (const row of block.rows) {
    const infos = row.cells.map((p) => (p ? (row.repeats ? listInfo(p) : fieldAt(p)) : undefined));
    const rules = row.cells.map((p, i) => (p ? ruleFor(infos[i], p, row.suggestions, w.given) : undefined));
    const first = row.cells.findIndex((p) => p !== null);
    const firstPath = row.cells[first]!;
    const list = row.repeats ? arrayAt(firstPath) : undefined;
    const required = list ? !list.optional && !list.mayBeEmpty && isRequired(firstPath) : isRequired(firstPath);
    const note = noteFor(infos[first], row.label, rules[first], required);
    const values = row.repeats ? ((getAt(data, firstPath) as Json[] | undefined) ?? []) : [undefined];
    const lines = row.repeats ? Math.max(MIN_TEXT_LINES, values.length + SPARE_TEXT_LINES) : 1;
    for (let k = 0; k < lines; k++) {
      if (grouped) w.label(w.row, 1, row.group ?? '');
      w.label(w.row, grouped ? 2 : 1, row.label, { note: k === 0 ? note : undefined, required });
      row.cells.forEach((p, i) => {
        const col = firstValueCol + i;
        if (!p) return w.unused(w.row, col);
        const value = row.repeats ? values[k] : getAt(data, p);
        w.input(w.row, col, infos[i] ? wordFor(infos[i], p, value) : value, rules[i]);
      });
      w.row += 1;
    }
  }
}

function writeList(w: SheetWriter, block: ListBlock, data: Json): void {
  w.title(w.row, block.title);
  w.row += 1;
  const columns: { column: ListColumn; spread: boolean }[] = [
    ...block.columns.map((column) => ({ column, spread: false })),
    ...(block.spread?.columns ?? []).map((column) => ({ column, spread: true })),
  ];
  const offset = block.numbered ? 2 : 1;
  /** The path of a column's field in element i (spread entry k); a record's value is any fact. */
  const fieldPath = (column: ListColumn, spread: boolean, i: number, k: number): Path => {
    if (block.record) return [...block.path, 'x'];
    return spread ? [...block.path, i, ...block.spread!.path, k, ...column.path] : [...block.path, i, ...column.path];
  };
  const isRecordKey = (column: ListColumn) => block.record === true && column.path[0] === 'key';
  const paths = columns.map(({ column, spread }) => fieldPath(column, spread, 0, 0));
  const infos = columns.map(({ column }, c) => (isRecordKey(column) ? undefined : fieldAt(paths[c]!)));
  const rules = columns.map(({ column }, c) =>
    isRecordKey(column)
      ? { numberFormat: '@', validation: undefined, hint: '' }
      : ruleFor(infos[c], paths[c]!, column.suggestions, w.given),
  );
  if (block.numbered)
    w.label(w.row, 1, msg`序号`, { header: true, note: msg`序号：每一节一个号；同一节的其余段落写在下面的行中，序号留空` });
  columns.forEach(({ column }, c) => {
    const info = infos[c];
    const required = isRecordKey(column) || (info !== undefined && isRequired(paths[c]!));
    const note = isRecordKey(column)
      ? msg`名称：只用文字、数字和下划线；文字中写作 \${名称}`
      : noteFor(info, column.header, rules[c], required);
    w.label(w.row, offset + c, column.header, { header: true, note, required });
  });
  w.row += 1;
  const value = getAt(data, block.path);
  const elements: Json[] = block.record
    ? Object.entries((value as Record<string, Json> | undefined) ?? {}).map(([key, v]) => ({ key, value: v }))
    : ((value as Json[] | undefined) ?? []);
  const writeRow = (cells: Json[], number: number | undefined) => {
    if (block.numbered) w.input(w.row, 1, number, { numberFormat: '0', validation: undefined, hint: '' });
    columns.forEach((_, c) => {
      const info = infos[c];
      w.input(w.row, offset + c, info && cells[c] !== undefined ? wordFor(info, paths[c]!, cells[c]) : cells[c], rules[c]);
    });
    w.row += 1;
  };
  elements.forEach((element, i) => {
    const entries = block.spread ? ((getAt(element, block.spread.path) as Json[] | undefined) ?? []) : [];
    for (let k = 0; k < Math.max(1, entries.length); k++) {
      writeRow(
        columns.map(({ column, spread }) => {
          if (!spread && k > 0) return undefined;
          return spread ? getAt(entries[k], column.path) : getAt(element, column.path);
        }),
        block.numbered && k === 0 ? i + 1 : undefined,
      );
    }
  });
  for (let n = 0; n < (block.spareRows ?? SPARE_ROWS); n++) writeRow([], undefined);
}

function writeBlock(w: SheetWriter, block: Block, data: Json): void {
  if (block.kind === 'form') writeForm(w, block, data);
  else writeList(w, block, data);
  w.row += 1;
}

/** Panes frozen on the labels: the first block's label columns; a sheet that is one list also keeps its header in view. */
function frozenPanes(layout: SheetLayout): { columns: number; rows: number } {
  const first = layout.blocks[0]!;
  const columns = first.kind === 'form' ? first.keyHeaders.length : first.numbered ? 2 : 1;
  return { columns, rows: layout.blocks.length === 1 && first.kind === 'list' ? 2 : 0 };
}

/** Protection without a password: locked cells cannot be typed over, and a unit can still lift it (审阅 → 撤销工作表保护). */
async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true });
}

function writeInstructions(sheet: ExcelJS.Worksheet, data: Json, properties: FillInProperties): void {
  const unit = getAt(data, ['unit', 'name']);
  const year = getAt(data, ['year']);
  const rows = instructionRows(
    typeof unit === 'string' ? unit : '',
    typeof year === 'number' ? String(year) : '',
    properties.prefilledFrom,
  );
  const textWidth = 80;
  rows.forEach((line, r) => {
    line.forEach((text, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = text;
      cell.alignment = { vertical: 'top', wrapText: c === 1 };
      if (r === 0 || (line.length === 1 && text !== '')) cell.font = { bold: true, size: r === 0 ? 14 : 12 };
    });
    // Note: neither Excel nor LibreOffice grows a row for wrapped text on opening a file: the height is set here.
    const lines = Math.ceil(widthOf(line[1] ?? '') / textWidth);
    if (lines > 1) sheet.getRow(r + 1).height = 16 * lines;
  });
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = textWidth + 2;
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** The sheets of a workbook for this data: the fixed ones, one per project (one blank when there are none), 高级设置. */
function sheetsFor(data: Json): SheetLayout[] {
  const projects = (getAt(data, ['projects']) as Json[] | undefined) ?? [];
  const count = Math.max(1, projects.length);
  return [
    ...SHEETS_BEFORE_PROJECTS,
    ...Array.from({ length: count }, (_, i) => projectSheet(i, getAt(projects[i], ['name']))),
    ...SHEETS_AFTER_PROJECTS,
  ];
}

/** Fixed zip times (the earliest a zip can hold), for the same bytes from the same data. */
const ZIP_TIME = new Date('1980-01-01T00:00:00Z');

export async function writeFillInWorkbook(data: Json, properties: FillInProperties): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${properties.date}T00:00:00Z`);
  workbook.creator = properties.author;
  workbook.lastModifiedBy = properties.author;
  workbook.title = properties.title;
  workbook.created = date;
  workbook.modified = date;
  const sheets: ExcelJS.Worksheet[] = [];
  const instructions = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  writeInstructions(instructions, data, properties);
  sheets.push(instructions);
  for (const layout of sheetsFor(data)) {
    const sheet = workbook.addWorksheet(layout.name);
    const w = new SheetWriter(sheet, { packs: properties.packNames ?? [] });
    for (const block of layout.blocks) writeBlock(w, block, data);
    w.finish(frozenPanes(layout));
    sheets.push(sheet);
  }
  for (const sheet of sheets) await protect(sheet);
  // Stored, not deflated: the parts are compressed once, below.
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  return zipSync(unzipSync(written), { level: 6, mtime: ZIP_TIME });
}

/**
 * A filled workbook with one of its sheets written anew from the data (the others as ExcelJS
 * reads and writes them): what `npm run learn -- … --write` does to the sheet 写法 of a
 * unit kept in a workbook. Takes the workbook's bytes, the sheet's name, the data (JSON) and
 * the pack names; returns the new bytes.
 * Note: the new sheet comes last (ExcelJS's documented interface adds sheets at the end); the
 * reader finds sheets by name, so their order does not matter.
 */
export async function rewriteFillInSheet(bytes: Uint8Array, name: string, data: Json, packNames: readonly string[]): Promise<Uint8Array> {
  const layout = [...SHEETS_BEFORE_PROJECTS, ...SHEETS_AFTER_PROJECTS].find((l) => l.name === name);
  if (!layout) throw new Error(msg`填报工作簿没有名为“${name}”的工作表格式`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const old = workbook.getWorksheet(name);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(name);
  const w = new SheetWriter(sheet, { packs: packNames });
  for (const block of layout.blocks) writeBlock(w, block, data);
  w.finish(frozenPanes(layout));
  await protect(sheet);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  return zipSync(unzipSync(written), { level: 6, mtime: ZIP_TIME });
}
