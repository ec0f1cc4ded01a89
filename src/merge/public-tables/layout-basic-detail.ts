/**
 * Layout of the 一般公共预算财政拨款基本支出决算明细表: two panels side by side, 人员经费 (301
 * and 303 with their 款) on the left and 公用经费 (302, 310 and any other class) on the right,
 * each 经济分类科目编码 | 科目名称 | 决算数, with each panel's total at the foot. Takes the
 * computed panels and the words; returns the grid.
 *
 * Note: unconfirmed layout choice — every 款 of 301, 302 and 303 is printed, zeros as 0.00, and
 * of 310 the 款 a 基本支出 can have (the Shanghai 2024 form's list); Sichuan's grid is unknown.
 */
import type { BasicDetailData } from '../../compute/public-tables/public-tables-data.js';
import { blank, head, label, money, totalRow } from './cells.js';
import type { Grid } from './layout-functional.js';
import { word, type TableWords } from './table-words.js';

export function basicDetailGrid(t: BasicDetailData, words: TableWords): Grid {
  const m = (a: string) => money(a, words.thousands);
  // A 类 line (301 工资福利支出 …) is its panel's subtotal: emphasised whole, as a 合计 row.
  const line = (r: BasicDetailData['personnel'][number] | undefined) => {
    if (!r) return [blank(), blank(), blank()];
    const cells = [label(r.code, { align: 'center' }), label(r.name), m(r.amount)];
    return r.level === 'class' ? totalRow(cells) : cells;
  };
  const n = Math.max(t.personnel.length, t.publicCosts.length);
  return {
    columnWidths: [9, 24, 11, 9, 24, 11],
    headerRows: [
      [head(word(words, 'personnel'), { col: 3 }), head(word(words, 'publicCosts'), { col: 3 })],
      [
        head(word(words, 'economicCode')),
        head(word(words, 'subjectName')),
        head(word(words, 'actual')),
        head(word(words, 'economicCode')),
        head(word(words, 'subjectName')),
        head(word(words, 'actual')),
      ],
    ],
    bodyRows: [
      ...Array.from({ length: n }, (_, i) => [...line(t.personnel[i]), ...line(t.publicCosts[i])]),
      totalRow([
        label(word(words, 'personnelTotal'), { col: 2, align: 'center' }),
        m(t.personnelTotal),
        label(word(words, 'publicCostsTotal'), { col: 2, align: 'center' }),
        m(t.publicCostsTotal),
      ]),
    ],
  };
}
