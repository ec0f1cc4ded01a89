/**
 * Cell builders for the public-table layouts: headings, labels and amount cells, and the
 * 功能分类 code columns (类 | 款 | 项 | 科目名称). Takes texts and Amounts; returns
 * PublicTableCell. Amounts print with two decimals, as the 决算 statements do, with
 * thousands separators only when the pack asks for them.
 */
import type { CodeLevel } from '../../compute/functional-names.js';
import type { PublicTableCell } from '../../tables/public-table.js';

type Align = PublicTableCell['align'];

export function head(text: string, span: { col?: number; row?: number } = {}): PublicTableCell {
  return { text, colSpan: span.col ?? 1, rowSpan: span.row ?? 1, align: 'center', emphasis: true };
}

export function label(text: string, options: { col?: number; align?: Align; emphasis?: boolean } = {}): PublicTableCell {
  return { text, colSpan: options.col ?? 1, rowSpan: 1, align: options.align ?? 'left', emphasis: options.emphasis ?? false };
}

export function blank(col = 1): PublicTableCell {
  return { text: '', colSpan: col, rowSpan: 1, align: 'left', emphasis: false };
}

export function formatAmount(amount: string, thousands: boolean): string {
  if (!thousands) return amount;
  const [whole, fraction] = amount.split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}.${fraction}`;
}

export function money(amount: string, thousands: boolean): PublicTableCell {
  return { text: formatAmount(amount, thousands), colSpan: 1, rowSpan: 1, align: 'right', emphasis: false, amount };
}

/** A total row: every cell of it emphasised (bold and shaded alike in the document and the workbook). */
export function totalRow(cells: PublicTableCell[]): PublicTableCell[] {
  return cells.map((cell) => ({ ...cell, emphasis: true }));
}

/** The four 功能分类 columns of a row: the full code in its level's column, then the name. */
export function functionalCells(row: { code: string; level: CodeLevel; name: string }): PublicTableCell[] {
  const position = row.level === 'class' ? 0 : row.level === 'section' ? 1 : 2;
  return [0, 1, 2].map((k) => (k === position ? label(row.code, { align: 'center' }) : blank())).concat(label(row.name));
}
