/**
 * Table span placement, shared by both backends. Takes a TableNode (HTML semantics: a row
 * lists only the cells that start in it) and returns the rectangular grid: every slot is the
 * cell that starts there, a slot covered by a rowSpan/colSpan, or an empty slot of a short row.
 */

import type { TableCell, TableNode } from './types.js';
import { msg } from '../text/msg.js';

/** A slot of the grid: the cell that starts there, a slot a span covers, or an empty slot of a short row. */
export type Slot<C> = { kind: 'cell'; cell: C } | { kind: 'covered'; byRow: number; byCol: number } | { kind: 'empty' };

export type GridSlot = Slot<TableCell>;

/** Places every cell on a grid `columnWidths.length` wide; throws on spans off the grid. */
export function placeCells(table: TableNode): GridSlot[][] {
  return placeSpans(
    table.rows.map((row) => row.cells),
    table.columnWidths.length,
  );
}

/**
 * Places rows of spanning cells (each row lists the cells that start in it) on a grid
 * `width` wide: for the document's tables and the workbook's sheets alike. Throws on a span
 * off the grid or two spans over one slot.
 */
export function placeSpans<C extends { rowSpan: number; colSpan: number }>(rows: readonly (readonly C[])[], width: number): Slot<C>[][] {
  const height = rows.length;
  const grid: (Slot<C> | undefined)[][] = rows.map(() => new Array<Slot<C> | undefined>(width).fill(undefined));

  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
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

/** Identifies the cell a slot belongs to: its start row and column (an empty slot is its own). */
export function ownerOf(grid: GridSlot[][], r: number, c: number): string {
  const slot = grid[r]![c]!;
  return slot.kind === 'covered' ? `${slot.byRow}:${slot.byCol}` : `${r}:${c}`;
}

/**
 * A grid made of the given rows of `grid`, in that order (a row may appear twice, e.g. a
 * header repeated on the next page). A merged cell continues from one new row into the next
 * only where both come from it and no cut (`cutBefore`, indexes into `rows`) falls between
 * them; otherwise its text starts again in a cell of its own, so a label cut by a page break
 * is read on both pages.
 */
export function selectRows(grid: GridSlot[][], rows: readonly number[], cutBefore: ReadonlySet<number> = new Set()): GridSlot[][] {
  const width = grid[0]?.length ?? 0;
  const out: (GridSlot | undefined)[][] = rows.map(() => new Array<GridSlot | undefined>(width).fill(undefined));
  rows.forEach((r, n) => {
    for (let c = 0; c < width; c++) {
      if (out[n]![c] !== undefined) continue;
      const slot = grid[r]![c]!;
      if (slot.kind === 'empty') {
        out[n]![c] = slot;
        continue;
      }
      // Note: columns are visited left to right, so c is the owner's first column here.
      const [ownerRow, ownerCol] = slot.kind === 'cell' ? [r, c] : [slot.byRow, slot.byCol];
      const owner = grid[ownerRow]![ownerCol]!;
      if (owner.kind !== 'cell') throw new Error(msg`表格第 ${r + 1} 行第 ${c + 1} 列的合并单元格缺少起始单元格`);
      const key = `${ownerRow}:${ownerCol}`;
      let rowSpan = 1;
      while (n + rowSpan < rows.length && !cutBefore.has(n + rowSpan) && ownerOf(grid, rows[n + rowSpan]!, c) === key) rowSpan++;
      const colSpan = Math.max(1, owner.cell.colSpan);
      const cell = owner.cell.rowSpan === rowSpan ? owner.cell : { ...owner.cell, rowSpan };
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          out[n + dr]![c + dc] = dr === 0 && dc === 0 ? { kind: 'cell', cell } : { kind: 'covered', byRow: n, byCol: c };
        }
      }
    }
  });
  return out.map((row) => row.map((slot) => slot ?? { kind: 'empty' }));
}

/**
 * Splits a grid's rows into the groups that rowSpans tie together: a group ends at the first
 * row where no span from an earlier row of the group continues. Returns [first, last] pairs.
 */
export function rowSpanGroups(grid: GridSlot[][]): [number, number][] {
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
