/**
 * Reading single cells of a SheetJS sheet (dense mode): labels compared without the
 * noise of spacing and character width (`合 计` = `合计`, `（` = `(`), cell addresses as
 * Excel writes them (`三公明细!C7`), and numbers with their failure modes named: a formula
 * saved without its value, an error value, a number stored as text, a number with
 * thousands separators. Takes cells; returns values or Chinese messages.
 *
 * Decision (README 用 Excel 填报): a number stored as text is refused, with or without
 * thousands separators, even where it is unambiguous ("1,234.56"): Excel's own SUM skips
 * such a cell, so the totals the clerk sees in the workbook would silently differ from the
 * figures the tool reads. The message gives the number to type instead.
 */
import * as XLSX from '@e965/xlsx';
import { quoteSheet } from './open-workbook.js';
import { msg } from '../../text/msg.js';

/** Label text as compared: NFKC (full-width letters, digits and brackets), no spaces or quotes. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0“”"‘’'「」]/g, '')
    .toLowerCase();
}

export function address(row: number, col: number): string {
  return XLSX.utils.encode_cell({ r: row, c: col });
}

/** A sheet read in dense mode, with the helpers every reader needs. */
export class SheetView {
  readonly rowCount: number;
  private readonly data: (XLSX.CellObject | undefined)[][];

  constructor(
    readonly name: string,
    readonly sheet: XLSX.WorkSheet,
  ) {
    this.data = (sheet['!data'] as (XLSX.CellObject | undefined)[][] | undefined) ?? [];
    this.rowCount = this.data.length;
  }

  cell(row: number, col: number): XLSX.CellObject | undefined {
    return this.data[row]?.[col];
  }

  /** The columns of a row that hold a cell, in order (rows are sparse arrays). */
  columnsOf(row: number): number[] {
    const cols: number[] = [];
    this.data[row]?.forEach((cell, c) => {
      if (cell) cols.push(c);
    });
    return cols;
  }

  /** The rows that hold any cell (a million-row range is never walked row by row). */
  rows(): number[] {
    const rows: number[] = [];
    this.data.forEach((row, r) => {
      if (row) rows.push(r);
    });
    return rows;
  }

  /** The cell's text as shown: strings trimmed, numbers as JavaScript writes them. */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    if (!cell || cell.v === undefined || cell.v === null) return '';
    return typeof cell.v === 'string' ? cell.v.trim() : String(cell.v);
  }

  isBlank(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell) return true;
    if (cell.f !== undefined) return false;
    return cell.v === undefined || cell.v === null || (typeof cell.v === 'string' && cell.v.trim() === '');
  }

  isBlankRow(row: number): boolean {
    return this.columnsOf(row).every((c) => this.isBlank(row, c));
  }

  merges(): XLSX.Range[] {
    return this.sheet['!merges'] ?? [];
  }

  /** The sheet as a reference names it (quoted when it must be), e.g. '项目1 甲!乙'. */
  get ref(): string {
    return quoteSheet(this.name);
  }

  where(row: number, col: number): string {
    return `${this.ref}!${address(row, col)}`;
  }
}

export type NumberCell = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'error'; message: string };

const DASHES = new Set(['—', '——', '-', msg`－`, '–', '―', '─']);

/** The plain number a text spells, for "数字存成了文字" messages; undefined when it spells none. */
function numberInText(text: string): { plain: string; separators: boolean } | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { plain: t, separators: false };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { plain: t.replace(/,/g, ''), separators: true };
  return undefined;
}

/** Moves the decimal point of a plain decimal `places` to the left (元 → 万元 is 4), exactly, without trailing zeros. */
function shiftLeft(plain: string, places: number): string {
  const [whole = '0', fraction = ''] = plain.split('.');
  const digits = whole.padStart(places + 1, '0') + fraction;
  const point = digits.length - fraction.length - places;
  const result = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '');
  return result === '' ? '0' : result;
}

/**
 * What to type for a number written with its unit ("0.7万元", "7000元", "95%"): the cell holds
 * the number alone, amounts in 万元. Takes the cell's text; returns the hint ('' for none).
 */
function unitHint(text: string): string {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  // text: vocabulary (units a clerk types after a number)
  const withUnit = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)(万元|万|元|%)$/u.exec(t);
  if (!withUnit) return '';
  const number = withUnit[1]!.replace(/,/g, '');
  switch (withUnit[2]) {
    // text: vocabulary
    case '元':
      return msg`；金额以万元为单位，只填数字：${number}元 即 ${shiftLeft(number, 4)}万元，请按决算报表（万元，两位小数）输入`;
    case '%':
      return msg`；只填数字，不带%：请输入 ${number}`;
    default:
      return msg`；金额已以万元为单位，只填数字：请输入 ${number}`;
  }
}

export function describeCellError(cell: XLSX.CellObject): string | undefined {
  if (cell.f !== undefined && (cell.v === undefined || cell.t === 'z')) {
    return msg`是公式“=${cell.f}”，但文件中没有保存计算结果（由程序生成、未在 Excel 或 WPS 中打开保存过）；请在 Excel 或 WPS 中打开后保存，或把公式改为数值`;
  }
  if (cell.t === 'e') return msg`是错误值 ${cell.w ?? XLSX.utils.format_cell(cell)}${cell.f ? `（公式“=${cell.f}”）` : ''}，应为数值`;
  return undefined;
}

/**
 * A money or count cell. With `dashIsZero` (the 财决 and 公开表 forms), "—" and its kin mean
 * 0 as the forms print them; in the fill-in workbook a blank is "not filled", never 0.
 */
export function readNumber(cell: XLSX.CellObject | undefined, options: { dashIsZero: boolean }): NumberCell {
  if (!cell) return { kind: 'blank' };
  const broken = describeCellError(cell);
  if (broken) return { kind: 'error', message: broken };
  if (cell.v === undefined || cell.v === null) return { kind: 'blank' };
  if (typeof cell.v === 'number') {
    if (!Number.isFinite(cell.v)) return { kind: 'error', message: msg`数值无效（${cell.v}）` };
    return { kind: 'number', value: cell.v };
  }
  if (typeof cell.v === 'string') {
    const text = cell.v.trim();
    if (text === '') return { kind: 'blank' };
    if (options.dashIsZero && DASHES.has(text)) return { kind: 'number', value: 0 };
    const spelled = numberInText(text);
    if (spelled) {
      const how = spelled.separators ? msg`数字带千位分隔符，存成了文字` : msg`数字存成了文字`;
      return {
        kind: 'error',
        message: msg`${how}（“${text}”）；Excel 的求和会漏掉这样的单元格。请把单元格设为“数值”格式后重新输入 ${spelled.plain}`,
      };
    }
    const hint = unitHint(text);
    return { kind: 'error', message: msg`应为数字，实际为文字“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”${hint}` };
  }
  if (typeof cell.v === 'boolean') return { kind: 'error', message: msg`应为数字，实际为逻辑值 ${cell.v ? 'TRUE' : 'FALSE'}` };
  return { kind: 'error', message: msg`应为数字，实际为日期` };
}
