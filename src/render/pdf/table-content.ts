/**
 * TableNode → pdfmake table. Takes the node, the text width of its page, the loaded fonts
 * and a key for the table; returns the pdfmake table content (the caption is added by the
 * caller) and the labels of the merged cells it cut, which the page footers draw.
 *
 * Note: pdfmake's rowSpan is not reliable (issues #2274, #2895, #2931, and more seen here:
 * a span right after repeated header rows leaves a gap, a span that crosses a page keeps
 * its text on the first page, vertically centred spans land on the wrong rows, and spans
 * inside nested tables collide with the outer table's). So this backend never gives pdfmake
 * a rowSpan. The rows that rowSpans tie together (a "group", or a piece of one, below)
 * become ONE row of the outer table; inside it, merged cells are drawn as side-by-side
 * column bands and stacked row bands (nested tables whose rules line up exactly with the
 * outer grid). A row is never split by a page break (`dontBreakRows`), header rows still
 * repeat on every page, and the spanning cells are truly centred. Row heights of the bands are estimated from
 * the font metrics so that a tall spanning cell stretches the rows beside it.
 *
 * A group is cut into pieces (outer rows) at row boundaries ("joins", see joinCuts), so a
 * group that does not fit the rest of a page breaks between rows the way Word does. At a
 * join the parts of a merged cell have no rule between them, and the parts draw no text:
 * the returned labels say where the text goes, and the footer of each page draws it centred
 * over the parts that landed there (see table-labels), with the rule where a page cuts it.
 */

import type { CustomTableLayout, Content, TableCell as PdfTableCell } from 'pdfmake/interfaces.js';
import { preset } from '../../layout/preset.js';
import type { TableCell, TableNode } from '../../tree/types.js';
import { placeCells, type GridSlot } from '../../tree/table-grid.js';
import { naturalLineHeightPt, type PdfFonts } from './fonts.js';
import { breakLines, type StyledRun } from './line-breaker.js';
import { lineNodes } from './line-nodes.js';
import { decompose, ownerOf, type Region, type TableBlock } from './table-blocks.js';
import { pagePt } from './page-layout.js';
import { cutSpansAt, rowSpanGroups } from './table-grid.js';
import { TABLE_RULE_PT, type LabelPart, type TableLabel } from './table-labels.js';
import { runStyleWithFactor, type RunStyle } from './text-styles.js';
const PAD_X = preset.tableCellPadding.xPt;
const PAD_Y = preset.tableCellPadding.yPt;
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

interface TableContext {
  grid: GridSlot[][];
  /** Heights (with padding, without rules) of every grid row, from the uncut grid. */
  rowHeights: number[];
  /** Parts of cut merged cells (see joinCuts): drawn as their marker point, without text. */
  parts: Map<TableCell, LabelPart>;
  /** `row:column` of every part that continues a merged cell from the row above. */
  continued: Set<string>;
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

/** The cell's lines, `width` wide. */
const cellLines = (ctx: TableContext, cell: TableCell | undefined, row: number, width: number) =>
  lineNodes(cellRuns(ctx, cell, row), { size: ctx.size, spacing: 0, width, indent: 0, align: cell?.align ?? 'left' });

/**
 * A cell `width` wide: its lines as one text node, or a stack of them; a part of a cut
 * merged cell as its marker point alone (a one-point polyline draws nothing).
 */
function toPdfCell(ctx: TableContext, cell: TableCell | undefined, row: number, width: number, spanColumns = true): PdfTableCell {
  const colSpan = spanColumns && cell && cell.colSpan > 1 ? { colSpan: cell.colSpan } : {};
  const part = cell && ctx.parts.get(cell);
  if (part) return { canvas: [{ type: 'polyline', points: [part.point], lineWidth: 0 }], ...colSpan };
  const lines = cellLines(ctx, cell, row, width);
  return { ...(lines.length === 1 ? lines[0]! : { stack: lines }), verticalAlignment: 'middle', ...colSpan };
}

/** Height of one cell over `region` (its span), including its padding. */
function cellHeight(ctx: TableContext, cell: TableCell | undefined, row: number, region: { c0: number; c1: number }): number {
  const runs = cellRuns(ctx, cell, row);
  const lines = breakLines(runs, { size: ctx.size, spacing: 0, firstWidth: regionWidth(ctx, region), width: regionWidth(ctx, region) });
  return lines.length * ctx.lineHeight * naturalLineHeightPt(runs[0]!.style.font, ctx.size) + 2 * PAD_Y;
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
  margin: [-PAD_X, -PAD_Y, -PAD_X, -PAD_Y],
  layout: NESTED_LAYOUT,
  table: { widths, heights, body },
});

/** Renders a block as the content of one table cell, its rows as tall as `heights` say. */
function renderBlock(ctx: TableContext, block: TableBlock, heights: number[], first: number): PdfTableCell {
  const contentHeight = (region: Region): number => spanHeight(heights, first, region) - 2 * PAD_Y;
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
function groupRow(ctx: TableContext, first: number, last: number, fixed: boolean): { cells: PdfTableCell[]; height: number | 'auto' } {
  const columns = ctx.widths.length;
  const heights = ctx.rowHeights.slice(first, last + 1);
  if (first === last) return { cells: gridRow(ctx, first, 0, columns - 1), height: fixed ? heights[0]! - 2 * PAD_Y : 'auto' };
  const region = { r0: first, r1: last, c0: 0, c1: columns - 1 };
  const block = decompose(ctx.grid, region);
  const bands = block.kind === 'columns' ? block.bands : [block];
  const cells: PdfTableCell[] = [];
  for (const band of bands) {
    const span = band.region.c1 - band.region.c0 + 1;
    const cell = renderBlock(ctx, band, heights, first);
    cells.push(span > 1 ? Object.assign({}, cell, { colSpan: span }) : cell, ...Array.from({ length: span - 1 }, () => ({})));
  }
  return { cells, height: spanHeight(heights, first, region) - 2 * PAD_Y };
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
 * Rows where a piece still taller than `maxHeight` (no join inside it) is cut further,
 * each piece filled greedily up to `maxHeight`; its merged cells repeat their text there.
 * Note: a piece is one unbreakable pdfmake row, and pdfmake silently drops a row taller than
 * a page (the 自评表's 绩效指标 block with many indicators was missing from the PDF). Cut
 * pieces break across pages like ordinary rows; cutSpansAt splits the merged cells at the cut.
 */
function cutsForTallGroups(ctx: TableContext, groups: [number, number][], maxHeight: number): number[] {
  const cuts: number[] = [];
  for (const [first, last] of groups) {
    if (first === last) continue;
    let used = 0;
    ctx.rowHeights.slice(first, last + 1).forEach((height, k) => {
      if (used > 0 && used + height + TABLE_RULE_PT > maxHeight) {
        cuts.push(first + k);
        used = 0;
      }
      used += height + TABLE_RULE_PT;
    });
  }
  return cuts;
}

/** The merged cells that run from above row b into it: start row, column and cell. */
function crossing(grid: GridSlot[][], b: number): { r: number; c: number; cell: TableCell }[] {
  const out: { r: number; c: number; cell: TableCell }[] = [];
  grid[b]!.forEach((slot, c) => {
    if (slot.kind !== 'covered' || slot.byRow >= b || slot.byCol !== c) return;
    const owner = grid[slot.byRow]![c]!;
    if (owner.kind === 'cell') out.push({ r: slot.byRow, c, cell: owner.cell });
  });
  return out;
}

/**
 * Joins: rows b inside a rowSpan group (below the header) where the group may be cut into
 * pieces. A cut is taken where every merged cell crossing it has room for its text both
 * above b and below it (so the parts of the cell on the first and on the last of its pages
 * can show the text; the pages between are full), and is bounded left and right by columns
 * no other cell of its rows crosses (so each part is one cell of the outer row, whose top
 * or bottom rule can be left out).
 */
function joinCuts(ctx: TableContext, groups: [number, number][]): number[] {
  const cuts: number[] = [];
  const columns = ctx.widths.length;
  for (const [first, last] of groups) {
    if (first === last || first < ctx.headerRows) continue;
    for (let b = first + 1; b <= last; b++) {
      const fits = crossing(ctx.grid, b).every(({ r, c, cell }) => {
        const end = r + cell.rowSpan - 1;
        const c1 = c + Math.max(1, cell.colSpan) - 1;
        const need = cellHeight(ctx, cell, r, { c0: c, c1 });
        if (spanHeight(ctx.rowHeights, 0, { r0: r, r1: b - 1, c0: c, c1 }) < need) return false;
        if (spanHeight(ctx.rowHeights, 0, { r0: b, r1: end, c0: c, c1 }) < need) return false;
        for (let row = r; row <= end; row++) {
          if (c > 0 && ownerOf(ctx.grid, row, c - 1) === ownerOf(ctx.grid, row, c)) return false;
          if (c1 < columns - 1 && ownerOf(ctx.grid, row, c1) === ownerOf(ctx.grid, row, c1 + 1)) return false;
        }
        return true;
      });
      if (fits) cuts.push(b);
    }
  }
  return cuts;
}

/** First text node with text in a pdfmake cell (depth first), or undefined. */
function firstText(node: unknown): { text: unknown; id?: string; positions?: { pageNumber: number }[] } | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstText(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const n = node as { text?: unknown; stack?: unknown; table?: { body: unknown } };
  if (typeof n.text === 'string' ? n.text !== '' : Array.isArray(n.text) && n.text.length > 0) return n as { text: unknown };
  return firstText(n.stack ?? n.table?.body);
}

export interface TableOptions {
  /** Identifies the table among the document's (unique): names the ids of its rows. */
  key: string;
  /** Text height of the page, at least (default: the landscape page's). */
  textHeight?: number;
}

/**
 * The pdfmake table for a TableNode on a page whose text block is `textWidth` wide, and
 * the labels of its merged cells cut into parts, for the footers to draw.
 */
export function tableContent(node: TableNode, textWidth: number, fonts: PdfFonts, options: TableOptions): { content: Content; labels: TableLabel[] } {
  const columns = node.columnWidths.length;
  const available = textWidth - columns * 2 * PAD_X - (columns + 1) * TABLE_RULE_PT;
  const total = node.columnWidths.reduce((sum, w) => sum + w, 0);
  const ctx: TableContext = {
    grid: placeCells(node),
    rowHeights: [],
    parts: new Map(),
    continued: new Set(),
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
  for (const [first, last] of groups) ctx.rowHeights.push(...groupRowHeights(ctx, first, last));
  const joins = joinCuts(ctx, groups);
  const spans = new Map(joins.flatMap((b) => crossing(ctx.grid, b)).map((span) => [`${span.r}:${span.c}`, span]));
  ctx.grid = cutSpansAt(ctx.grid, joins);
  const labels: TableLabel[] = [];
  for (const { r, c, cell } of spans.values()) {
    const width = regionWidth(ctx, { c0: c, c1: c + Math.max(1, cell.colSpan) - 1 });
    const runs = cellRuns(ctx, cell, r);
    const lines = cellLines(ctx, cell, r, width);
    const label: TableLabel = {
      lines,
      textHeight: lines.length * ctx.lineHeight * naturalLineHeightPt(runs[0]!.style.font, ctx.size),
      width,
      ruleOnTop: node.headerRows === 0,
      parts: [],
    };
    for (let row = r; row < r + cell.rowSpan; row++) {
      const slot = ctx.grid[row]![c]!;
      if (slot.kind !== 'cell') continue;
      if (row > r) ctx.continued.add(`${row}:${c}`);
      const part: LabelPart = { point: { x: 0, y: 0 }, height: 0, pageNode: undefined };
      ctx.parts.set(slot.cell, part);
      label.parts.push(part);
    }
    labels.push(label);
  }
  const maxHeight = (options.textHeight ?? smallestTextHeight()) * PIECE_OF_PAGE - headerHeight;
  ctx.grid = cutSpansAt(ctx.grid, cutsForTallGroups(ctx, rowSpanGroups(node, ctx.grid), maxHeight));

  const body: PdfTableCell[][] = [];
  const heights: (number | 'auto')[] = [];
  let headerRows = 0;
  const grouped = new Set(groups.flatMap(([first, last]) => (first === last ? [] : Array.from({ length: last - first + 1 }, (_, k) => first + k))));
  for (const [first, last] of rowSpanGroups(node, ctx.grid)) {
    if (first < node.headerRows) headerRows++;
    // Note: a one-row piece of a group keeps the group's row height, which the parts of its
    // merged cells beside it count on.
    const row = groupRow(ctx, first, last, grouped.has(first));
    row.cells.forEach((cell, c) => {
      // Note: a part of a merged cell that runs on into the next piece (or in from the
      // previous one) leaves out the rule between them, unless a page break falls there.
      const top = ctx.continued.has(`${first}:${c}`);
      const bottom = ctx.continued.has(`${last + 1}:${c}`);
      if (top || bottom) Object.assign(cell, { border: [true, !top, true, !bottom] });
    });
    // Note: pdfmake records the page of a text line inside an unbreakable row only for a
    // node with an id (as for headings); the top it records there is not the page's.
    const marker = firstText(row.cells);
    if (marker) marker.id = `${options.key}:row${first}`;
    for (let r = first; r <= last; r++) {
      for (const slot of ctx.grid[r]!) {
        const part = slot.kind === 'cell' ? ctx.parts.get(slot.cell) : undefined;
        const r1 = r + (slot.kind === 'cell' ? slot.cell.rowSpan : 1) - 1;
        if (part) Object.assign(part, { height: spanHeight(ctx.rowHeights, 0, { r0: r, r1, c0: 0, c1: 0 }), pageNode: marker });
      }
    }
    body.push(row.cells);
    heights.push(row.height);
  }

  return {
    content: {
      layout: TABLE_LAYOUT,
      table: {
        widths: ctx.widths,
        heights,
        headerRows,
        ...(headerRows > 0 ? { keepWithHeaderRows: 1 } : {}),
        dontBreakRows: true,
        body,
      },
    },
    // Note: a part that the fallback for over-tall groups cut again is drawn by its halves.
    labels: labels.map((label) => ({ ...label, parts: label.parts.filter((part) => part.height > 0) })),
  };
}
