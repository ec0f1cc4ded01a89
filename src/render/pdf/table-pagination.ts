/**
 * Cuts a table into page pieces. Takes a TableLayout, the row a piece starts at (0 for the
 * table's start) and the room left on the page; returns the piece that fills the room best:
 * its rows up to the last row boundary where a page may break (see tree/table-pieces), with
 * the repeated header rows on top, as a grid of its own (a merged cell cut by the break is
 * repeated in both pieces, so its label is read on both pages), and the height it takes.
 *
 * A boundary where every merged cell it cuts keeps room for its label on both sides is
 * preferred; only when no such boundary fits does a piece end elsewhere (its rows then grow
 * around the cut label, which the measured height includes).
 */
import { ownerOf, selectRows } from '../../tree/table-grid.js';
import { mayStartPageAt, pieceRows, repeatedRows } from '../../tree/table-pieces.js';
import { TABLE_RULE_PT, type TableLayout, type TablePiece } from './table-layout.js';

export interface TableFit {
  /** The piece holds the body rows start..end − 1 (and the repeated rows above them). */
  end: number;
  piece: TablePiece;
  height: number;
}

/** Tolerance of the label test (points). */
const EPSILON = 0.01;

/** The piece of rows start..end − 1, with the rows repeated above them on a new page. */
function tablePiece(layout: TableLayout, start: number, end: number): TablePiece {
  const origin = pieceRows(layout.node, start, end);
  return { grid: selectRows(layout.grid, origin), origin };
}

/** Row boundaries after `start` where the piece may end, in order (the table's end included). */
function allowedEnds(layout: TableLayout, start: number): number[] {
  const rows = layout.node.rows.length;
  const ends: number[] = [];
  for (let end = start + 1; end <= rows; end++) if (end === rows || mayStartPageAt(layout.node, end)) ends.push(end);
  return ends;
}

/** The row heights of the whole table, measured once per layout. */
const baseHeightsOf = new WeakMap<TableLayout, number[]>();
function baseHeights(layout: TableLayout): number[] {
  let heights = baseHeightsOf.get(layout);
  if (!heights) {
    heights = layout.rowHeights({ grid: layout.grid, origin: layout.grid.map((_, r) => r) });
    baseHeightsOf.set(layout, heights);
  }
  return heights;
}

/** Height of the given table rows (in order, contiguous on the page) with the rules between them. */
function rowsHeight(heights: readonly number[], rows: readonly number[]): number {
  return rows.reduce((sum, r) => sum + heights[r]!, Math.max(0, rows.length - 1) * TABLE_RULE_PT);
}

/**
 * Whether every merged cell that a page break before row `end` cuts has room for its label
 * in the piece that ends there (from `start`) and in the piece that continues it.
 */
function labelsFit(layout: TableLayout, start: number, end: number): boolean {
  const { grid, node } = layout;
  if (end >= grid.length) return true;
  const heights = baseHeights(layout);
  const before = pieceRows(node, start, end);
  const continued = repeatedRows(node, end);
  return grid[end]!.every((slot, c) => {
    if (slot.kind !== 'covered' || slot.byRow >= end || slot.byCol !== c) return true;
    const owner = grid[slot.byRow]![c]!;
    if (owner.kind !== 'cell') return true;
    const key = `${slot.byRow}:${c}`;
    const need = layout.cellHeight(owner.cell, slot.byRow, c, c + Math.max(1, owner.cell.colSpan) - 1);
    const lastRow = slot.byRow + owner.cell.rowSpan - 1;
    const after = [...continued, ...Array.from({ length: lastRow - end + 1 }, (_, k) => end + k)];
    const own = (rows: number[]): number[] => rows.filter((r) => ownerOf(grid, r, c) === key);
    return rowsHeight(heights, own(before)) + EPSILON >= need && rowsHeight(heights, own(after)) + EPSILON >= need;
  });
}

/**
 * The largest piece from `start` that fits `room`, or undefined when not even the smallest
 * one does. A piece ends only where a page may break; a boundary that keeps every cut label
 * readable wins over a later one that does not.
 * Note: candidates are tried from the last one whose rows could fit down, so only the few
 * pieces near the foot of the page are built and measured.
 */
export function fitTablePiece(layout: TableLayout, start: number, room: number): TableFit | undefined {
  const heights = baseHeights(layout);
  // A piece is never lower than its rows measured in the whole table: later ends cannot fit.
  // Its rows are the repeated rows, then start..end − 1: one running sum as end grows.
  const repeated = repeatedRows(layout.node, start);
  let rowCount = repeated.length;
  let rowSum = repeated.reduce((total, r) => total + heights[r]!, 0);
  let next = start;
  const candidates: number[] = [];
  for (const end of allowedEnds(layout, start)) {
    for (; next < end; next++, rowCount++) rowSum += heights[next]!;
    // Note: a prefilter only (the piece is measured below); EPSILON keeps float order from excluding a fit.
    if (rowSum + Math.max(0, rowCount - 1) * TABLE_RULE_PT + 2 * TABLE_RULE_PT > room + EPSILON) break;
    candidates.push(end);
  }
  let fallback: TableFit | undefined;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const end = candidates[k]!;
    const preferred = labelsFit(layout, start, end);
    if (!preferred && fallback) continue;
    const piece = tablePiece(layout, start, end);
    const height = layout.height(piece);
    if (height > room) continue;
    if (preferred) return { end, piece, height };
    fallback = { end, piece, height };
  }
  return fallback;
}

const smallestFirstPieceOf = new WeakMap<TableLayout, number>();

/** Height of the smallest piece the table can start with (its header and first body rows). */
export function smallestFirstPiece(layout: TableLayout): number {
  let height = smallestFirstPieceOf.get(layout);
  if (height === undefined) {
    const [end] = allowedEnds(layout, 0);
    height = end === undefined ? TABLE_RULE_PT : layout.height(tablePiece(layout, 0, end));
    smallestFirstPieceOf.set(layout, height);
  }
  return height;
}
