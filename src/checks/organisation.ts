/**
 * 部门决算 or 单位决算: a department whose accounts consolidate subordinate units names them
 * (`coveredUnits`), so the document states which units its figures cover; a 单位决算 covers
 * one unit and names none. Takes the data; pushes errors.
 */
import type { UnitYear } from '../schema/unit-year.js';
import type { CheckContext, CheckResult } from './check-context.js';
import { msg } from '../text/msg.js';

const base = '$.profile.organisation';

export function checkOrganisation(data: UnitYear, { terms }: CheckContext, { errors }: CheckResult): void {
  const org = data.profile.organisation;
  const covered = org.coveredUnits ?? [];
  // text: vocabulary
  if (data.level === '部门' && org.includedInAccounts && org.subordinateUnits.total > 0 && covered.length === 0) {
    errors.push({
      path: `${base}.coveredUnits`,
      message: msg`下属单位已纳入本部门决算（${terms.field(`${base}.includedInAccounts`, 'includedInAccounts')}为${terms.workbook ? '“是”' : ' true'}），请在${terms.field(`${base}.coveredUnits`, ' coveredUnits ')}中列出纳入编制范围的单位名称（含本级）`,
    });
  }
  // text: vocabulary
  if (data.level === '单位' && covered.length > 0) {
    errors.push({
      path: `${base}.coveredUnits`,
      message: msg`单位决算只反映本单位，不应列出${terms.field(`${base}.coveredUnits`, ' coveredUnits')}；如汇总了下属单位，请将${terms.field('$.level', ' level ')}改为“部门”`,
    });
  }
  const seen = new Set<string>();
  covered.forEach((name, i) => {
    if (seen.has(name)) errors.push({ path: `${base}.coveredUnits[${i}]`, message: msg`单位“${name}”重复列出` });
    seen.add(name);
  });
}
