/**
 * 基本支出 = 人员经费 + 公用经费. Takes the data; pushes errors.
 *
 * Note: the data format has one 基本支出 figure (accounts.expenditure.basic), which the
 * document also uses as 一般公共预算财政拨款基本支出. The two coincide for a unit funded only
 * by the general budget (the reference); a unit with 事业收入 or other sources would need a
 * separate fiscal figure, so this check may then refuse a correct file. Reported to the lead.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { tieAmount, type Finding } from './finding.js';

export function checkBasicExpenditure(data: UnitYear, errors: Finding[]): void {
  const be = data.accounts.basicExpenditure;
  tieAmount(errors, '$.accounts.expenditure.basic', '基本支出', data.accounts.expenditure.basic, [be.personnel, be.publicCosts], '人员经费与公用经费之和');
}
