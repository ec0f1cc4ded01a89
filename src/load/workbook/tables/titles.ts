/**
 * The tables a unit's own workbooks hold, by the title printed on them: the 公开表 (as units
 * publish them and as the 附表 workbook of this tool writes them, public-tables-spec.md §2)
 * and the 部门决算 software's `Znn …(财决nn表)` export (§7). Takes a cell's text; returns the
 * kind of table whose title it is, or undefined.
 *
 * A title is matched whole, after the noise units add or the export keeps is removed: spaces,
 * a leading 公开NN表 / 表N / Znn label, a leading "<单位><年度>年度", a trailing (财决NN表). The
 * 财决 tables share some titles with the 公开表 (Z03 收入决算表 = 公开02表's title); each reader
 * tells the variants apart by their header labels, never by the sheet name.
 */
import { normalizeLabel } from '../cells.js';
import { msg } from '../../../text/msg.js';

export type TableKind =
  | 'summary'
  | 'fiscalSummary'
  | 'income'
  | 'expenditure'
  | 'fiscalDetail'
  | 'generalBudget'
  | 'generalBudgetFlow'
  | 'generalBudgetDetail'
  | 'basicDetail'
  | 'generalBudgetProject'
  | 'governmentFund'
  | 'stateCapital'
  | 'stateCapitalExpenditure'
  | 'threePublic';

const TITLES: [string, TableKind][] = [
  [msg`收入支出决算总表`, 'summary'],
  [msg`财政拨款收入支出决算总表`, 'fiscalSummary'],
  [msg`收入决算表`, 'income'],
  [msg`支出决算表`, 'expenditure'],
  [msg`财政拨款支出决算明细表`, 'fiscalDetail'],
  [msg`一般公共预算财政拨款支出决算表`, 'generalBudget'],
  // Z07 (财决07表): 年初、本年收入、本年支出（合计、基本、项目）、年末 by 功能分类.
  [msg`一般公共预算财政拨款收入支出决算表`, 'generalBudgetFlow'],
  [msg`一般公共预算财政拨款支出决算明细表`, 'generalBudgetDetail'],
  [msg`一般公共预算财政拨款基本支出决算明细表`, 'basicDetail'],
  [msg`一般公共预算财政拨款基本支出决算表`, 'basicDetail'],
  [msg`一般公共预算财政拨款项目支出决算表`, 'generalBudgetProject'],
  // Z08_2 (财决08-2表).
  [msg`一般公共预算财政拨款项目支出决算明细表`, 'generalBudgetProject'],
  [msg`政府性基金预算财政拨款收入支出决算表`, 'governmentFund'],
  [msg`国有资本经营预算财政拨款收入支出决算表`, 'stateCapital'],
  [msg`国有资本经营预算财政拨款支出决算表`, 'stateCapitalExpenditure'],
  [msg`财政拨款“三公”经费支出决算表`, 'threePublic'],
];

const BY_TITLE = new Map(TITLES.map(([title, kind]) => [normalizeLabel(title), kind]));

/** The 2020–2021 split 三公 tables: recognised, so that they are listed as not read rather than missed. */
export const UNREAD_TITLES = [msg`一般公共预算财政拨款“三公”经费支出决算表`, msg`政府性基金预算财政拨款“三公”经费支出决算表`].map(
  normalizeLabel,
);

export function strippedTitle(text: string): string {
  return normalizeLabel(text)
    .replace(/^(公开\d+表|表\d+(-\d+)?|z\d{2}(_\d)?)/i, '')
    .replace(/[(（]财决(附)?[\d-]+表?[)）]?$/, '')
    .replace(/^.*?\d{4}年度?/, '');
}

export function tableKindOfTitle(text: string): TableKind | undefined {
  const t = normalizeLabel(text);
  return BY_TITLE.get(t) ?? BY_TITLE.get(strippedTitle(text));
}

/** A 财决 sheet name: Znn or Znn_m (or Fnn), then a space (public-tables-spec.md §7.1). */
export const CAIJUE_SHEET = /^(Z\d{2}(_\d)?|F\d{2})\s/i;
