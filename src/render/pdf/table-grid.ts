/**
 * Table span placement. Takes a TableNode (HTML semantics: a row lists only the cells that
 * start in it) and returns the rectangular grid pdfmake needs: every slot is the cell that
 * starts there, a slot covered by a rowSpan/colSpan, or an empty slot of a short row.
 * Also finds the row groups that rowSpans tie together (rows that must share a page).
 */

import type { TableCell, TableNode } from '../../tree/types.js';

export type GridSlot =
  | { kind: 'cell'; cell: TableCell }
  | { kind: 'covered'; byRow: number; byCol: number }
  | { kind: 'empty' };

/** Places every cell on a grid `columnWidths.length` wide; throws on spans off the grid. */
export function placeCells(table: TableNode): GridSlot[][] {
  const width = table.columnWidths.length;
  const height = table.rows.length;
  const grid: (GridSlot | undefined)[][] = table.rows.map(() => new Array<GridSlot | undefined>(width).fill(undefined));

  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (c < width && grid[r]![c] !== undefined) c++;
      const rowSpan = Math.max(1, cell.rowSpan);
      const colSpan = Math.max(1, cell.colSpan);
      if (c + colSpan > width) {
        throw new Error(`表格第 ${r + 1} 行的单元格超出 ${width} 列（起于第 ${c + 1} 列，跨 ${colSpan} 列）`);
      }
      if (r + rowSpan > height) {
        throw new Error(`表格第 ${r + 1} 行第 ${c + 1} 列的单元格跨 ${rowSpan} 行，超出表格的 ${height} 行`);
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (grid[r + dr]![c + dc] !== undefined) {
            throw new Error(`表格第 ${r + dr + 1} 行第 ${c + dc + 1} 列被两个合并单元格同时覆盖`);
          }
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? { kind: 'cell', cell } : { kind: 'covered', byRow: r, byCol: c };
        }
      }
      c += colSpan;
    }
  });

  return grid.map((row) => row.map((slot) => slot ?? { kind: 'empty' }));
}

/**
 * Splits the rows into groups that rowSpans tie together: a group ends at the first row
 * where no span from an earlier row of the group continues. Returns [first, last] pairs.
 */
export function rowSpanGroups(table: TableNode, grid: GridSlot[][] = placeCells(table)): [number, number][] {
  const groups: [number, number][] = [];
  let start = 0;
  let end = 0;
  grid.forEach((row, r) => {
    for (const slot of row) {
      if (slot.kind === 'cell') end = Math.max(end, r + Math.max(1, slot.cell.rowSpan) - 1);
    }
    if (end === r) {
      groups.push([start, r]);
      start = r + 1;
      end = r + 1;
    }
  });
  return groups;
}

/**
 * Cuts every span that crosses one of `boundaries` (row indexes where a new piece of the
 * table starts) into two cells with the same text and column span, so that a merged label
 * (e.g. 部门预算管理（80分）) that runs onto the next page is still read there. Takes the
 * placed grid; returns a new grid, boundaries ascending.
 */
export function cutSpansAt(grid: GridSlot[][], boundaries: readonly number[]): GridSlot[][] {
  const out = grid.map((row) => [...row]);
  for (const b of boundaries) {
    const row = out[b];
    if (!row) continue;
    row.forEach((slot, c) => {
      if (slot.kind !== 'covered' || slot.byRow >= b || slot.byCol !== c) return;
      const owner = out[slot.byRow]![slot.byCol]!;
      if (owner.kind !== 'cell') return;
      const { cell } = owner;
      const end = slot.byRow + cell.rowSpan - 1;
      const colSpan = Math.max(1, cell.colSpan);
      out[slot.byRow]![c] = { kind: 'cell', cell: { ...cell, rowSpan: b - slot.byRow } };
      for (let r = b; r <= end; r++) {
        for (let k = c; k < c + colSpan; k++) out[r]![k] = { kind: 'covered', byRow: b, byCol: c };
      }
      out[b]![c] = { kind: 'cell', cell: { ...cell, rowSpan: end - b + 1 } };
    });
  }
  return out;
}
