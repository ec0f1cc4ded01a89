/**
 * Table span placement, shared by both backends. Takes a TableNode (HTML semantics: a row
 * lists only the cells that start in it) and returns the rectangular grid: every slot is the
 * cell that starts there, a slot covered by a rowSpan/colSpan, or an empty slot of a short row.
 */

import type { TableCell, TableNode } from './types.js';
import { msg } from '../text/msg.js';

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
        throw new Error(msg`表格第 ${r + 1} 行的单元格超出 ${width} 列（起于第 ${c + 1} 列，跨 ${colSpan} 列）`);
      }
      if (r + rowSpan > height) {
        throw new Error(msg`表格第 ${r + 1} 行第 ${c + 1} 列的单元格跨 ${rowSpan} 行，超出表格的 ${height} 行`);
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (grid[r + dr]![c + dc] !== undefined) {
            throw new Error(msg`表格第 ${r + dr + 1} 行第 ${c + dc + 1} 列被两个合并单元格同时覆盖`);
          }
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? { kind: 'cell', cell } : { kind: 'covered', byRow: r, byCol: c };
        }
      }
      c += colSpan;
    }
  });

  return grid.map((row) => row.map((slot) => slot ?? { kind: 'empty' }));
}
