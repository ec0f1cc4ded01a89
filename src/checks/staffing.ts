/**
 * Counts in 部门概况: 编制数 and 实有人数 equal the sum of their parts; 下属二级预算单位 equals
 * 行政 + 参公 + 其他事业单位 (the reference's contradiction #1 is of this kind). Takes the
 * data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { tieCount } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkStaffing(data: UnitYear, _context: CheckContext, { errors }: CheckResult): void {
  const { staffing, organisation } = data.profile;
  tieCount(
    errors,
    '$.profile.staffing.authorized.total',
    msg`编制数`,
    staffing.authorized.total,
    staffing.authorized.parts.map((p) => p.count),
    msg`各类编制（${staffing.authorized.parts.map((p) => p.label).join('、') || '无'}）之和`,
    msg`名`,
  );
  tieCount(
    errors,
    '$.profile.staffing.onDuty.total',
    msg`实有人数`,
    staffing.onDuty.total,
    staffing.onDuty.parts.map((p) => p.count),
    msg`各类人员（${staffing.onDuty.parts.map((p) => p.label).join('、') || '无'}）之和`,
    msg`人`,
  );
  const units = organisation.subordinateUnits;
  tieCount(
    errors,
    '$.profile.organisation.subordinateUnits.total',
    msg`下属二级预算单位`,
    units.total,
    [units.administrative, units.civilServantManaged, units.otherPublicInstitutions],
    msg`行政单位、参照公务员法管理的事业单位、其他事业单位之和`,
    msg`个`,
  );
}
