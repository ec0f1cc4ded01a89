/**
 * Layout of the public tables whose rows are 功能分类 类/款/项 and whose columns are fixed
 * or given (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表, the fund tables, and the
 * 经济分类 明细表): three header rows (项目 over 功能分类科目编码 类|款|项 and 科目名称;
 * the figure columns, a group heading over its sub-columns where the form has one), a 合计
 * row, then one row per code. Takes the rows and the column list; returns the grid.
 *
 * Note: unconfirmed layout choice — the 合计 row is printed first, as in the 财决 statements
 * (the Shanghai 2024 publications print it last in 公开06); no Sichuan grid was found.
 */
import type { Amount } from '../../compute/decimal.js';
import type { FunctionalRows } from '../../compute/public-tables/functional-rows.js';
import type { PublicTableCell } from '../../tables/public-table.js';
import { functionalCells, head, label, money } from './cells.js';
import { word, type TableWords } from './table-words.js';

export interface FigureColumn {
  key: string;
  heading: string;
  /** Sub-columns of one group share a heading above them (本年支出: 合计 基本支出 项目支出). */
  group?: string;
}

export interface Grid {
  columnWidths: number[];
  headerRows: PublicTableCell[][];
  bodyRows: PublicTableCell[][];
}

export function functionalGrid(rows: FunctionalRows<string>, columns: readonly FigureColumn[], words: TableWords): Grid {
  const row1: PublicTableCell[] = [head(word(words, 'item'), { col: 4 })];
  const row2: PublicTableCell[] = [head(word(words, 'functionalCode'), { col: 3 }), head(word(words, 'subjectName'), { row: 2 })];
  const row3: PublicTableCell[] = [head(word(words, 'class')), head(word(words, 'section')), head(word(words, 'itemLevel'))];
  for (let i = 0; i < columns.length;) {
    const group = columns[i]!.group;
    if (group === undefined) {
      row1.push(head(columns[i]!.heading, { row: 3 }));
      i += 1;
      continue;
    }
    let n = 0;
    while (i + n < columns.length && columns[i + n]!.group === group) n += 1;
    row1.push(head(group, { col: n }));
    for (let k = 0; k < n; k++) row2.push(head(columns[i + k]!.heading, { row: 2 }));
    i += n;
  }
  const amounts = (values: Record<string, Amount>) => columns.map((c) => money(values[c.key]!, words.thousands));
  const total = [label(word(words, 'total'), { col: 4, align: 'center', emphasis: true }), ...amounts(rows.total)];
  const body = rows.rows.map((row) => [...functionalCells(row), ...amounts(row.values)]);
  return {
    // Note: the code columns are wide enough for 3, 5 and 7 digits on one line in the tables' small type.
    columnWidths: [6, 8, 11, 24, ...columns.map(() => 11)],
    headerRows: [row1, row2, row3],
    bodyRows: [total, ...body],
  };
}
