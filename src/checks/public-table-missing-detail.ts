/**
 * Which 附表 the data cannot fill, and what each lacks: the detail beyond the prose fields
 * (byFunction, each item's 经济分类 split, carry-overs by fund and by item, the vehicle
 * budgets, the 政府性基金 part of 三公). Data written before the 附表 existed lacks it; the
 * run then warns once per table and leaves the 附表 out (issue 11). Takes the data and the
 * pack's table list; returns, per table that cannot be filled, the fields as JSON paths
 * with a Chinese gloss for the warning.
 */
import { FUND_KEYS, type FundKey } from '../compute/public-tables/public-tables-data.js';
import type { FunctionalItem, UnitYear } from '../schema/unit-year.js';
import type { PublicTableId } from '../tables/table-ids.js';
import { msg } from '../text/msg.js';

/** A table the data cannot fill: the fields it lacks, as JSON paths with a Chinese gloss. */
export interface MissingDetail {
  id: PublicTableId;
  fields: { path: string; what: string }[];
}

type Data = UnitYear;
const items = (data: Data, fund: FundKey): FunctionalItem[] => data.accounts[fund].items;

/** What each table needs beyond the prose fields, for the tables the data cannot fill. */
export function missingDetail(data: Data, ids: readonly PublicTableId[]): MissingDetail[] {
  const a = data.accounts;
  const needs = (id: PublicTableId): { path: string; what: string }[] => {
    const lack: { path: string; what: string }[] = [];
    const itemsWithoutEconomic = (funds: readonly FundKey[]) =>
      funds.flatMap((fund) => {
        const lacking = items(data, fund).filter((item) => item.economic === undefined);
        if (lacking.length === 0) return [];
        const codes =
          lacking
            .slice(0, 3)
            .map((item) => item.code)
            .join(msg`、`) + (lacking.length > 3 ? msg`等${lacking.length}个科目` : '');
        return [{ path: `$.accounts.${fund}.items[*].economic`, what: msg`${codes}按经济分类及基本、项目支出的构成` }];
      });
    switch (id) {
      case 'summary':
      case 'income':
      case 'expenditure':
        if (!a.byFunction) lack.push({ path: '$.accounts.byFunction', what: msg`按功能分类列示的各项收入和支出` });
        break;
      case 'fiscalSummary':
        if (a.fiscalTotals.openingBalance !== 0 && !a.fiscalTotals.openingByFund)
          lack.push({ path: '$.accounts.fiscalTotals.openingByFund', what: msg`年初财政拨款结转和结余按预算类别的构成` });
        if (a.fiscalTotals.closingBalance !== 0 && !a.fiscalTotals.closingByFund)
          lack.push({ path: '$.accounts.fiscalTotals.closingByFund', what: msg`年末财政拨款结转和结余按预算类别的构成` });
        break;
      case 'fiscalDetail':
        lack.push(...itemsWithoutEconomic(FUND_KEYS));
        break;
      case 'generalBudget':
      case 'generalBudgetDetail':
      case 'generalBudgetProject':
        lack.push(...itemsWithoutEconomic(['generalBudget']));
        break;
      case 'basicDetail':
        if (!a.basicExpenditure.economic)
          lack.push({ path: '$.accounts.basicExpenditure.economic', what: msg`基本支出按经济分类“款”的构成` });
        break;
      case 'governmentFund':
      case 'stateCapital': {
        const fund: FundKey = id;
        lack.push(...itemsWithoutEconomic([fund]));
        const carried = fundCarryOver(data, fund);
        items(data, fund).forEach((item, i) => {
          if (carried.opening && item.opening === undefined)
            lack.push({ path: `$.accounts.${fund}.items[${i}].opening`, what: msg`科目${item.code}的年初结转和结余` });
          if (carried.closing && item.closing === undefined)
            lack.push({ path: `$.accounts.${fund}.items[${i}].closing`, what: msg`科目${item.code}的年末结转和结余` });
        });
        break;
      }
      case 'stateCapitalExpenditure':
        lack.push(...itemsWithoutEconomic(['stateCapital']));
        break;
      case 'threePublic':
      case 'threePublicGeneral':
      case 'threePublicFund': {
        const v = a.threePublic.vehicle;
        if (v.budget !== 0 && (v.purchase.budget === undefined || v.operation.budget === undefined)) {
          lack.push({
            path: '$.accounts.threePublic.vehicle.purchase.budget',
            what: msg`公务用车购置费、运行维护费各自的预算数`,
          });
        }
        if (id !== 'threePublic' && hasFundMoney(data) && !a.threePublic.governmentFundPart) {
          lack.push({ path: '$.accounts.threePublic.governmentFundPart', what: msg`“三公”经费中由政府性基金预算财政拨款安排的部分` });
        }
        break;
      }
    }
    return lack;
  };
  return ids.flatMap((id) => {
    const fields = needs(id);
    return fields.length > 0 ? [{ id, fields }] : [];
  });
}

function hasFundMoney(data: Data): boolean {
  const a = data.accounts;
  return a.income.governmentFund !== 0 || a.governmentFund.actual !== 0 || (a.fiscalTotals.openingByFund?.governmentFund ?? 0) !== 0;
}

/** Whether a fund has carry-overs at all (then its items must say where). */
function fundCarryOver(data: Data, fund: FundKey): { opening: boolean; closing: boolean } {
  const ft = data.accounts.fiscalTotals;
  const opening = ft.openingBalance === 0 ? 0 : (ft.openingByFund?.[fund] ?? 0);
  const closing = ft.closingBalance === 0 ? 0 : (ft.closingByFund?.[fund] ?? 0);
  return { opening: opening !== 0, closing: closing !== 0 };
}
