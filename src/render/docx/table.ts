/**
 * Tables: takes a TableNode (HTML-style spans: a row lists only the cells that start in it)
 * and the text width of the page it is on; returns the docx Table, with the caption paragraph
 * above it when there is one. Header rows repeat, rows do not split, columns get fixed widths
 * in twips that add up to the text width, thin single borders.
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
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { TableCell as TreeCell, TableNode } from '../../tree/types.js';
import { placeCells } from '../../tree/table-grid.js';
import { preset, ptToTwip } from '../../layout/preset.js';
import { STYLE_IDS, runOptions } from './styles.js';

const CELL_ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Light grey behind emphasised (label) cells. */
const EMPHASIS_FILL = 'F2F2F2';

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
  if (relative.length === 0 || !(sum > 0)) throw new Error('表格的列宽必须为正数');
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

/**
 * The cells that start in each row, with the grid column each starts in (the shared HTML-rule
 * placement, which throws on a cell past the grid or two overlapping cells).
 */
function startingCells(node: TableNode): { cell: TreeCell; column: number }[][] {
  return placeCells(node).map((row) =>
    row.flatMap((slot, column) => (slot.kind === 'cell' ? [{ cell: slot.cell, column }] : [])),
  );
}

function cellParagraph(cell: TreeCell, sizePt: number): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.tableText,
    alignment: CELL_ALIGNMENT[cell.align],
    children: cell.runs.map(
      (run) => new TextRun({ ...runOptions('table', sizePt, { bold: run.bold === true || cell.emphasis }), text: run.text }),
    ),
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

/** The caption (if any) and the table, sized to `textWidthTwips`. */
export function renderTable(node: TableNode, textWidthTwips: number): (Paragraph | Table)[] {
  const widths = scaleColumnWidths(node.columnWidths, textWidthTwips);
  const sizePt = node.size === 'small' ? preset.sizes.table : preset.sizes.tableNormal;
  const padding = ptToTwip(preset.tableCellPadding.xPt);
  const rows = startingCells(node).map(
    (cells, rowIndex) =>
      new TableRow({
        tableHeader: rowIndex < node.headerRows,
        cantSplit: true,
        children: cells.map(
          ({ cell, column }) =>
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
              ...(cell.emphasis ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: EMPHASIS_FILL } } : {}),
              children: [cellParagraph(cell, sizePt)],
            }),
        ),
      }),
  );
  const table = new Table({
    rows,
    columnWidths: widths,
    width: { size: textWidthTwips, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: THIN_BORDERS,
    // Note: no margin above and below: Word's single line is taller than the .pdf's text line,
    // and the two come out equal with the .pdf's 1 pt (see preset.tableCellPadding).
    margins: { top: 0, bottom: 0, left: padding, right: padding },
  });
  return node.caption ? [captionParagraph(node.caption), table] : [table];
}
