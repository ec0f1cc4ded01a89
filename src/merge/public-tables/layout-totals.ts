/**
 * Layout of the two 总表 (收入支出决算总表 and 财政拨款收入支出决算总表): income on the left,
 * spending on the right, line by line, with the totals and carry-overs at the foot. Takes the
 * computed figures and the words; returns the grid.
 *
 * Note: unconfirmed layout choices — no 行次 or 栏次 column (the Shanghai 2024 form has none;
 * the national form of 2018–2019 has both, Sichuan's is unknown); only the 类 the unit spent
 * under are listed (the complete edition list of 类 is not in the catalog).
 */
import { FUND_KEYS, INCOME_KEYS, type FiscalSummaryData, type SummaryData } from '../../compute/public-tables/public-tables-data.js';
import type { PublicTableCell } from '../../tables/public-table.js';
import { blank, head, label, money } from './cells.js';
import type { Grid } from './layout-functional.js';
import { word, type TableWords } from './table-words.js';
import { msg } from '../../text/msg.js';

function numbered(words: TableWords, i: number, text: string): string {
  const numeral = words.numerals[i];
  if (numeral === undefined) throw new Error(msg`模板包的 wording.json 中 publicTables.numerals 不够 ${i + 1} 个`);
  return `${numeral}${text}`;
}

/** Left and right lines side by side; the shorter side is padded with blank cells. */
function sideBySide(left: PublicTableCell[][], right: PublicTableCell[][], leftWidth: number, rightWidth: number): PublicTableCell[][] {
  const n = Math.max(left.length, right.length);
  const blanks = (width: number) => Array.from({ length: width }, () => blank());
  return Array.from({ length: n }, (_, i) => [...(left[i] ?? blanks(leftWidth)), ...(right[i] ?? blanks(rightWidth))]);
}

export function summaryGrid(t: SummaryData, words: TableWords): Grid {
  const m = (a: string) => money(a, words.thousands);
  const left = INCOME_KEYS.map((key, i) => [label(numbered(words, i, word(words, `income.${key}`))), m(t.income[key])]);
  const right = t.classes.map((c, i) => [label(numbered(words, i, c.name)), m(c.amount)]);
  const foot = (l: string, la: string, r: string, ra: string) => [
    label(word(words, l), { emphasis: true }),
    m(la),
    label(word(words, r), { emphasis: true }),
    m(ra),
  ];
  return {
    columnWidths: [30, 12, 30, 12],
    headerRows: [
      [head(word(words, 'incomeSide'), { col: 2 }), head(word(words, 'expenditureSide'), { col: 2 })],
      [head(word(words, 'item')), head(word(words, 'actual')), head(word(words, 'item')), head(word(words, 'actual'))],
    ],
    bodyRows: [
      ...sideBySide(left, right, 2, 2),
      foot('currentIncome', t.currentIncome, 'currentExpenditure', t.currentExpenditure),
      foot('nonFiscalBalanceUsed', t.nonFiscalBalanceUsed, 'balanceAllocation', t.balanceAllocation),
      foot('opening', t.opening, 'closing', t.closing),
      foot('grandTotal', t.incomeTotal, 'grandTotal', t.expenditureTotal),
    ],
  };
}

export function fiscalSummaryGrid(t: FiscalSummaryData, words: TableWords): Grid {
  const m = (a: string) => money(a, words.thousands);
  const byFund = (v: FiscalSummaryData['closing']) => [m(v.total), ...FUND_KEYS.map((f) => m(v[f]))];
  const left = FUND_KEYS.map((f, i) => [label(numbered(words, i, word(words, `fund.${f}`))), m(t.income[f])]);
  const right = t.classes.map((c, i) => [label(numbered(words, i, c.name)), ...byFund(c.values)]);
  const strong = (key: string) => label(word(words, key), { emphasis: true });
  return {
    columnWidths: [24, 11, 24, 11, 11, 11, 11],
    headerRows: [
      [head(word(words, 'incomeSide'), { col: 2 }), head(word(words, 'expenditureSide'), { col: 5 })],
      [
        head(word(words, 'item')),
        head(word(words, 'actual')),
        head(word(words, 'item')),
        head(word(words, 'total')),
        ...FUND_KEYS.map((f) => head(word(words, `fund.${f}`))),
      ],
    ],
    bodyRows: [
      ...sideBySide(left, right, 2, 5),
      [strong('currentIncome'), m(t.currentIncome), strong('currentExpenditure'), ...byFund(t.currentExpenditure)],
      [strong('fiscalOpening'), m(t.opening.total), strong('fiscalClosing'), ...byFund(t.closing)],
      ...FUND_KEYS.map((f) => [label(word(words, `fund.${f}`)), m(t.opening[f]), blank(), blank(), blank(), blank(), blank()]),
      [strong('grandTotal'), m(t.incomeTotal), strong('grandTotal'), ...byFund(t.expenditureTotalByFund)],
    ],
  };
}
