/**
 * The document tree: plain data with a `type` field, produced by the parse stage and
 * consumed by both backends (docx, pdf). Each backend maps every node type to one handler;
 * `BlockHandlers<R>` makes a new node type fail to compile until both backends handle it.
 *
 * Table cells follow HTML semantics: a row lists only the cells that start in it, and a
 * cell covered by a rowSpan/colSpan from above or the left is simply absent. Each backend
 * converts to its library's model (pdfmake wants `{}` placeholders, docx does not).
 */

export interface TextRun {
  type: 'text';
  text: string;
  bold?: boolean;
}

/** Heading levels: 0 = 第一部分 (part), 1 = 一、, 2 = （一）, 3 = 1. */
export type HeadingLevel = 0 | 1 | 2 | 3;

export interface TitleNode {
  type: 'title';
  text: string;
  /**
   * Offsets in `text` where the title may break (`<wbr>` in the template, e.g. after 年度).
   * A title too long for one line breaks only there, as many parts to a line as fit, so a
   * line never ends inside a word (GB/T 9704 7.3.3: 回行时词意完整); a part longer than a
   * line breaks within itself.
   */
  breaks?: number[];
  /** A smaller second line under the title, e.g. （案件代理）. */
  subtitle?: string;
}

export interface HeadingNode {
  type: 'heading';
  level: HeadingLevel;
  text: string;
  /** Listed in the 目录 (table of contents). */
  toc: boolean;
  /** Stable id, unique in the document, used to link the 目录 to the heading. */
  id: string;
  /**
   * A 公开表's name above its form: printed alone, centred, in the table title's look instead
   * of the heading's, its `tocOrdinal` (一、) only in the 目录 (see tocText in tree/toc).
   */
  tableTitle?: { tocOrdinal: string };
}

export interface ParagraphNode {
  type: 'paragraph';
  runs: TextRun[];
  align: 'justify' | 'center' | 'right' | 'left';
  /** First-line indent of two characters (body text); false for signatures, notes. */
  indent: boolean;
  /** Kept on one page with the start of the next block (a sentence that introduces a chart). */
  keepWithNext?: boolean;
}

export interface TableCell {
  runs: TextRun[];
  rowSpan: number;
  colSpan: number;
  align: 'left' | 'center' | 'right';
  /** Header-like cell (bold, shaded label); does not make the row a repeated header. */
  emphasis: boolean;
}

/**
 * The lines of a form between its title and its grid (a 公开表): the form's number on the right
 * (公开01表), then the unit on the left and the amount unit on the right of one line, in the
 * table's size, drawn with the table's first piece.
 */
export interface TableFormHead {
  label: string;
  unit: string;
  amountUnit: string;
}

export interface TableRow {
  cells: TableCell[];
}

/**
 * A run of rows (an HTML <tbody>) whose first `headerRows` rows are its column headings:
 * they repeat, under the table's own header rows, at the top of a page the group runs onto.
 */
export interface TableRowGroup {
  /** First and last row of the group (inclusive), as indexes into TableNode.rows. */
  first: number;
  last: number;
  headerRows: number;
}

export interface TableNode {
  type: 'table';
  /** Relative column widths; their count is the grid width. */
  columnWidths: number[];
  /** The first `headerRows` rows repeat at the top of each page the table runs onto. */
  headerRows: number;
  rows: TableRow[];
  /** Row groups with header rows of their own (sub-headings such as 一级指标 … 得分). */
  rowGroups?: TableRowGroup[];
  /**
   * Body size: 'small' is the preset's table size (5号, dense tables such as the 自评表),
   * 'smaller' its 小五 for the widest forms.
   */
  size: 'normal' | 'small' | 'smaller';
  /** Optional caption above the table, e.g. 部门预算项目支出绩效自评表（2023年度）. */
  caption?: string;
  formHead?: TableFormHead;
  /** Lines under the table in its size, drawn with its last piece (注：…; 说明：…故本表无数据。). */
  notes?: string[];
}

export interface FigureNode {
  type: 'figure';
  /** Key into the document's images map (the chart id, e.g. "fig1"). */
  imageId: string;
  caption: string;
}

/** A page's orientation; both backends and the page plan use it. */
export type Orientation = 'portrait' | 'landscape';

export interface PageBreakNode {
  type: 'pageBreak';
  /** Orientation of the pages that follow the break. */
  orientation: Orientation;
}

export interface TocNode {
  type: 'toc';
  title: string;
}

export type Block = TitleNode | HeadingNode | ParagraphNode | TableNode | FigureNode | PageBreakNode | TocNode;

export type BlockType = Block['type'];

/** A PNG prepared once by the charts stage and embedded by both backends. */
export interface ImageAsset {
  png: Uint8Array;
  /** Pixel size of the PNG. */
  widthPx: number;
  heightPx: number;
  /** Width to draw on the page, in millimetres; height follows the aspect ratio. */
  widthMm: number;
  /** Alternative text (the caption without the 图N： prefix). */
  alt: string;
}

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  /** Document date from the data (ISO yyyy-mm-dd), never the clock. */
  date: string;
  language: 'zh-CN';
}

export interface DocumentTree {
  meta: DocumentMeta;
  blocks: Block[];
  images: Record<string, ImageAsset>;
}

/** One handler per block type; a backend typed with this must handle every type. */
export type BlockHandlers<Out, Ctx> = {
  [K in BlockType]: (node: Extract<Block, { type: K }>, ctx: Ctx) => Out;
};
