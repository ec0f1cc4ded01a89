/**
 * TableNode → pdfmake table. Takes the node, the text width of its page and the loaded
 * fonts; returns the pdfmake table content (the caption is added by the caller).
 *
 * Note: pdfmake's rowSpan is not reliable (issues #2274, #2895, #2931, and more seen here:
 * a span right after repeated header rows leaves a gap, a span that crosses a page keeps
 * its text on the first page, vertically centred spans land on the wrong rows, and spans
 * inside nested tables collide with the outer table's). So this backend never gives pdfmake
 * a rowSpan. The rows that rowSpans tie together (a "group") become ONE row of the outer
 * table; inside it, merged cells are drawn as side-by-side column bands and stacked row
 * bands (nested tables whose rules line up exactly with the outer grid). A group is thus
 * never split by a page break (`dontBreakRows`), header rows still repeat on every page,
 * and the spanning cells are truly centred. Row heights of the bands are estimated from
 * the font metrics so that a tall spanning cell stretches the rows beside it.
 */

import type { CustomTableLayout, Content, TableCell as PdfTableCell } from 'pdfmake/interfaces.js';
import { preset } from '../../layout/preset.js';
import type { TableCell, TableNode, TextRun } from '../../tree/types.js';
import { naturalLineHeightPt, textWidthPt, type LoadedFont, type PdfFonts } from './fonts.js';
import { decompose, type Region, type TableBlock } from './table-blocks.js';
import { placeCells, rowSpanGroups, type GridSlot } from './table-grid.js';

export const TABLE_RULE_PT = 0.5;
const PADDING = preset.tableCellPaddingPt;
/** Horizontal room between the contents of two neighbouring columns. */
const GAP = 2 * PADDING + TABLE_RULE_PT;

export const runsToInlines = (runs: TextRun[]): { text: string; bold?: boolean }[] =>
  runs.map((run) => (run.bold ? { text: run.text, bold: true } : { text: run.text }));

const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => TABLE_RULE_PT,
  vLineWidth: () => TABLE_RULE_PT,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => PADDING,
  paddingRight: () => PADDING,
  paddingTop: () => PADDING,
  paddingBottom: () => PADDING,
};

/** TABLE_LAYOUT without the outer rules, which the enclosing table draws. */
const NESTED_LAYOUT: CustomTableLayout = {
  ...TABLE_LAYOUT,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : TABLE_RULE_PT),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths?.length ? 0 : TABLE_RULE_PT),
};

/** Splits text into the units a line break may not divide (Latin words, a CJK character with its closing punctuation). */
const BREAK_UNITS = /[A-Za-z0-9.,%+\-/:]+[，。、；：？！）》」』”’]*|\S[，。、；：？！）》」』”’%]*|\s+/gu;

/** Lines the text needs at `width`; a close estimate of pdfmake's own line breaking. */
export function estimateLines(text: string, width: number, font: LoadedFont, size: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let used = 0;
    for (const unit of paragraph.match(BREAK_UNITS) ?? []) {
      const w = textWidthPt(font, unit, size);
      if (used > 0 && used + w > width && unit.trim() !== '') {
        line++;
        used = 0;
      }
      used += w;
    }
    lines += line + 1;
  }
  return lines;
}

interface TableContext {
  grid: GridSlot[][];
  /** Content width of each grid column. */
  widths: number[];
  headerRows: number;
  fonts: PdfFonts;
  size: number;
  lineHeight: number;
}

const regionWidth = (ctx: TableContext, { c0, c1 }: { c0: number; c1: number }): number =>
  ctx.widths.slice(c0, c1 + 1).reduce((sum, w) => sum + w, 0) + (c1 - c0) * GAP;

const isBold = (ctx: TableContext, cell: TableCell, row: number): boolean => row < ctx.headerRows || cell.emphasis;

function toPdfCell(ctx: TableContext, cell: TableCell | undefined, row: number): PdfTableCell {
  if (!cell) return { text: '' };
  return {
    text: runsToInlines(cell.runs),
    alignment: cell.align,
    verticalAlignment: 'middle',
    ...(isBold(ctx, cell, row) ? { bold: true } : {}),
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  };
}

/** Height of a block including its cell padding, excluding the rules around it. */
function estimate(ctx: TableContext, block: TableBlock): number {
  switch (block.kind) {
    case 'cell': {
      const text = block.cell?.runs.map((run) => run.text).join('') ?? '';
      const font = ctx.fonts.byRole[block.cell && isBold(ctx, block.cell, block.row) ? 'bodyBold' : 'body'];
      const lines = estimateLines(text, regionWidth(ctx, block.region), font, ctx.size);
      return lines * ctx.lineHeight * naturalLineHeightPt(font, ctx.size) + 2 * PADDING;
    }
    case 'grid':
      return gridRowHeights(ctx, block.region).reduce((sum, h) => sum + h + TABLE_RULE_PT, -TABLE_RULE_PT);
    case 'columns':
      return Math.max(...block.bands.map((band) => estimate(ctx, band)));
    case 'rows':
      return block.bands.reduce((sum, band) => sum + estimate(ctx, band) + TABLE_RULE_PT, -TABLE_RULE_PT);
  }
}

function gridRowHeights(ctx: TableContext, { r0, r1, c0, c1 }: Region): number[] {
  const heights: number[] = [];
  for (let r = r0; r <= r1; r++) {
    let height = 0;
    for (let c = c0; c <= c1; c++) {
      const slot = ctx.grid[r]![c]!;
      if (slot.kind === 'covered') continue;
      const cell = slot.kind === 'cell' ? slot.cell : undefined;
      const span = { c0: c, c1: c + (cell ? Math.max(1, cell.colSpan) - 1 : 0) };
      height = Math.max(height, estimate(ctx, { kind: 'cell', cell, row: r, region: { r0: r, r1: r, ...span } }));
    }
    heights.push(height);
  }
  return heights;
}

/** Row minimum heights for pdfmake (content only), any extra shared evenly by the rows. */
const rowMinimums = (heights: number[], target: number): number[] => {
  const total = heights.reduce((sum, h) => sum + h + TABLE_RULE_PT, -TABLE_RULE_PT);
  const extra = Math.max(0, target - total) / heights.length;
  return heights.map((h) => h - 2 * PADDING + extra);
};

const nested = (widths: number[], body: PdfTableCell[][], heights: number[]): PdfTableCell => ({
  margin: [-PADDING, -PADDING, -PADDING, -PADDING],
  layout: NESTED_LAYOUT,
  table: { widths, heights, body },
});

/** Renders a block as the content of one table cell, at least `target` high. */
function renderBlock(ctx: TableContext, block: TableBlock, target: number): PdfTableCell {
  switch (block.kind) {
    case 'cell':
      return toPdfCell(ctx, block.cell, block.row);
    case 'grid': {
      const { r0, r1, c0, c1 } = block.region;
      const body: PdfTableCell[][] = [];
      for (let r = r0; r <= r1; r++) body.push(gridRow(ctx, r, c0, c1));
      return nested(ctx.widths.slice(c0, c1 + 1), body, rowMinimums(gridRowHeights(ctx, block.region), target));
    }
    case 'columns':
      return nested(
        block.bands.map((band) => regionWidth(ctx, band.region)),
        [block.bands.map((band) => renderBlock(ctx, band, target))],
        [target - 2 * PADDING],
      );
    case 'rows': {
      const heights = block.bands.map((band) => estimate(ctx, band));
      const minimums = rowMinimums(heights, target);
      return nested(
        [regionWidth(ctx, block.region)],
        block.bands.map((band, i) => [renderBlock(ctx, band, minimums[i]! + 2 * PADDING)]),
        minimums,
      );
    }
  }
}

/** The cells of grid row r between columns c0 and c1, with `{}` under colSpans. */
function gridRow(ctx: TableContext, r: number, c0: number, c1: number): PdfTableCell[] {
  const cells: PdfTableCell[] = [];
  for (let c = c0; c <= c1; c++) {
    const slot = ctx.grid[r]![c]!;
    // Note: pdfmake wants a rectangular body; a cell covered by a span is `{}`.
    cells.push(slot.kind === 'covered' ? {} : toPdfCell(ctx, slot.kind === 'cell' ? slot.cell : undefined, r));
  }
  return cells;
}

/** One outer-table row for the rows first..last (a rowSpan group, or a single row). */
function groupRow(ctx: TableContext, first: number, last: number): { cells: PdfTableCell[]; height: number | 'auto' } {
  const columns = ctx.widths.length;
  if (first === last) return { cells: gridRow(ctx, first, 0, columns - 1), height: 'auto' };
  const block = decompose(ctx.grid, { r0: first, r1: last, c0: 0, c1: columns - 1 });
  const target = estimate(ctx, block);
  const bands = block.kind === 'columns' ? block.bands : [block];
  const cells: PdfTableCell[] = [];
  for (const band of bands) {
    const span = band.region.c1 - band.region.c0 + 1;
    const cell = renderBlock(ctx, band, target);
    cells.push(span > 1 ? Object.assign({}, cell, { colSpan: span }) : cell, ...Array.from({ length: span - 1 }, () => ({})));
  }
  return { cells, height: target - 2 * PADDING };
}

/** The pdfmake table for a TableNode on a page whose text block is `textWidth` wide. */
export function tableContent(node: TableNode, textWidth: number, fonts: PdfFonts): Content {
  const grid = placeCells(node);
  const columns = node.columnWidths.length;
  const available = textWidth - columns * 2 * PADDING - (columns + 1) * TABLE_RULE_PT;
  const total = node.columnWidths.reduce((sum, w) => sum + w, 0);
  const ctx: TableContext = {
    grid,
    widths: node.columnWidths.map((w) => (available * w) / total),
    headerRows: node.headerRows,
    fonts,
    size: node.size === 'small' ? preset.sizes.table : preset.sizes.tableNormal,
    lineHeight: preset.tableLineHeight,
  };

  const body: PdfTableCell[][] = [];
  const heights: (number | 'auto')[] = [];
  let headerRows = 0;
  for (const [first, last] of rowSpanGroups(node, grid)) {
    if (first < node.headerRows) headerRows++;
    const row = groupRow(ctx, first, last);
    body.push(row.cells);
    heights.push(row.height);
  }

  return {
    style: node.size === 'small' ? 'tableSmall' : 'tableNormal',
    layout: TABLE_LAYOUT,
    table: {
      widths: ctx.widths,
      heights,
      headerRows,
      ...(headerRows > 0 ? { keepWithHeaderRows: 1 } : {}),
      dontBreakRows: true,
      body,
    },
  };
}
