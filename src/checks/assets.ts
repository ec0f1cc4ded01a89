/**
 * 国有资产占用情况: the vehicle total equals Σ vehicles by use. Takes the data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { tieCount } from './finding.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

export function checkAssets(data: UnitYear, _context: CheckContext, { errors }: CheckResult): void {
  const v = data.accounts.assets.vehicles;
  tieCount(
    errors,
    '$.accounts.assets.vehicles.total',
    msg`车辆总数`,
    v.total,
    [v.leaders, v.confidential, v.emergency, v.lawEnforcement, v.specialProfessional ?? 0, v.other],
    msg`主要领导干部用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、其他用车之和`,
    msg`辆`,
  );
}
