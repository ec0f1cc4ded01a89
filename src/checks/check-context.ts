/**
 * What every check takes besides the data, and what it adds to: the one signature of the
 * checks stage, `(data, context, result) => void`. A check pushes errors (the unit is
 * refused) and warnings (a reviewer should look) into the result; none throws or stops at
 * the first failure.
 */
import type { FunctionalNames } from '../compute/functional-names.js';
import type { EconomicNames } from '../compute/public-tables/public-tables-data.js';
import type { SlotCatalogue } from '../schema/slot-catalogue.js';
import type { UnitYear } from '../schema/unit-year.js';
import type { FieldTerms } from '../schema/field-terms.js';
import type { Finding } from './finding.js';
import type { Ties } from './ties.js';

/** Which PDF fonts lack a glyph for a code point (empty when every font has it). */
export type MissingIn = (codePoint: number) => string[];

export interface CheckContext {
  /** Names and definitions of the unit's functional codes (data first, then the catalog). */
  names: FunctionalNames;
  /** Names of 经济分类 codes (the public tables' detail). */
  economicNames: EconomicNames;
  /** The previous year's data of the same unit, when data/<year-1>/<same name>.json exists. */
  previousYear?: UnitYear | undefined;
  /** Warn about a year-on-year change above this many percent with no reason given. */
  warnChangePercent: number;
  /** When given, every text field is checked against the PDF fonts. */
  missingGlyphIn?: MissingIn | undefined;
  /** How messages name fields and ask for fixes: JSON words, or the workbook's sheets and cells. */
  terms: FieldTerms;
  /** The slots and choices a unit's style may name (templates/catalogue/slots.json). */
  slotCatalogue: SlotCatalogue;
}

export interface CheckResult {
  errors: Finding[];
  warnings: Finding[];
  /** Totals and their parts, judged together after every check has run (ties.ts): one mistake, one error. */
  ties: Ties;
}

export type Check = (data: UnitYear, context: CheckContext, result: CheckResult) => void;
