/**
 * Data files for tests, typed: the JSON of a data file as written (before the schema's
 * defaults), checked against the schema and typed as its input (UnitYearInput), so a test
 * that reads or edits a field the format renamed fails to compile. Also the edits a test
 * makes on purpose against the format (a value of the wrong type, a required field left
 * out, a field the format does not have), each naming a field the format has where it can.
 * Takes JSON text or a path; returns the data (a fresh copy each time, to mutate freely).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unitYearSchema, type UnitYearInput } from '../../src/schema/unit-year.js';

export type { UnitYearInput };

/** The reference data file (data/2023/遂宁市安居区司法局.json), wherever the test runs from. */
export const REFERENCE_DATA_PATH = fileURLToPath(new URL('../../data/2023/遂宁市安居区司法局.json', import.meta.url));

/** A data file's JSON as written; throws (naming the first problems) when the schema refuses it. */
export function parseUnitYear(text: string, source = 'data'): UnitYearInput {
  const data: unknown = JSON.parse(text);
  const checked = unitYearSchema.safeParse(data);
  if (!checked.success) {
    const problems = checked.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${source} is not a valid data file: ${problems.join('; ')}`);
  }
  // The schema accepted it, so it has the input type; the output (defaults filled in) is not what the file says.
  return data as UnitYearInput;
}

export function readUnitYear(path: string): UnitYearInput {
  return parseUnitYear(readFileSync(path, 'utf8'), path);
}

/** A fresh copy of the reference data file. */
export function referenceData(): UnitYearInput {
  return readUnitYear(REFERENCE_DATA_PATH);
}

/** Data being filled in (a workbook read back, a draft): the fields of T, any of them still missing. */
export type Draft<T> = T extends (infer E)[] ? Draft<E>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

/** Writes a value the format does not allow into a field it has: the field's name is checked, its value is not. */
export function setUnchecked<T extends object>(target: T, field: keyof T & string, value: unknown): void {
  (target as Record<string, unknown>)[field] = value;
}

/** Leaves out a field the format has, required or not. */
export function removeField<T extends object>(target: T, field: keyof T & string): void {
  delete (target as Record<string, unknown>)[field];
}

/** Adds a field the format does not have (a misspelt name). */
export function addUnknownField(target: object, field: string, value: unknown): void {
  (target as Record<string, unknown>)[field] = value;
}
