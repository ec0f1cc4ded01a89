/**
 * Where a table is cut into page pieces, shared by both backends. Takes a TableNode and the
 * body row a piece starts at; returns the rows that repeat at the top of that piece (the
 * table's header rows, and the header rows of the row group it continues) and the rows of
 * the piece, for selectRows (table-grid) to turn into the piece's own grid.
 */
import type { TableNode, TableRowGroup } from './types.js';

/** The integers from..to − 1. */
export const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** The table's header rows and each row group's header rows: headings, kept with the row after them. */
export function headingRows(node: TableNode): Set<number> {
  return new Set([
    ...range(0, node.headerRows),
    ...(node.rowGroups ?? []).flatMap((group) => range(group.first, group.first + group.headerRows)),
  ]);
}

/** The row group whose header rows repeat when a page starts at body row `start`, if any. */
function continuedGroup(node: TableNode, start: number): TableRowGroup | undefined {
  return (node.rowGroups ?? []).find((group) => group.first + group.headerRows <= start && start <= group.last);
}

/** Rows repeated at the top of a piece that starts at row `start` (none for the first piece). */
export function repeatedRows(node: TableNode, start: number, withTableHeader = true): number[] {
  if (start <= node.headerRows) return [];
  const group = continuedGroup(node, start);
  return [...(withTableHeader ? range(0, node.headerRows) : []), ...(group ? range(group.first, group.first + group.headerRows) : [])];
}

/** The rows of the piece from row `start` up to (not including) `end`, repeated rows first. */
export function pieceRows(node: TableNode, start: number, end: number): number[] {
  return [...repeatedRows(node, start), ...range(start, end)];
}

/**
 * Whether a page may start at row `start` (0 < start < rows): not inside the table's header
 * rows, and not right after a row group's header rows (they would end a page alone).
 */
export function mayStartPageAt(node: TableNode, start: number): boolean {
  if (start <= node.headerRows) return false;
  return !(node.rowGroups ?? []).some((group) => start > group.first && start <= group.first + group.headerRows);
}
