/**
 * Figures that only one kind of institution has: the 名词解释 defines 机关运行经费 as the
 * money that keeps a 行政单位 (含参照公务员法管理的事业单位) running, so a 事业单位 (or
 * another kind) that reports it contradicts its own document; and 公益一类/公益二类 is a class
 * of 事业单位 only. Takes the data's `profile.institution` (optional: without it nothing is
 * checked); pushes a warning (the 机关运行经费, which the unit may have reported on purpose)
 * and an error (a class given to a kind that has none).
 */
import { toAmount } from '../compute/decimal.js';
import { KINDS_WITH_OPERATING_COSTS, PUBLIC_INSTITUTION, type UnitYear } from '../schema/unit-year.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const KIND = '$.profile.institution.kind';

export function checkInstitution(data: UnitYear, { terms }: CheckContext, { errors, warnings }: CheckResult): void {
  const institution = data.profile.institution;
  if (!institution) return;
  const { kind } = institution;
  if (!KINDS_WITH_OPERATING_COSTS.includes(kind) && data.accounts.operatingCosts > 0) {
    warnings.push({
      path: '$.accounts.operatingCosts',
      message: msg`单位性质为“${kind}”（${terms.field(KIND, 'profile.institution.kind')}），却填报了机关运行经费${toAmount(data.accounts.operatingCosts)}万元（${terms.field('$.accounts.operatingCosts', 'accounts.operatingCosts')}）；名词解释中的机关运行经费只指行政单位（含参照公务员法管理的事业单位）的经费。请核对：如本单位参照公务员法管理，请将单位性质改为“参照公务员法管理的事业单位”；否则机关运行经费应为0`,
    });
  }
  if (institution.publicWelfareClass !== undefined && kind !== PUBLIC_INSTITUTION) {
    errors.push({
      path: '$.profile.institution.publicWelfareClass',
      message: msg`事业单位类别“${institution.publicWelfareClass}”只适用于事业单位，而单位性质为“${kind}”（${terms.field(KIND, 'profile.institution.kind')}）：请删去事业单位类别，或改正单位性质`,
    });
  }
}
