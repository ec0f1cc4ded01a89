/**
 * Checks stage: accounting identities and cross-references of one unit's data, run
 * before anything is computed or rendered. Takes validated UnitYear data, the catalog
 * index and the options (the previous year's data when its file exists, the year-on-year
 * warning threshold); returns every error (refuse the unit) and warning (tell the
 * reviewer), each with the JSON path, the figure found and the figure expected. Each
 * concept lives in its own module; this one only lists them.
 */
import { checkGlyphCoverage, type MissingIn } from './glyph-coverage.js';
import type { FunctionalNames } from '../compute/functional-names.js';
import type { EconomicNames } from '../compute/public-tables/public-tables-data.js';
import { checkPublicTableDetail } from './public-table-detail.js';
import type { UnitYear } from '../schema/unit-year.js';
import { checkAssets } from './assets.js';
import { checkBasicExpenditure } from './basic-expenditure.js';
import type { CheckResult } from './finding.js';
import { checkFunctionalCodes } from './functional-codes.js';
import { checkGeneralBudget } from './general-budget.js';
import { checkOrganisation } from './organisation.js';
import { warnOverBudget } from './over-budget.js';
import { checkPriorYear } from './prior-year.js';
import { checkProcurement } from './procurement.js';
import { projectErrors, projectWarnings } from './project-checks.js';
import { noteProjectsAgainstItems } from './review-notes.js';
import { checkStaffing } from './staffing.js';
import { checkThreePublic } from './three-public.js';
import { checkTotals } from './totals.js';
import { DEFAULT_WARN_CHANGE_PERCENT, warnUnexplainedChanges } from './year-on-year.js';

export type { CheckResult, Finding } from './finding.js';

export interface CheckOptions {
  /** The previous year's data of the same unit, when data/<year-1>/<same name>.json exists. */
  previousYear?: UnitYear | undefined;
  /** Warn about a year-on-year change above this many percent with no reason given (default 30). */
  warnChangePercent?: number | undefined;
  /** Which PDF fonts lack a glyph for a code point; when given, every text field is checked. */
  missingGlyphIn?: MissingIn | undefined;
  /** Names of 经济分类 codes, to check the public tables' detail (附表). */
  economicNames?: EconomicNames | undefined;
}

export function checkUnit(data: UnitYear, names: FunctionalNames, options: CheckOptions = {}): CheckResult {
  const result: CheckResult = { errors: [], warnings: [] };
  const { errors, warnings } = result;
  checkFunctionalCodes(data, names, errors);
  checkTotals(data, result);
  checkGeneralBudget(data, errors);
  checkBasicExpenditure(data, errors);
  checkThreePublic(data, result);
  checkStaffing(data, errors);
  checkOrganisation(data, errors);
  if (options.economicNames) checkPublicTableDetail(data, names, options.economicNames, errors);
  checkAssets(data, errors);
  checkProcurement(data, errors);
  if (options.previousYear) checkPriorYear(data, options.previousYear, errors);
  if (options.missingGlyphIn) errors.push(...checkGlyphCoverage(data, options.missingGlyphIn));
  errors.push(...projectErrors(data));

  warnUnexplainedChanges(data, options.warnChangePercent ?? DEFAULT_WARN_CHANGE_PERCENT, warnings);
  warnOverBudget(data, warnings);
  noteProjectsAgainstItems(data, names, warnings);
  warnings.push(...projectWarnings(data));
  return result;
}
