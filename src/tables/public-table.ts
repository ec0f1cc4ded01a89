/**
 * A public table (公开表) laid out with its words: plain data that the merge stage builds
 * from the computed figures and the edition's form description (the pack's wording.json
 * `publicTables`), and that two outputs consume — the 部门决算说明's 第五部分 附表 (through a
 * template, as an HTML table) and the .xlsx workbook (src/render/xlsx). Cells follow HTML
 * semantics: a row lists the cells that start in it; a cell covered by a rowSpan or colSpan
 * from above or the left is absent.
 */

export interface PublicTableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: 'left' | 'center' | 'right';
  /** A heading or total cell: bold and shaded, in every format (column headings, 合计 rows). */
  emphasis: boolean;
  /** For an amount cell: the figure with two decimals ("1163.82"), written as a number in the workbook. */
  amount?: string;
}

/** The form's type size: 'small' is the tables' 5号, 'smaller' 小五 for the widest forms. */
export type PublicTableSize = 'small' | 'smaller';

export interface PublicTableView {
  id: string;
  /** Position in the pack's list, 1-based (公开01表 is 1). */
  number: number;
  /** e.g. 公开01表 */
  label: string;
  /** The table's name, printed alone above it (收入支出决算总表). */
  title: string;
  /** The table's ordinal in the 目录 (一、): the 目录 lists 一、收入支出决算总表, the page prints the name alone. */
  ordinal: string;
  /** e.g. 部门：遂宁市安居区司法局 */
  unitLine: string;
  /** e.g. 金额单位：万元 */
  amountUnitLine: string;
  /** Relative column widths; their count is the grid width. */
  columnWidths: number[];
  headerRows: PublicTableCell[][];
  bodyRows: PublicTableCell[][];
  /** Lines under the table: the form's 注：本表反映…, then for a table without figures 说明：…故本表无数据。 */
  notes: string[];
  /** The page the form is printed on, in the document and in the workbook. */
  orientation: 'portrait' | 'landscape';
  size: PublicTableSize;
  /** The workbook prints the whole sheet on one page (a short form of fixed lines). */
  onePage: boolean;
}
