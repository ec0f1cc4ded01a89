/**
 * 政府采购: total = 货物 + 工程 + 服务; 授予中小企业合同金额 ≤ total; 其中小微企业 ≤ 中小企业.
 * Takes the data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { notAbove, tieAmount } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkProcurement(data: UnitYear, _context: CheckContext, { errors }: CheckResult): void {
  const p = data.accounts.procurement;
  const base = '$.accounts.procurement';
  tieAmount(errors, `${base}.total`, msg`政府采购支出总额`, p.total, [p.goods, p.works, p.services], msg`货物、工程、服务采购支出之和`);
  notAbove(errors, `${base}.smeContracts`, msg`授予中小企业合同金额`, p.smeContracts, msg`政府采购支出总额`, p.total);
  notAbove(
    errors,
    `${base}.smallMicroContracts`,
    msg`授予小微企业合同金额`,
    p.smallMicroContracts,
    msg`授予中小企业合同金额`,
    p.smeContracts,
  );
}
