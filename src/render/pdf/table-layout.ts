/**
 * Tables of the PDF backend. Takes a TableNode, the text width of its page and the loaded
 * fonts; returns a TableLayout that measures a piece of the table (any run of its rows, made
 * by selectRows in tree/table-grid: a page piece with its repeated header rows) and renders
 * the piece as a pdfmake table exactly as tall as measured. The paginator (table-pagination)
 * decides the pieces; a piece always fits its page, so pdfmake never breaks a table itself.
 *
 * Note: pdfmake's rowSpan is not reliable (issues #2274, #2895, #2931, and more seen here:
 * a span right after repeated header rows leaves a gap, a span that crosses a page keeps
 * its text on the first page, vertically centred spans land on the wrong rows, and spans
 * inside nested tables collide with the outer table's). So this backend never gives pdfmake
 * a rowSpan. The rows that rowSpans tie together (a "group") become ONE row of the outer
 * table; inside it, merged cells are drawn as side-by-side column bands and stacked row bands
 * (nested tables whose rules line up exactly with the outer grid), and the spanning cells are
 * truly centred. Every row gets its height from the font metrics, so a tall spanning cell
 * stretches the rows beside it and the measured height is the drawn one.
 */

import type { CustomTableLayout, Content, TableCell as PdfTableCell } from 'pdfmake/interfaces.js';
import { preset, tableLinePitchPt, tableSizePt } from '../../layout/preset.js';
import { placeCells, rowSpanGroups, type GridSlot } from '../../tree/table-grid.js';
import { isShaded, SHADE_RGB } from '../../tree/table-shading.js';
import type { TableCell, TableNode, TextRun } from '../../tree/types.js';
import type { PdfFonts } from './fonts.js';
import { breakLines, type BrokenLine, type StyledRun } from './line-breaker.js';
import { toNodes } from './line-nodes.js';
import { decompose, type Region, type TableBlock } from './table-blocks.js';
import { runStyle, type RunStyle } from './text-styles.js';

export const TABLE_RULE_PT = 0.5;
const PAD_X = preset.tableCellPadding.xPt;
const PAD_Y = preset.tableCellPadding.yPt;
/** The shade of header rows and emphasised cells, the .docx's (tree/table-shading). */
const SHADE_FILL = `#${SHADE_RGB}`;
/** Horizontal room between the contents of two neighbouring columns. */
const GAP = 2 * PAD_X + TABLE_RULE_PT;

const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => TABLE_RULE_PT,
  vLineWidth: () => TABLE_RULE_PT,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => PAD_Y,
  paddingBottom: () => PAD_Y,
};

/** TABLE_LAYOUT without the outer rules, which the enclosing table draws. */
const NESTED_LAYOUT: CustomTableLayout = {
  ...TABLE_LAYOUT,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : TABLE_RULE_PT),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths?.length ? 0 : TABLE_RULE_PT),
};

/** A run of a table's rows on one page: its own grid, and the node row each grid row shows. */
export interface TablePiece {
  grid: GridSlot[][];
  /** origin[n] is the TableNode row that grid row n repeats or continues. */
  origin: readonly number[];
}

interface CellMeasure {
  height: number;
  /** The cell's lines, broken once here and drawn from by render. */
  lines: BrokenLine<RunStyle>[];
  balancedLines?: string[];
}

export interface TableLayout {
  node: TableNode;
  /** The node's cells placed on the grid (see tree/table-grid). */
  grid: GridSlot[][];
  /** Height of each grid row of the piece, padding included, rules not. */
  rowHeights(piece: TablePiece): number[];
  /** Height the piece takes on the page, rules included. */
  height(piece: TablePiece): number;
  /** Height the cell needs over columns c0..c1, padding included. */
  cellHeight(cell: TableCell, originRow: number, c0: number, c1: number): number;
  /** The cell's lines over columns c0..c1 where the line breaker balanced its last line. */
  balancedLines(cell: TableCell, originRow: number, c0: number, c1: number): string[] | undefined;
  render(piece: TablePiece): Content;
}

/** Sum of the heights of rows r0..r1 (indexes into `heights`) and the rules between them. */
const spanHeight = (heights: readonly number[], r0: number, r1: number): number =>
  heights.slice(r0, r1 + 1).reduce((sum, h) => sum + h, (r1 - r0) * TABLE_RULE_PT);

export function tableLayout(node: TableNode, textWidth: number, fonts: PdfFonts): TableLayout {
  const columns = node.columnWidths.length;
  const available = textWidth - columns * 2 * PAD_X - (columns + 1) * TABLE_RULE_PT;
  const total = node.columnWidths.reduce((sum, w) => sum + w, 0);
  const widths = node.columnWidths.map((w) => (available * w) / total);
  const size = tableSizePt(node.size);
  const lineHeight = tableLinePitchPt(size);
  const normal = runStyle(fonts, 'body', size, lineHeight);
  const bold = runStyle(fonts, 'bodyBold', size, lineHeight);

  const regionWidth = (c0: number, c1: number): number => widths.slice(c0, c1 + 1).reduce((sum, w) => sum + w, 0) + (c1 - c0) * GAP;
  const isBold = (cell: TableCell | undefined, originRow: number): boolean => originRow < node.headerRows || cell?.emphasis === true;

  /** The cell's runs, all bold in header rows and emphasised cells. */
  const cellRuns = (cell: TableCell | undefined, originRow: number): StyledRun<RunStyle>[] => {
    const allBold = isBold(cell, originRow);
    const runs = (cell?.runs ?? []).map((run) => ({ text: run.text, style: allBold || run.bold ? bold : normal }));
    return runs.length > 0 ? runs : [{ text: '', style: allBold ? bold : normal }];
  };

  /** Measures by the cell's runs (shared by the parts of a cut cell), boldness and width. */
  const measured = new WeakMap<TextRun[], Map<string, CellMeasure>>();
  const measure = (cell: TableCell | undefined, originRow: number, c0: number, c1: number): CellMeasure => {
    const width = regionWidth(c0, c1);
    const key = `${isBold(cell, originRow)}:${width}`;
    let byWidth = cell ? measured.get(cell.runs) : undefined;
    const known = byWidth?.get(key);
    if (known !== undefined) return known;
    const lines = breakLines(cellRuns(cell, originRow), { size, spacing: 0, firstWidth: width, width, balanceLast: true });
    const result: CellMeasure = {
      height: lines.length * lineHeight + 2 * PAD_Y,
      lines,
      ...(lines.some((line) => line.balanced) ? { balancedLines: lines.map((line) => line.runs.map((run) => run.text).join('')) } : {}),
    };
    if (cell) {
      if (!byWidth) measured.set(cell.runs, (byWidth = new Map<string, CellMeasure>()));
      byWidth.set(key, result);
    }
    return result;
  };
  const cellHeight = (cell: TableCell | undefined, originRow: number, c0: number, c1: number): number =>
    measure(cell, originRow, c0, c1).height;

  /**
   * Heights of the grid rows first..last of a group, shared by every band of the group so that
   * the row rules of side-by-side bands line up. Each row is as tall as its tallest one-row
   * cell; a spanning cell that needs more than its rows give shares the difference evenly among
   * them (shorter spans first, so nested spans settle before outer ones).
   */
  const groupRowHeights = (piece: TablePiece, first: number, last: number): number[] => {
    const heights = new Array<number>(last - first + 1).fill(0);
    const spanning: { row: number; span: number; need: number }[] = [];
    for (let r = first; r <= last; r++) {
      piece.grid[r]!.forEach((slot, c) => {
        if (slot.kind === 'covered') return;
        const cell = slot.kind === 'cell' ? slot.cell : undefined;
        const span = Math.min(Math.max(1, cell?.rowSpan ?? 1), last - r + 1);
        const need = cellHeight(cell, piece.origin[r]!, c, c + Math.max(1, cell?.colSpan ?? 1) - 1);
        if (span === 1) heights[r - first] = Math.max(heights[r - first]!, need);
        else spanning.push({ row: r - first, span, need });
      });
    }
    spanning.sort((a, b) => a.span - b.span);
    for (const { row, span, need } of spanning) {
      const have = spanHeight(heights, row, row + span - 1);
      if (need > have) for (let k = row; k < row + span; k++) heights[k]! += (need - have) / span;
    }
    return heights;
  };

  const rowHeights = (piece: TablePiece): number[] =>
    rowSpanGroups(piece.grid).flatMap(([first, last]) => groupRowHeights(piece, first, last));

  /** A cell over columns c0..c1: its measured lines as one text node, or a stack of them. */
  const toPdfCell = (cell: TableCell | undefined, originRow: number, c0: number, c1: number, colSpan: number): PdfTableCell => {
    const format = { size, spacing: 0, width: regionWidth(c0, c1), indent: 0, align: cell?.align ?? 'left', balanceLast: true } as const;
    const lines = toNodes(measure(cell, originRow, c0, c1).lines, format);
    return {
      ...(lines.length === 1 ? lines[0]! : { stack: lines }),
      verticalAlignment: 'middle',
      ...(colSpan > 1 ? { colSpan } : {}),
      ...(isShaded(node, originRow, cell) ? { fillColor: SHADE_FILL } : {}),
    };
  };

  const nested = (nestedWidths: number[], body: PdfTableCell[][], heights: number[]): PdfTableCell => ({
    margin: [-PAD_X, -PAD_Y, -PAD_X, -PAD_Y],
    layout: NESTED_LAYOUT,
    table: { widths: nestedWidths, heights, body },
  });

  /** The cells of grid row r between columns c0 and c1, with `{}` under colSpans. */
  const gridRow = (piece: TablePiece, r: number, c0: number, c1: number): PdfTableCell[] => {
    const cells: PdfTableCell[] = [];
    for (let c = c0; c <= c1; c++) {
      const slot = piece.grid[r]![c]!;
      // Note: pdfmake wants a rectangular body; a cell covered by a span is `{}`.
      if (slot.kind === 'covered') {
        cells.push({});
        continue;
      }
      const cell = slot.kind === 'cell' ? slot.cell : undefined;
      const colSpan = Math.max(1, cell?.colSpan ?? 1);
      cells.push(toPdfCell(cell, piece.origin[r]!, c, c + colSpan - 1, colSpan));
    }
    return cells;
  };

  /** Renders a block of the group from row `first` as the content of one table cell, its rows as tall as `heights` (the group's) say. */
  const renderBlock = (piece: TablePiece, block: TableBlock, heights: number[], first: number): PdfTableCell => {
    const contentHeight = (region: Region): number => spanHeight(heights, region.r0 - first, region.r1 - first) - 2 * PAD_Y;
    switch (block.kind) {
      case 'cell':
        // Note: a cell block fills exactly one column of the nested table that holds it (its
        // band), so its own colSpan must not reach pdfmake: it would cover the neighbouring
        // band, or crash pdfmake's width pass at the nested table's edge.
        return toPdfCell(block.cell, piece.origin[block.row]!, block.region.c0, block.region.c1, 1);
      case 'grid': {
        const { r0, r1, c0, c1 } = block.region;
        const body: PdfTableCell[][] = [];
        const rowHeightsOfGrid: number[] = [];
        for (let r = r0; r <= r1; r++) {
          body.push(gridRow(piece, r, c0, c1));
          rowHeightsOfGrid.push(contentHeight({ ...block.region, r0: r, r1: r }));
        }
        return nested(widths.slice(c0, c1 + 1), body, rowHeightsOfGrid);
      }
      case 'columns':
        return nested(
          block.bands.map((band) => regionWidth(band.region.c0, band.region.c1)),
          [block.bands.map((band) => renderBlock(piece, band, heights, first))],
          [contentHeight(block.region)],
        );
      case 'rows':
        return nested(
          [regionWidth(block.region.c0, block.region.c1)],
          block.bands.map((band) => [renderBlock(piece, band, heights, first)]),
          block.bands.map((band) => contentHeight(band.region)),
        );
    }
  };

  /** One outer-table row for the grid rows first..last (a rowSpan group, or a single row). */
  const groupRow = (piece: TablePiece, first: number, last: number, heights: number[]): PdfTableCell[] => {
    if (first === last) return gridRow(piece, first, 0, columns - 1);
    const block = decompose(piece.grid, { r0: first, r1: last, c0: 0, c1: columns - 1 });
    const bands = block.kind === 'columns' ? block.bands : [block];
    const cells: PdfTableCell[] = [];
    for (const band of bands) {
      const span = band.region.c1 - band.region.c0 + 1;
      const cell = renderBlock(piece, band, heights, first);
      cells.push(span > 1 ? Object.assign({}, cell, { colSpan: span }) : cell, ...Array.from({ length: span - 1 }, () => ({})));
    }
    return cells;
  };

  return {
    node,
    grid: placeCells(node),
    rowHeights,
    height: (piece) => rowHeights(piece).reduce((sum, h) => sum + h + TABLE_RULE_PT, TABLE_RULE_PT),
    cellHeight: (cell, originRow, c0, c1) => cellHeight(cell, originRow, c0, c1),
    balancedLines: (cell, originRow, c0, c1) => measure(cell, originRow, c0, c1).balancedLines,
    render(piece) {
      const heights = rowHeights(piece);
      const body: PdfTableCell[][] = [];
      const groupHeights: number[] = [];
      for (const [first, last] of rowSpanGroups(piece.grid)) {
        body.push(groupRow(piece, first, last, heights.slice(first, last + 1)));
        // Every row gets its measured height (without padding), never pdfmake's own.
        groupHeights.push(spanHeight(heights, first, last) - 2 * PAD_Y);
      }
      // Note: pdfmake turns the widths into objects in place: each table gets its own array.
      return { layout: TABLE_LAYOUT, table: { widths: [...widths], heights: groupHeights, body } };
    },
  };
}
