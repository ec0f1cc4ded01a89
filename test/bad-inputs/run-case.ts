/**
 * Runs one bad-input case through the load and checks stages (not the renderers), as the
 * pipeline does. Takes a case; returns the errors the unit is refused with, and the
 * bytes of the broken file (for materialise.ts and the CLI test).
 */
import { checkLoadedUnit } from '../../src/pipeline.js';
import { rolesMissingGlyph } from '../../src/fonts/fonts.js';
import { validateUnit } from '../../src/load/load-unit.js';
import type { Finding } from '../../src/schema/format-issues.js';
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

export function runCase(c: BadInputCase): Finding[] {
  const loaded = validateUnit(caseBytes(c));
  if (!loaded.ok) return loaded.errors;
  const previousYear = c.previousYear ? (c.previousYear(referenceData()) as UnitYear) : undefined;
  return checkLoadedUnit(loaded.data, { previousYear, missingGlyphIn: (codePoint) => rolesMissingGlyph(codePoint) }).result.errors;
}
