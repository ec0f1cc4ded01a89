/**
 * Checks stage: accounting identities and cross-references of one unit's data, run before
 * anything is computed or rendered. Takes validated UnitYear data and the CheckContext
 * (names of its codes, the previous year's data when its file exists, the year-on-year
 * threshold, the glyph coverage); returns every error (refuse the unit) and warning (tell
 * the reviewer), each with the JSON path, the figure found and the figure expected.
 * Each concept lives in its own module with the one Check signature; this one lists them.
 */
import type { UnitYear } from '../schema/unit-year.js';
import { checkAssets } from './assets.js';
import { checkBasicExpenditure } from './basic-expenditure.js';
import type { Check, CheckContext, CheckResult } from './check-context.js';
import { checkFunctionalCodes } from './functional-codes.js';
import { checkGeneralBudget } from './general-budget.js';
import { checkGlyphCoverage } from './glyph-coverage.js';
import { checkInstitution } from './institution.js';
import { checkOrganisation } from './organisation.js';
import { warnOverBudget } from './over-budget.js';
import { checkPriorYear } from './prior-year.js';
import { checkProcurement } from './procurement.js';
import { checkProjects, warnProjects } from './project-checks.js';
import { checkPublicTableDetail } from './public-table-detail.js';
import { noteProjectsAgainstItems } from './review-notes.js';
import { checkStaffing } from './staffing.js';
import { checkStyle } from './style.js';
import { checkThreePublic } from './three-public.js';
import { Ties } from './ties.js';
import { checkTotals } from './totals.js';
import { warnUnexplainedChanges } from './year-on-year.js';

export type { Check, CheckContext, CheckResult } from './check-context.js';
export type { Finding } from './finding.js';
export { DEFAULT_WARN_CHANGE_PERCENT } from './year-on-year.js';

/** Every check, in the order its findings are reported. */
const CHECKS: readonly Check[] = [
  checkFunctionalCodes,
  checkStyle,
  checkTotals,
  checkGeneralBudget,
  checkBasicExpenditure,
  checkThreePublic,
  checkStaffing,
  checkOrganisation,
  checkInstitution,
  checkPublicTableDetail,
  checkAssets,
  checkProcurement,
  checkPriorYear,
  checkGlyphCoverage,
  checkProjects,
  warnUnexplainedChanges,
  warnOverBudget,
  noteProjectsAgainstItems,
  warnProjects,
];

export function checkUnit(data: UnitYear, context: CheckContext): CheckResult {
  const result: CheckResult = { errors: [], warnings: [], ties: new Ties() };
  for (const check of CHECKS) check(data, context, result);
  result.ties.report(result);
  return result;
}
