/**
 * Row groups and span cuts on the placed grid (see tree/table-grid): finds the row groups
 * that rowSpans tie together (rows that must share a page) and cuts spans at page pieces.
 */

import type { TableNode } from '../../tree/types.js';
import { placeCells, type GridSlot } from '../../tree/table-grid.js';

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
