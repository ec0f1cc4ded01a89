/**
 * Layout of the two 总表 (收入支出决算总表 and 财政拨款收入支出决算总表): income on the left,
 * spending on the right, line by line, with the totals and carry-overs at the foot. The lines
 * are the form's (the pack's incomeLines, fundLines and classLines), whatever the data: a 类
 * the unit spent nothing under prints 0.00. Takes the computed figures and the words; returns
 * the grid.
 *
 * Note: unconfirmed layout choice — no 行次 or 栏次 column (the Shanghai 2024 form has none;
 * the national form of 2018–2019 has both, Sichuan's is unknown).
 */
import {
  FUND_KEYS,
  INCOME_KEYS,
  NO_AMOUNT,
  NO_AMOUNT_BY_FUND,
  type ByFund,
  type FiscalSummaryData,
  type SummaryData,
} from '../../compute/public-tables/public-tables-data.js';
import type { PublicTableCell } from '../../tables/public-table.js';
import { blank, head, label, money, totalRow } from './cells.js';
import type { Grid } from './layout-functional.js';
import { columnsOf, word, type TableWords } from './table-words.js';
import { msg } from '../../text/msg.js';

/** Left and right lines side by side; the shorter side is padded with blank cells. */
function sideBySide(left: PublicTableCell[][], right: PublicTableCell[][], leftWidth: number, rightWidth: number): PublicTableCell[][] {
  const n = Math.max(left.length, right.length);
  const blanks = (width: number) => Array.from({ length: width }, () => blank());
  return Array.from({ length: n }, (_, i) => [...(left[i] ?? blanks(leftWidth)), ...(right[i] ?? blanks(rightWidth))]);
}

/**
 * The 支出 lines: the form's classLines in order, then any 类 with money the form does not
 * list (numbered on, named from the catalog or the data), so that the lines add up to 本年支出合计.
 */
function classLines<V>(
  words: TableWords,
  spent: readonly { code: string; name: string; values: V }[],
  none: V,
): { label: string; values: V }[] {
  const byCode = new Map(spent.map((c) => [c.code, c]));
  const listed = new Set(words.classLines.map((line) => line.code));
  const extra = spent.filter((c) => !listed.has(c.code));
  return [
    ...words.classLines.map((line) => ({ label: line.label, values: byCode.get(line.code)?.values ?? none })),
    ...extra.map((c, k) => {
      const numeral = words.numerals[words.classLines.length + k];
      if (numeral === undefined)
        throw new Error(msg`模板包的 wording.json 中 publicTables.numerals 不够 ${words.classLines.length + k + 1} 个`);
      return { label: `${numeral}${c.name}`, values: c.values };
    }),
  ];
}

function checkKeys(words: TableWords, what: 'incomeLines' | 'fundLines', known: readonly string[]): void {
  words[what].forEach((line, i) => {
    if (!known.includes(line.key)) {
      throw new Error(msg`模板包 wording.json 的 publicTables.${what}[${i}].key“${line.key}”不是总表的收入项（可用：${known.join('、')}）`);
    }
  });
}

export function summaryGrid(t: SummaryData, words: TableWords): Grid {
  checkKeys(words, 'incomeLines', INCOME_KEYS);
  const m = (a: string) => money(a, words.thousands);
  const left = words.incomeLines.map((line) => [label(line.label), m(t.income[line.key as (typeof INCOME_KEYS)[number]])]);
  const spent = t.classes.map((c) => ({ code: c.code, name: c.name, values: c.amount }));
  const right = classLines(words, spent, NO_AMOUNT).map((line) => [label(line.label), m(line.values)]);
  const foot = (l: string, la: string, r: string, ra: string) => [label(word(words, l)), m(la), label(word(words, r)), m(ra)];
  return {
    columnWidths: [30, 12, 30, 12],
    headerRows: [
      [head(word(words, 'incomeSide'), { col: 2 }), head(word(words, 'expenditureSide'), { col: 2 })],
      [head(word(words, 'item')), head(word(words, 'actual')), head(word(words, 'item')), head(word(words, 'actual'))],
    ],
    bodyRows: [
      ...sideBySide(left, right, 2, 2),
      totalRow(foot('currentIncome', t.currentIncome, 'currentExpenditure', t.currentExpenditure)),
      foot('nonFiscalBalanceUsed', t.nonFiscalBalanceUsed, 'balanceAllocation', t.balanceAllocation),
      foot('opening', t.opening, 'closing', t.closing),
      totalRow(foot('grandTotal', t.incomeTotal, 'grandTotal', t.expenditureTotal)),
    ],
  };
}

export function fiscalSummaryGrid(t: FiscalSummaryData, words: TableWords): Grid {
  checkKeys(words, 'fundLines', FUND_KEYS);
  const columns = columnsOf(words, 'fiscalSummary');
  columns.forEach((column, i) => {
    if (!(column.key in NO_AMOUNT_BY_FUND)) {
      throw new Error(
        msg`模板包 wording.json 的 publicTables.forms.fiscalSummary.columns[${i}].key“${column.key}”不是本表的数字（可用：${Object.keys(NO_AMOUNT_BY_FUND).join('、')}）`,
      );
    }
  });
  const m = (a: string) => money(a, words.thousands);
  const byFund = (v: ByFund) => columns.map((c) => m(v[c.key as keyof ByFund]));
  const fund = (key: string) => key as (typeof FUND_KEYS)[number];
  const left = words.fundLines.map((line) => [label(line.label), m(t.income[fund(line.key)])]);
  const right = classLines(words, t.classes, NO_AMOUNT_BY_FUND).map((line) => [label(line.label), ...byFund(line.values)]);
  const blanks = () => Array.from({ length: 1 + columns.length }, () => blank());
  return {
    columnWidths: [26, 11, 26, ...columns.map(() => 11)],
    headerRows: [
      [head(word(words, 'incomeSide'), { col: 2 }), head(word(words, 'expenditureSide'), { col: 1 + columns.length })],
      [head(word(words, 'item')), head(word(words, 'actual')), head(word(words, 'item')), ...columns.map((c) => head(c.heading))],
    ],
    bodyRows: [
      ...sideBySide(left, right, 2, 1 + columns.length),
      totalRow([
        label(word(words, 'currentIncome')),
        m(t.currentIncome),
        label(word(words, 'currentExpenditure')),
        ...byFund(t.currentExpenditure),
      ]),
      [label(word(words, 'fiscalOpening')), m(t.opening.total), label(word(words, 'fiscalClosing')), ...byFund(t.closing)],
      ...words.fundLines.map((line) => [label(line.opening), m(t.opening[fund(line.key)]), ...blanks()]),
      totalRow([label(word(words, 'grandTotal')), m(t.incomeTotal), label(word(words, 'grandTotal')), ...byFund(t.expenditureTotalByFund)]),
    ],
  };
}
