/**
 * The public tables (公开表) the tool can lay out, by id. A pack lists the ones its edition
 * publishes, in order (pack.json `publicTables`); their titles and every word they print are
 * in the pack's wording.json (`publicTables`). Takes nothing; exports the ids.
 *
 *   summary                 收入支出决算总表
 *   income                  收入决算表
 *   expenditure             支出决算表
 *   fiscalSummary           财政拨款收入支出决算总表
 *   fiscalDetail            财政拨款支出决算明细表
 *   generalBudget           一般公共预算财政拨款支出决算表
 *   generalBudgetDetail     一般公共预算财政拨款支出决算明细表
 *   basicDetail             一般公共预算财政拨款基本支出决算明细表 (2021 and before: …基本支出决算表)
 *   generalBudgetProject    一般公共预算财政拨款项目支出决算表
 *   governmentFund          政府性基金预算财政拨款收入支出决算表
 *   stateCapital            国有资本经营预算财政拨款收入支出决算表
 *   stateCapitalExpenditure 国有资本经营预算财政拨款支出决算表
 *   threePublic             财政拨款“三公”经费支出决算表
 *   threePublicGeneral      一般公共预算财政拨款“三公”经费支出决算表 (2020–2021)
 *   threePublicFund         政府性基金预算财政拨款“三公”经费支出决算表 (2020–2021)
 */
export const PUBLIC_TABLE_IDS = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'fiscalDetail',
  'generalBudget',
  'generalBudgetDetail',
  'basicDetail',
  'generalBudgetProject',
  'governmentFund',
  'stateCapital',
  'stateCapitalExpenditure',
  'threePublic',
  'threePublicGeneral',
  'threePublicFund',
] as const;

export type PublicTableId = (typeof PUBLIC_TABLE_IDS)[number];
