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
import type { TableCell, TableNode } from '../../tree/types.js';
import { naturalLineHeightPt, type PdfFonts } from './fonts.js';
import { breakLines, type StyledRun } from './line-breaker.js';
import { lineNodes } from './line-nodes.js';
import { decompose, type Region, type TableBlock } from './table-blocks.js';
import { pagePt } from './page-layout.js';
import { cutSpansAt, placeCells, rowSpanGroups, type GridSlot } from './table-grid.js';
import { runStyleWithFactor, type RunStyle } from './text-styles.js';

export const TABLE_RULE_PT = 0.5;
const PADDING = preset.tableCellPaddingPt;
/** Horizontal room between the contents of two neighbouring columns. */
const GAP = 2 * PADDING + TABLE_RULE_PT;

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

interface TableContext {
  grid: GridSlot[][];
  /** Content width of each grid column. */
  widths: number[];
  headerRows: number;
  fonts: PdfFonts;
  size: number;
  lineHeight: number;
  /** The normal and the bold style of the table's text. */
  normal: RunStyle;
  bold: RunStyle;
}

const regionWidth = (ctx: TableContext, { c0, c1 }: { c0: number; c1: number }): number =>
  ctx.widths.slice(c0, c1 + 1).reduce((sum, w) => sum + w, 0) + (c1 - c0) * GAP;

const isBold = (ctx: TableContext, cell: TableCell, row: number): boolean => row < ctx.headerRows || cell.emphasis;

/** The cell's runs, all bold in header rows and emphasised cells. */
function cellRuns(ctx: TableContext, cell: TableCell | undefined, row: number): StyledRun<RunStyle>[] {
  const allBold = cell !== undefined && isBold(ctx, cell, row);
  const runs = (cell?.runs ?? []).map((run) => ({ text: run.text, style: allBold || run.bold ? ctx.bold : ctx.normal }));
  return runs.length > 0 ? runs : [{ text: '', style: allBold ? ctx.bold : ctx.normal }];
}

/** A cell `width` wide: its lines as one text node, or a stack of them. */
function toPdfCell(ctx: TableContext, cell: TableCell | undefined, row: number, width: number, spanColumns = true): PdfTableCell {
  const lines = lineNodes(cellRuns(ctx, cell, row), {
    size: ctx.size,
    spacing: 0,
    width,
    indent: 0,
    align: cell?.align ?? 'left',
  });
  return {
    ...(lines.length === 1 ? lines[0]! : { stack: lines }),
    verticalAlignment: 'middle',
    ...(spanColumns && cell && cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
  };
}

/** Height of one cell over `region` (its span), including its padding. */
function cellHeight(ctx: TableContext, cell: TableCell | undefined, row: number, region: { c0: number; c1: number }): number {
  const runs = cellRuns(ctx, cell, row);
  const lines = breakLines(runs, { size: ctx.size, spacing: 0, firstWidth: regionWidth(ctx, region), width: regionWidth(ctx, region) });
  return lines.length * ctx.lineHeight * naturalLineHeightPt(runs[0]!.style.font, ctx.size) + 2 * PADDING;
}

/**
 * Heights (with padding, without rules) of the grid rows first..last, shared by every band
 * of the group so that the row rules of side-by-side bands line up. Each row is as tall as
 * its tallest one-row cell; a spanning cell that needs more than its rows give shares the
 * difference evenly among them (shorter spans first, so nested spans settle before outer ones).
 * Note: bands laid out from their own estimates (as before) drifted apart: a label spanning
 * two rows beside a three-row grid put its rules between the grid's rows.
 */
function groupRowHeights(ctx: TableContext, first: number, last: number): number[] {
  const heights = new Array<number>(last - first + 1).fill(0);
  const spanning: { row: number; span: number; need: number }[] = [];
  for (let r = first; r <= last; r++) {
    ctx.grid[r]!.forEach((slot, c) => {
      if (slot.kind === 'covered') return;
      const cell = slot.kind === 'cell' ? slot.cell : undefined;
      const span = Math.min(Math.max(1, cell?.rowSpan ?? 1), last - r + 1);
      const need = cellHeight(ctx, cell, r, { c0: c, c1: c + Math.max(1, cell?.colSpan ?? 1) - 1 });
      if (span === 1) heights[r - first] = Math.max(heights[r - first]!, need);
      else spanning.push({ row: r - first, span, need });
    });
  }
  spanning.sort((a, b) => a.span - b.span);
  for (const { row, span, need } of spanning) {
    const have = heights.slice(row, row + span).reduce((sum, h) => sum + h, (span - 1) * TABLE_RULE_PT);
    if (need > have) for (let k = row; k < row + span; k++) heights[k]! += (need - have) / span;
  }
  return heights;
}

/** Height of the grid rows r0..r1 of a group, including the rules between them. */
const spanHeight = (heights: number[], first: number, { r0, r1 }: Region): number =>
  heights.slice(r0 - first, r1 - first + 1).reduce((sum, h) => sum + h, (r1 - r0) * TABLE_RULE_PT);

const nested = (widths: number[], body: PdfTableCell[][], heights: number[]): PdfTableCell => ({
  margin: [-PADDING, -PADDING, -PADDING, -PADDING],
  layout: NESTED_LAYOUT,
  table: { widths, heights, body },
});

/** Renders a block as the content of one table cell, its rows as tall as `heights` say. */
function renderBlock(ctx: TableContext, block: TableBlock, heights: number[], first: number): PdfTableCell {
  const contentHeight = (region: Region): number => spanHeight(heights, first, region) - 2 * PADDING;
  switch (block.kind) {
    case 'cell':
      // Note: a cell block fills exactly one column of the nested table that holds it (its
      // band), so its own colSpan must not reach pdfmake: it would cover the neighbouring
      // band, or crash pdfmake's width pass at the nested table's edge.
      return toPdfCell(ctx, block.cell, block.row, regionWidth(ctx, block.region), false);
    case 'grid': {
      const { r0, r1, c0, c1 } = block.region;
      const body: PdfTableCell[][] = [];
      const rowHeights: number[] = [];
      for (let r = r0; r <= r1; r++) {
        body.push(gridRow(ctx, r, c0, c1));
        rowHeights.push(contentHeight({ ...block.region, r0: r, r1: r }));
      }
      return nested(ctx.widths.slice(c0, c1 + 1), body, rowHeights);
    }
    case 'columns':
      return nested(
        block.bands.map((band) => regionWidth(ctx, band.region)),
        [block.bands.map((band) => renderBlock(ctx, band, heights, first))],
        [contentHeight(block.region)],
      );
    case 'rows':
      return nested(
        [regionWidth(ctx, block.region)],
        block.bands.map((band) => [renderBlock(ctx, band, heights, first)]),
        block.bands.map((band) => contentHeight(band.region)),
      );
  }
}

/** The cells of grid row r between columns c0 and c1, with `{}` under colSpans. */
function gridRow(ctx: TableContext, r: number, c0: number, c1: number): PdfTableCell[] {
  const cells: PdfTableCell[] = [];
  for (let c = c0; c <= c1; c++) {
    const slot = ctx.grid[r]![c]!;
    // Note: pdfmake wants a rectangular body; a cell covered by a span is `{}`.
    if (slot.kind === 'covered') {
      cells.push({});
      continue;
    }
    const cell = slot.kind === 'cell' ? slot.cell : undefined;
    cells.push(toPdfCell(ctx, cell, r, regionWidth(ctx, { c0: c, c1: c + Math.max(1, cell?.colSpan ?? 1) - 1 })));
  }
  return cells;
}

/** One outer-table row for the rows first..last (a rowSpan group, or a single row). */
function groupRow(ctx: TableContext, first: number, last: number): { cells: PdfTableCell[]; height: number | 'auto' } {
  const columns = ctx.widths.length;
  if (first === last) return { cells: gridRow(ctx, first, 0, columns - 1), height: 'auto' };
  const region = { r0: first, r1: last, c0: 0, c1: columns - 1 };
  const block = decompose(ctx.grid, region);
  const heights = groupRowHeights(ctx, first, last);
  const bands = block.kind === 'columns' ? block.bands : [block];
  const cells: PdfTableCell[] = [];
  for (const band of bands) {
    const span = band.region.c1 - band.region.c0 + 1;
    const cell = renderBlock(ctx, band, heights, first);
    cells.push(span > 1 ? Object.assign({}, cell, { colSpan: span }) : cell, ...Array.from({ length: span - 1 }, () => ({})));
  }
  return { cells, height: spanHeight(heights, first, region) - 2 * PADDING };
}

/** Text height of the shorter page (landscape), which every table piece must fit. */
function smallestTextHeight(): number {
  return Math.min(...(['portrait', 'landscape'] as const).map((o) => {
    const page = pagePt(o);
    return page.height - page.margins[1] - page.margins[3];
  }));
}

/** Share of a page a table piece may fill, leaving room for errors of the height estimate. */
const PIECE_OF_PAGE = 0.95;

/**
 * Rows where a rowSpan group taller than `maxHeight` is cut into pieces, each filled
 * greedily up to `maxHeight`.
 * Note: a group is one unbreakable pdfmake row, and pdfmake silently drops a row taller than
 * a page (the 自评表's 绩效指标 block with many indicators was missing from the PDF). Cut
 * pieces break across pages like ordinary rows; cutSpansAt splits the merged cells at the cut.
 */
function cutsForTallGroups(ctx: TableContext, groups: [number, number][], maxHeight: number): number[] {
  const cuts: number[] = [];
  for (const [first, last] of groups) {
    if (first === last) continue;
    let used = 0;
    groupRowHeights(ctx, first, last).forEach((height, k) => {
      if (used > 0 && used + height + TABLE_RULE_PT > maxHeight) {
        cuts.push(first + k);
        used = 0;
      }
      used += height + TABLE_RULE_PT;
    });
  }
  return cuts;
}

/**
 * The pdfmake table for a TableNode on a page whose text block is `textWidth` wide and at
 * least `textHeight` high (default: the landscape page's).
 */
export function tableContent(node: TableNode, textWidth: number, fonts: PdfFonts, textHeight: number = smallestTextHeight()): Content {
  const columns = node.columnWidths.length;
  const available = textWidth - columns * 2 * PADDING - (columns + 1) * TABLE_RULE_PT;
  const total = node.columnWidths.reduce((sum, w) => sum + w, 0);
  const ctx: TableContext = {
    grid: placeCells(node),
    widths: node.columnWidths.map((w) => (available * w) / total),
    headerRows: node.headerRows,
    fonts,
    size: node.size === 'small' ? preset.sizes.table : preset.sizes.tableNormal,
    lineHeight: preset.tableLineHeight,
    normal: runStyleWithFactor(fonts, 'body', preset.tableLineHeight),
    bold: runStyleWithFactor(fonts, 'bodyBold', preset.tableLineHeight),
  };

  const groups = rowSpanGroups(node, ctx.grid);
  const headerHeight = groups
    .filter(([first]) => first < node.headerRows)
    .reduce((sum, [first, last]) => sum + groupRowHeights(ctx, first, last).reduce((a, h) => a + h + TABLE_RULE_PT, 0), 0);
  ctx.grid = cutSpansAt(ctx.grid, cutsForTallGroups(ctx, groups, textHeight * PIECE_OF_PAGE - headerHeight));

  const body: PdfTableCell[][] = [];
  const heights: (number | 'auto')[] = [];
  let headerRows = 0;
  for (const [first, last] of rowSpanGroups(node, ctx.grid)) {
    if (first < node.headerRows) headerRows++;
    const row = groupRow(ctx, first, last);
    body.push(row.cells);
    heights.push(row.height);
  }

  return {
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
