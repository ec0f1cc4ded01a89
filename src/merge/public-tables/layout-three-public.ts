/**
 * Layout of the 财政拨款“三公”经费支出决算表 (and, for 2020–2021, its 一般公共预算 and 政府性
 * 基金 halves): 预算数 and 决算数 of 合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计,
 * 购置费, 运行维护费) and 公务接待费, in one row. Takes the figures and the words; returns the grid.
 */
import type { BudgetActual, ThreePublicData } from '../../compute/public-tables/public-tables-data.js';
import { head, money } from './cells.js';
import type { Grid } from './layout-functional.js';
import { word, type TableWords } from './table-words.js';

export function threePublicGrid(t: ThreePublicData, words: TableWords): Grid {
  const pair = (v: BudgetActual) => [money(v.budget, words.thousands), money(v.actual, words.thousands)];
  const budgetActual = () => [head(word(words, 'budget')), head(word(words, 'actual'))];
  return {
    columnWidths: Array.from({ length: 12 }, () => 8),
    headerRows: [
      [
        head(word(words, 'total'), { col: 2, row: 2 }),
        head(word(words, 'threePublic.abroad'), { col: 2, row: 2 }),
        head(word(words, 'threePublic.vehicle'), { col: 6 }),
        head(word(words, 'threePublic.reception'), { col: 2, row: 2 }),
      ],
      [
        head(word(words, 'subtotal'), { col: 2 }),
        head(word(words, 'threePublic.purchase'), { col: 2 }),
        head(word(words, 'threePublic.operation'), { col: 2 }),
      ],
      [...budgetActual(), ...budgetActual(), ...budgetActual(), ...budgetActual(), ...budgetActual(), ...budgetActual()],
    ],
    bodyRows: [[...pair(t.total), ...pair(t.abroad), ...pair(t.vehicle), ...pair(t.purchase), ...pair(t.operation), ...pair(t.reception)]],
  };
}
