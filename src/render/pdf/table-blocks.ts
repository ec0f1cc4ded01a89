/**
 * Merged-cell decomposition of a table's rows. Takes the placed grid (see table-grid) and
 * a region of it; returns a tree of blocks that needs no rowSpan to draw: a single cell,
 * a plain grid (rows whose cells span columns only), side-by-side column bands, or
 * stacked row bands. The PDF backend draws each rowSpan group as one table row holding
 * this tree (see table-layout), because pdfmake's own rowSpan layout is unreliable.
 */

import type { TableCell } from '../../tree/types.js';
import { ownerOf, type GridSlot } from '../../tree/table-grid.js';
import { msg } from '../../text/msg.js';

export interface Region {
  /** Inclusive row and column bounds. */
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export type TableBlock =
  | { kind: 'cell'; region: Region; cell: TableCell | undefined; row: number }
  | { kind: 'grid'; region: Region }
  | { kind: 'columns'; region: Region; bands: TableBlock[] }
  | { kind: 'rows'; region: Region; bands: TableBlock[] };

/** Column indexes c (c0 ≤ c < c1) after which no cell of the region continues. */
function columnCuts(grid: GridSlot[][], { r0, r1, c0, c1 }: Region): number[] {
  const cuts: number[] = [];
  for (let c = c0; c < c1; c++) {
    let free = true;
    for (let r = r0; r <= r1 && free; r++) free = ownerOf(grid, r, c) !== ownerOf(grid, r, c + 1);
    if (free) cuts.push(c);
  }
  return cuts;
}

function rowCuts(grid: GridSlot[][], { r0, r1, c0, c1 }: Region): number[] {
  const cuts: number[] = [];
  for (let r = r0; r < r1; r++) {
    let free = true;
    for (let c = c0; c <= c1 && free; c++) free = ownerOf(grid, r, c) !== ownerOf(grid, r + 1, c);
    if (free) cuts.push(r);
  }
  return cuts;
}

function split(cuts: number[], first: number, last: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = first;
  for (const cut of cuts) {
    parts.push([start, cut]);
    start = cut + 1;
  }
  parts.push([start, last]);
  return parts;
}

/** Decomposes a region whose borders no cell crosses; throws on interlocked spans. */
export function decompose(grid: GridSlot[][], region: Region): TableBlock {
  const { r0, r1, c0, c1 } = region;
  const owner = ownerOf(grid, r0, c0);
  let single = true;
  for (let r = r0; r <= r1 && single; r++) {
    for (let c = c0; c <= c1 && single; c++) single = ownerOf(grid, r, c) === owner;
  }
  if (single) {
    const slot = grid[r0]![c0]!;
    return { kind: 'cell', region, cell: slot.kind === 'cell' ? slot.cell : undefined, row: r0 };
  }
  const rows = rowCuts(grid, region);
  if (rows.length === r1 - r0) return { kind: 'grid', region };
  const columns = columnCuts(grid, region);
  if (columns.length > 0) {
    return {
      kind: 'columns',
      region,
      bands: split(columns, c0, c1).map(([a, b]) => decompose(grid, { r0, r1, c0: a, c1: b })),
    };
  }
  if (rows.length > 0) {
    return {
      kind: 'rows',
      region,
      bands: split(rows, r0, r1).map(([a, b]) => decompose(grid, { r0: a, r1: b, c0, c1 })),
    };
  }
  throw new Error(msg`表格第 ${r0 + 1}–${r1 + 1} 行的合并单元格相互交错，无法排版`);
}
