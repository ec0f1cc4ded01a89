/**
 * A test unit with complete 附表 detail, made from the reference by adding what its published
 * document does not state (and the reference data therefore must not invent): the 收入、支出
 * by 功能分类 项, each 项's split by 经济分类 类 into 基本 and 项目支出, the 基本支出 by 款, and
 * the 公务用车 budgets. Every added figure is chosen to tie to the reference's own totals:
 * 基本支出 893.92 = 人员经费 789.57 (301) + 公用经费 104.35 (302, all under 2040601), 项目支出
 * 269.9 under 302. Takes nothing; returns the data as a data file holds it (with "$schema").
 */
import { readUnitYear, REFERENCE_DATA_PATH, type UnitYearInput } from '../support/unit-year-data.js';

export const REFERENCE_FILE = REFERENCE_DATA_PATH;

/** 项 codes whose spending is 基本支出 (the rest of the reference's items are 项目支出). */
const BASIC_ITEMS = new Set(['2040601', '2040650', '2080501', '2080505', '2089999', '2101101', '2101103', '2210201']);

export function detailedUnit(): UnitYearInput {
  const data = readUnitYear(REFERENCE_FILE);
  data.unit = { name: '示例县司法局', shortName: '示例县司法局', agencyShortName: '县司法局' };
  const items = data.accounts.generalBudget.items;
  for (const item of items) {
    if (item.code === '2040601')
      item.economic = [
        { code: '301', basic: 589.04, project: 0 },
        { code: '302', basic: 104.35, project: 0 },
      ];
    else if (BASIC_ITEMS.has(item.code)) item.economic = [{ code: '301', basic: item.actual, project: 0 }];
    else item.economic = [{ code: '302', basic: 0, project: item.actual }];
  }
  data.accounts.byFunction = items.map((item) => ({
    code: item.code,
    income: { fiscal: item.actual },
    expenditure: BASIC_ITEMS.has(item.code) ? { basic: item.actual, project: 0 } : { basic: 0, project: item.actual },
  }));
  data.accounts.basicExpenditure.economic = [
    { code: '30101', amount: 300 },
    { code: '30102', amount: 200 },
    { code: '30107', amount: 100 },
    { code: '30108', amount: 89.57 },
    { code: '30112', amount: 50 },
    { code: '30113', amount: 50 },
    { code: '30201', amount: 60 },
    { code: '30211', amount: 20.35 },
    { code: '30229', amount: 24 },
  ];
  data.accounts.threePublic.vehicle.purchase.budget = 0;
  data.accounts.threePublic.vehicle.operation.budget = 3.41;
  return data;
}
