/**
 * Layout of the public tables whose rows are 功能分类 类/款/项 (收入决算表, 支出决算表, 一般公共
 * 预算财政拨款支出决算表, the fund tables, and the 经济分类 明细表): three header rows (项目 over
 * 功能分类科目编码 类|款|项 and 科目名称; the form's money columns, a group heading over its
 * sub-columns where the form has one), a 合计 row, then one row per code. The columns are the
 * form's whatever the data: a column the unit has no money in prints 0.00. Takes the rows, the
 * form's columns and the words; returns the grid.
 *
 * Note: unconfirmed layout choice — the 合计 row is printed first, as in the 财决 statements
 * (the Shanghai 2024 publications print it last in 公开06); no Sichuan grid was found.
 */
import type { Amount } from '../../compute/decimal.js';
import { NO_AMOUNT } from '../../compute/public-tables/public-tables-data.js';
import type { FunctionalRows } from '../../compute/public-tables/functional-rows.js';
import type { TableForm } from '../../schema/public-table-forms.js';
import type { PublicTableCell } from '../../tables/public-table.js';
import { functionalCells, head, label, money, totalRow } from './cells.js';
import { word, type TableWords } from './table-words.js';
import { msg } from '../../text/msg.js';

export type FigureColumn = NonNullable<TableForm['columns']>[number];

export interface Grid {
  columnWidths: number[];
  headerRows: PublicTableCell[][];
  bodyRows: PublicTableCell[][];
}

/**
 * Relative widths of the columns: the 类, 款 and 项 code columns (a 3-, 5- and 7-digit code),
 * the 科目名称 and each money column (an amount of eight characters, 12345.67, in bold), at the
 * form's size on its page.
 */
export interface ColumnWidths {
  code: [number, number, number];
  name: number;
  money: number;
}

/**
 * How a form's column keys meet the computed figures: `fixed` tables compute every column
 * the form may name (a key they lack is a typo in the pack); `byClass` tables (经济分类 明细表)
 * compute only the classes with money, so a class the unit has none of prints 0.00, and a
 * class with money the form does not list gets a column after the form's (its name from the
 * catalog), so that no figure is dropped.
 */
export type ColumnKeys = { kind: 'fixed'; id: string } | { kind: 'byClass'; extra: { code: string; name: string }[] };

function resolveColumns(rows: FunctionalRows<string>, columns: readonly FigureColumn[], keys: ColumnKeys): FigureColumn[] {
  if (keys.kind === 'fixed') {
    for (const column of columns) {
      if (!(column.key in rows.total)) {
        const known = Object.keys(rows.total).join(', ');
        throw new Error(
          msg`模板包 wording.json 的 publicTables.forms.${keys.id}.columns 中“${column.key}”不是本表的数字（可用：${known}）`,
        );
      }
    }
    return [...columns];
  }
  const listed = new Set(columns.map((c) => c.key));
  return [...columns, ...keys.extra.filter((c) => !listed.has(c.code)).map((c) => ({ key: c.code, heading: c.name }))];
}

export function functionalGrid(
  rows: FunctionalRows<string>,
  formColumns: readonly FigureColumn[],
  keys: ColumnKeys,
  words: TableWords,
  widths: ColumnWidths,
): Grid {
  const columns = resolveColumns(rows, formColumns, keys);
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
  const amounts = (values: Record<string, Amount>) => columns.map((c) => money(values[c.key] ?? NO_AMOUNT, words.thousands));
  const total = totalRow([label(word(words, 'total'), { col: 4, align: 'center' }), ...amounts(rows.total)]);
  const body = rows.rows.map((row) => [...functionalCells(row), ...amounts(row.values)]);
  return {
    columnWidths: [...widths.code, widths.name, ...columns.map(() => widths.money)],
    headerRows: [row1, row2, row3],
    bodyRows: [total, ...body],
  };
}
