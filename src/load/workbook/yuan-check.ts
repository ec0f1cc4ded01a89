/**
 * Figures typed in 元 where the workbook asks for 万元: each is 10,000 times too big, and
 * since every figure of the unit is, the totals still tie and no other check notices. Two
 * tests that need no second source: this year's totals against last year's (上年数, often
 * pre-filled from last year's data), and 人员经费 per person on duty. Takes the assembled
 * data and the cells of its fields; returns an error naming the cell, or nothing.
 *
 * Note: thresholds chosen with margin — a total 5,000 to 20,000 times last year's, or
 * 人员经费 above 1,000 万元 per person (a year's pay is of the order of 10 万元).
 */
import type { Finding } from '../../schema/format-issues.js';
import type { Json } from '../../workbook/values.js';
import { getAt } from '../../workbook/values.js';
import type { Place } from './collector.js';
import { msg } from '../../text/msg.js';

const num = (data: Json, path: string) => {
  const v = getAt(data, path.split('.'));
  return typeof v === 'number' ? v : undefined;
};

export function suspectYuan(data: Json, places: ReadonlyMap<string, Place>): Finding[] {
  const errors: Finding[] = [];
  const at = (path: string, message: string) => {
    const place = places.get(`$.${path}`);
    errors.push({ path: place?.where ?? `$.${path}`, message: msg`【${place?.label ?? path}】${message}`, field: `$.${path}` });
  };
  for (const [current, prior, what] of [
    ['accounts.totals.income', 'priorYear.totals.income', msg`收入总计`],
    ['accounts.fiscalTotals.income', 'priorYear.fiscalTotals.income', msg`财政拨款收入总计`],
  ] as const) {
    const now = num(data, current);
    const before = num(data, prior);
    if (now === undefined || before === undefined || before === 0) continue;
    const ratio = now / before;
    if (ratio >= 5000 && ratio <= 20000) {
      at(
        current,
        msg`本年${what} ${now} 是上年 ${before} 的约 ${Math.round(ratio)} 倍，疑似以元而不是万元填列；本工作簿的金额单位为万元（元数除以10000，保留两位小数）`,
      );
      return errors;
    }
  }
  const personnel = num(data, 'accounts.basicExpenditure.personnel');
  const people = num(data, 'profile.staffing.onDuty.total');
  if (personnel !== undefined && people !== undefined && people > 0 && personnel / people > 1000) {
    at(
      'accounts.basicExpenditure.personnel',
      msg`人员经费 ${personnel} 万元，合每位在岗人员约 ${Math.round(personnel / people)} 万元，疑似以元而不是万元填列；本工作簿的金额单位为万元（元数除以10000，保留两位小数）`,
    );
  }
  return errors;
}
