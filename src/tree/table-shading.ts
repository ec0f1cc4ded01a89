/**
 * Which table cells are shaded, one rule for both backends so that the .docx and the .pdf shade
 * the same cells: every cell of the table's header rows, and every emphasised cell (a label of
 * the 自评表, a 公开表's 合计 and 总计 rows). Takes the table, the TableNode row the cell comes
 * from (a repeated header row counts as the header row it repeats) and the cell; returns
 * whether it is shaded. `SHADE_RGB` is the grey both draw.
 */
import type { TableCell, TableNode } from './types.js';

/** Light grey (F2F2F2), as six hex digits. */
export const SHADE_RGB = 'F2F2F2';

export function isShaded(node: TableNode, originRow: number, cell: TableCell | undefined): boolean {
  return originRow < node.headerRows || cell?.emphasis === true;
}
