/**
 * Runs one bad-input case through the load and checks stages (not the renderers), as the
 * pipeline does. Takes a case; returns the errors the unit is refused with, and the
 * bytes of the broken file (for materialise.ts and the CLI test).
 */
import { checkUnit } from '../../src/checks/check-unit.js';
import { rolesMissingGlyph } from '../../src/render/pdf/fonts.js';
import { FunctionalNames } from '../../src/compute/functional-names.js';
import { packForUnit } from '../../src/merge/pack-for-unit.js';
import { economicNames } from '../../src/compute/economic-names.js';
import { loadCatalog, loadEconomicCatalog } from '../../src/load/load-catalog.js';
import { validateUnit } from '../../src/load/load-unit.js';
import type { DataError } from '../../src/schema/format-issues.js';
import type { UnitYear } from '../../src/schema/unit-year.js';
import { referenceData, referenceText, type BadInputCase } from './cases.js';

export function caseBytes(c: BadInputCase): Uint8Array {
  if (c.text) {
    const out = c.text(referenceText());
    return typeof out === 'string' ? new TextEncoder().encode(out) : out;
  }
  const data = referenceData();
  c.mutate?.(data);
  return new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
}

export function runCase(c: BadInputCase): DataError[] {
  const loaded = validateUnit(caseBytes(c));
  if (!loaded.ok) return loaded.errors;
  const previousYear = c.previousYear ? (c.previousYear(referenceData()) as UnitYear) : undefined;
  const names = new FunctionalNames(loadCatalog(), loaded.data.year, loaded.data);
  // As the pipeline does: with the economic catalog, so the 附表 detail checks run too.
  const checked = checkUnit(loaded.data, names, { previousYear, missingGlyphIn: (codePoint) => rolesMissingGlyph(codePoint), economicNames: economicNames(loadEconomicCatalog()) });
  return [...packForUnit(loaded.data).errors, ...checked.errors];
}
