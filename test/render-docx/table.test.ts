/**
 * The table helpers of the .docx backend: HTML-style cell placement and column widths.
 */

import { describe, expect, it } from 'vitest';
import { scaleColumnWidths } from '../../src/render/docx/table.js';
import { placeCells } from '../../src/tree/table-grid.js';
import type { TableCell, TableNode } from '../../src/tree/types.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): TableCell => ({
  runs: [{ type: 'text', text }],
  rowSpan,
  colSpan,
  align: 'center',
  emphasis: false,
});

const table = (columns: number, rows: TableCell[][]): TableNode => ({
  type: 'table',
  columnWidths: new Array<number>(columns).fill(1),
  headerRows: 0,
  size: 'small',
  rows: rows.map((cells) => ({ cells })),
});

describe('placeCells', () => {
  it('skips the columns covered by a rowSpan from above', () => {
    const placed = placeCells(table(4, [[cell('a', 2), cell('b'), cell('c', 2, 2)], [cell('d')], [cell('e', 1, 4)]]));
    expect(
      placed.map((row) => row.flatMap((slot, column) => (slot.kind === 'cell' ? [`${slot.cell.runs[0]!.text}@${column}`] : []))),
    ).toEqual([['a@0', 'b@1', 'c@2'], ['d@1'], ['e@0']]);
  });

  it('rejects cells that overlap or run past the grid', () => {
    expect(() => placeCells(table(2, [[cell('a', 2), cell('b')], [cell('c', 1, 2)]]))).toThrow(/超出/);
    expect(() => placeCells(table(2, [[cell('a'), cell('b', 1, 2)]]))).toThrow(/超出/);
    expect(() => placeCells(table(2, [[cell('a', 3), cell('b')]]))).toThrow(/超出/);
  });
});

describe('scaleColumnWidths', () => {
  it('scales to whole twips adding up to the text width', () => {
    const widths = scaleColumnWidths([1, 1, 1, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], 12756);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(12756);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(scaleColumnWidths([1, 1, 1], 8845)).toEqual([2948, 2949, 2948]);
  });

  it('rejects widths that do not add up to something positive', () => {
    expect(() => scaleColumnWidths([], 100)).toThrow();
    expect(() => scaleColumnWidths([0, 0], 100)).toThrow();
  });
});
