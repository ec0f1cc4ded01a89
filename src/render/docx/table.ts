/**
 * Tables: takes a TableNode, the text width of the page it is on and where the .pdf layout
 * breaks it (page-plan); returns the caption paragraph (when there is one) and the table, cut
 * into one table per page of the .pdf, each after a one-point paragraph that starts a new
 * page, so Word and LibreOffice break the table where the .pdf does. Each piece after the
 * first starts with the rows the .pdf repeats there (the table's header rows and the row
 * group's own, such as 一级指标 … 得分), marked as header rows, and every merged cell cut by
 * the break is repeated with its label: no blank merged cells on a continuation page.
 * Rows do not split, header rows keep with the row after them, columns get fixed widths in
 * twips that add up to the text width, thin single borders.
 */

import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableCell as TreeCell, TableNode, TextRun as TreeRun } from '../../tree/types.js';
import { ownerOf, placeCells, selectRows } from '../../tree/table-grid.js';
import { headingRows, pieceRows } from '../../tree/table-pieces.js';
import { isShaded, SHADE_RGB } from '../../tree/table-shading.js';
import { preset, ptToTwip, tableSizePt } from '../../layout/preset.js';
import { halfPoints, STYLE_IDS, runOptions } from './styles.js';
import { msg } from '../../text/msg.js';

/** Where the .pdf layout breaks a table (see PagePlan). */
export interface TableBreaks {
  /** Rows at which a new page starts. */
  pageStarts: readonly number[];
  /** `row:column` of a cell → its lines, where the .pdf balanced its last line. */
  balancedCells: Readonly<Record<string, readonly string[]>>;
}

const CELL_ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const THIN_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;

/** Relative widths scaled to whole twips that add up to exactly `totalTwips`. */
export function scaleColumnWidths(relative: readonly number[], totalTwips: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  if (relative.length === 0 || !(sum > 0)) throw new Error(msg`表格的列宽必须为正数`);
  // Each column ends at the rounded running total, so the rounding never adds up.
  let runningTotal = 0;
  let previousEdge = 0;
  return relative.map((width) => {
    runningTotal += width;
    const edge = Math.round((totalTwips * runningTotal) / sum);
    const twips = edge - previousEdge;
    previousEdge = edge;
    return twips;
  });
}

/** Splits runs into lines of the given texts (which together are the runs' text). */
function runsByLine(runs: readonly TreeRun[], lines: readonly string[]): TreeRun[][] {
  const out: TreeRun[][] = lines.map(() => []);
  let line = 0;
  let left = lines[0]?.length ?? 0;
  for (const run of runs) {
    let text = run.text;
    while (text.length > 0 && line < lines.length) {
      const take = Math.min(left, text.length);
      if (take > 0) out[line]!.push({ ...run, text: text.slice(0, take) });
      text = text.slice(take);
      left -= take;
      if (left === 0 && line < lines.length - 1) left = lines[++line]!.length;
      else if (left === 0) break;
    }
  }
  return out;
}

function cellParagraph(cell: TreeCell, size: TableNode['size'], keepNext: boolean, lines?: readonly string[]): Paragraph {
  const sizePt = tableSizePt(size);
  const textRun = (run: TreeRun, lineBreak: boolean) =>
    // The font and language are Normal's (仿宋_GB2312, zh-CN), through TableText; the size is the table's.
    new TextRun({
      size: halfPoints(sizePt),
      ...(run.bold === true || cell.emphasis ? { bold: true } : {}),
      text: run.text,
      ...(lineBreak ? { break: 1 } : {}),
    });
  // Note: a label the .pdf breaks 2+2 (项目 / 名称) gets the same line break here; Word and
  // LibreOffice would break it 3+1 in a column three characters wide.
  const children = lines
    ? runsByLine(cell.runs, lines).flatMap((line, i) => line.map((run, k) => textRun(run, i > 0 && k === 0)))
    : cell.runs.map((run) => textRun(run, false));
  return new Paragraph({
    style: STYLE_IDS.tableText(size),
    alignment: CELL_ALIGNMENT[cell.align],
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });
}

function captionParagraph(caption: string): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.caption,
    keepNext: true,
    keepLines: true,
    children: [new TextRun({ ...runOptions('body', preset.sizes.caption, { bold: true }), text: caption })],
  });
}

/**
 * A paragraph one point high that starts a new page: it separates the pieces of a table cut
 * where the .pdf starts a page, so Word and LibreOffice start the page there too.
 */
const pageBreakParagraph = (): Paragraph => new Paragraph({ style: STYLE_IDS.tableBreak, pageBreakBefore: true });

/** A line in the table's size and pitch (its style's), kept with what follows unless it is a last note. */
function tableSizeParagraph(
  node: TableNode,
  children: TextRun[],
  options: { alignment?: 'left' | 'right'; keepNext: boolean; tabAt?: number },
) {
  return new Paragraph({
    style: STYLE_IDS.tableText(node.size),
    alignment: options.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    ...(options.keepNext ? { keepNext: true, keepLines: true } : {}),
    ...(options.tabAt !== undefined ? { tabStops: [{ type: TabStopType.RIGHT, position: options.tabAt }] } : {}),
    children,
  });
}

/**
 * A form's head as the .pdf draws it: 公开01表 on the right, then the unit on the left and the
 * amount unit at a right tab stop on the text's edge, kept with the table.
 */
function formHeadParagraphs(node: TableNode, textWidthTwips: number): Paragraph[] {
  const head = node.formHead;
  if (!head) return [];
  const size = halfPoints(tableSizePt(node.size));
  return [
    tableSizeParagraph(node, [new TextRun({ size, text: head.label })], { alignment: 'right', keepNext: true }),
    tableSizeParagraph(node, [new TextRun({ size, text: head.unit }), new TextRun({ size, children: [new Tab(), head.amountUnit] })], {
      keepNext: true,
      tabAt: textWidthTwips,
    }),
  ];
}

/** The notes under the table, in its size. */
function noteParagraphs(node: TableNode): Paragraph[] {
  return (node.notes ?? []).map((note) =>
    tableSizeParagraph(node, [new TextRun({ size: halfPoints(tableSizePt(node.size)), text: note })], { keepNext: false }),
  );
}

/** The caption (if any) and the table, sized to `textWidthTwips`, cut where the .pdf breaks it. */
export function renderTable(
  node: TableNode,
  textWidthTwips: number,
  breaks: TableBreaks = { pageStarts: [], balancedCells: {} },
): (Paragraph | Table)[] {
  const widths = scaleColumnWidths(node.columnWidths, textWidthTwips);
  const padding = ptToTwip(preset.tableCellPadding.xPt);
  const paddingY = ptToTwip(preset.tableCellPadding.yPt);
  const placed = placeCells(node);
  const headings = headingRows(node);
  const starts = [0, ...[...breaks.pageStarts].sort((a, b) => a - b)];

  /** One piece: the rows start..end − 1, under the rows repeated on its page. */
  const piece = (start: number, end: number): Table => {
    const origin = pieceRows(node, start, end);
    const repeated = start === 0 ? node.headerRows : origin.length - (end - start);
    const rows = selectRows(placed, origin).map((slots, n) => {
      // Header rows, and a row group's heading rows, keep with the row after them.
      const keepNext = headings.has(origin[n]!);
      return new TableRow({
        tableHeader: n < repeated,
        cantSplit: true,
        children: slots.flatMap((slot, column) => {
          if (slot.kind !== 'cell') return [];
          const { cell } = slot;
          const lines = breaks.balancedCells[ownerOf(placed, origin[n]!, column)];
          return [
            new TableCell({
              // Note: the span goes on the real cell only; docx writes the vMerge continue cells itself.
              // A span of 1 is the default; writing it would add a w:gridSpan to every cell.
              ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
              ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
              width: {
                size: widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0),
                type: WidthType.DXA,
              },
              verticalAlign: VerticalAlignTable.CENTER,
              ...(isShaded(node, origin[n]!, cell) ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE_RGB } } : {}),
              children: [cellParagraph(cell, node.size, keepNext, lines)],
            }),
          ];
        }),
      });
    });
    return new Table({
      rows,
      columnWidths: widths,
      width: { size: textWidthTwips, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: THIN_BORDERS,
      margins: { top: paddingY, bottom: paddingY, left: padding, right: padding },
    });
  };

  const pieces = starts.flatMap((start, k) => {
    const table = piece(start, starts[k + 1] ?? node.rows.length);
    return k === 0 ? [table] : [pageBreakParagraph(), table];
  });
  return [
    ...(node.caption ? [captionParagraph(node.caption)] : []),
    ...formHeadParagraphs(node, textWidthTwips),
    ...pieces,
    ...noteParagraphs(node),
  ];
}
